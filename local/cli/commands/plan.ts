import { resolve } from 'node:path';
import { BUILT_IN_PLAYBOOKS } from '../../../src/core/playbooks.js';
import type { Language } from '../../../src/shared/i18n.js';
import type { Milestone } from '../../../src/shared/schedule.js';
import { MemoryBackend } from '../../host/backend.js';
import { Host } from '../../host/host.js';
import { newWorkspaceState } from '../../host/new-state.js';
import { dayFlag, parseFlags, requireFlag } from '../args.js';
import { projectBundle } from '../bundle.js';
import { readClientFile } from '../client-file.js';
import type { Command } from '../command.js';
import { CliError, EXIT } from '../io.js';
import { runGlobal } from '../workspace-host.js';

interface PlanOutput {
  ok: boolean;
  problems?: Array<{ field: string; message: string }>;
  client?: { tier: string; serviceLevel: string; playbook: string; language: Language };
  milestones?: Milestone[];
  checks?: Array<{
    code: string;
    severity: string;
    message: string;
    suggestion?: { field: string; value: string };
  }>;
}

/** `launch-desk plan`: validation, tier, level, milestones and timeline checks; writes nothing. */
export const planCommand: Command = {
  name: 'plan',
  usage: 'plan --client FILE|- [--dir D] [--today YYYY-MM-DD] [--json]',
  summary: 'plan a client (tier, milestones, timeline checks) without writing anything',
  async run(args, io) {
    const flags = parseFlags(args, {
      client: { type: 'string' },
      dir: { type: 'string' },
      today: { type: 'string' },
      json: { type: 'boolean' },
    });
    const input = await readClientFile(requireFlag(flags.client, 'client'), io);
    const today = dayFlag(flags.today);
    // Without a workspace, plan against the defaults in a throwaway memory host.
    const output = (
      flags.dir
        ? await runGlobal(resolve(flags.dir), 'planClient', [input, today])
        : await runInMemory(input, today)
    ) as PlanOutput;
    if (!output.ok) {
      const errors = output.problems ?? [];
      throw new CliError(errors.map((e) => `${e.field}: ${e.message}`).join('; '), 1, errors);
    }
    const language = output.client?.language ?? 'zh-TW';
    const result = {
      ok: true,
      tier: output.client?.tier,
      serviceLevel: output.client?.serviceLevel,
      milestones: describeMilestones(output.milestones ?? [], output.client?.playbook ?? '', language),
      checks: output.checks ?? [],
    };
    if (flags.json) {
      io.out(JSON.stringify(result, null, 2));
      return EXIT.ok;
    }
    io.out(`Tier ${result.tier}, ${result.serviceLevel} service; ${result.milestones.length} milestones.`);
    for (const check of result.checks) {
      const hint = check.suggestion ? ` → ${check.suggestion.field} = ${check.suggestion.value}` : '';
      io.out(`  [${check.severity}] ${check.message}${hint}`);
    }
    for (const milestone of result.milestones) {
      io.out(`  ${milestone.due}  ${milestone.title}`);
    }
    return EXIT.ok;
  },
};

async function runInMemory(input: unknown, today: string | undefined): Promise<unknown> {
  const host = new Host(projectBundle(), new MemoryBackend(newWorkspaceState()));
  const result = await host.run('planClient', [input, today]);
  if (!result.ok) throw new CliError(result.error?.message ?? 'planClient failed', 2);
  return result.value;
}

/**
 * The plan's milestones as the CLI prints them: the title in the client's language and the rule
 * each comes from (anchor and offset; a recurrence's n-th occurrence adds n-1 periods). The due
 * day may differ from anchor + offset: a late client's plan is compressed, client days fall on
 * working days.
 */
function describeMilestones(milestones: Milestone[], playbookId: string, language: Language) {
  const rules = BUILT_IN_PLAYBOOKS.find((playbook) => playbook.id === playbookId)?.rules ?? [];
  return milestones.map((milestone) => {
    const rule = rules.find((candidate) => candidate.id === milestone.ruleId);
    const occurrence = Number(milestone.id.split('#')[1] ?? 1);
    const period = rule?.recurrence ? rule.recurrence.everyDays * (occurrence - 1) : 0;
    return {
      id: milestone.id,
      title: milestone.title[language],
      due: milestone.dueDate,
      anchor: rule?.anchor ?? '',
      offsetDays: (rule?.offsetDays ?? 0) + period,
      audience: milestone.audience,
      areas: milestone.areas,
      // Late before the plan started and left to the CSM: never mailed to the client.
      catchUp: milestone.catchUp === true,
    };
  });
}
