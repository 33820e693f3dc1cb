import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CliRun,
  clientFile,
  type Delivered,
  inspectWorkspace,
  launchDesk,
  mailKeys,
  outboxMail,
  smtpPeer,
  useSmtp,
} from './crash-support.js';

/**
 * The crash test of the save: for each command, the process is killed (SIGKILL) at every file
 * operation the command makes, one run per operation, and then the command runs again and the
 * scenario goes on. Whatever the moment, the workspace must end as an uninterrupted run leaves
 * it: each mail delivered once (by Message-ID, and by recipient and subject), none lost, one
 * folder per client, no id used twice, the tracker naming folders that exist in drive/.
 * The operations are counted by the file layer itself (`LAUNCH_DESK_COUNT_OPS`), and
 * `LAUNCH_DESK_KILL_AT=n` kills at the n-th, so no moment is left to chance.
 */

/** Kill points run side by side: the machines have two cores. */
const PARALLEL = 2;
const ONBOARD_DAY = '2026-12-01';
const MAIL_DAY = '2027-02-27';

/** One command to kill, on a workspace prepared once. */
interface Scenario {
  name: string;
  /** Makes the workspace every kill point starts from (a copy of it). */
  prepare(dir: string, inputs: string): Promise<void>;
  /** The command that is killed, then run again. */
  command(dir: string, inputs: string): string[];
  /** What runs after it, as a person would go on. */
  afterwards(dir: string, inputs: string): string[][];
  stopWhen?: string;
}

const onboard = (dir: string, inputs: string, name: string, today = ONBOARD_DAY) => [
  'onboard',
  '--dir',
  dir,
  '--client',
  join(inputs, `${name}.json`),
  '--today',
  today,
];

/** A day as `YYYY-MM-DD`, `days` from now in Taipei (the workspaces' zone). */
function dayFromNow(days: number): string {
  const now = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei' }).format(now);
}

async function mustRun(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const run = await launchDesk(args, { env });
  if (run.code !== 0) throw new Error(`${args.join(' ')} failed: ${run.out}${run.err}`);
  return run;
}

async function initWorkspace(dir: string): Promise<void> {
  await mustRun(['init', '--dir', dir, '--language', 'en', '--tz', 'Asia/Taipei']);
}

/** Two clients onboarded in December, with reminders due on MAIL_DAY. */
async function twoClients(dir: string, inputs: string): Promise<void> {
  await initWorkspace(dir);
  await mustRun(onboard(dir, inputs, 'Alder'));
  await mustRun(onboard(dir, inputs, 'Birch'));
}

const SCENARIOS: Scenario[] = [
  {
    name: 'onboard',
    async prepare(dir, inputs) {
      await initWorkspace(dir);
      await mustRun(onboard(dir, inputs, 'Alder'));
    },
    command: (dir, inputs) => onboard(dir, inputs, 'Birch'),
    afterwards: () => [],
  },
  {
    name: 'daily',
    prepare: twoClients,
    command: (dir) => ['daily', '--dir', dir, '--today', MAIL_DAY],
    afterwards: () => [],
  },
  {
    name: 'refresh',
    prepare: twoClients,
    command: (dir) => ['refresh', '--dir', dir, '--today', MAIL_DAY],
    afterwards: (dir) => [['daily', '--dir', dir, '--today', MAIL_DAY]],
  },
  {
    // Two clients with reminders due today (start runs the daily job on the real clock), and
    // the sample clients marked as done, so start works on these.
    name: 'start',
    async prepare(dir, inputs) {
      await initWorkspace(dir);
      await mustRun(onboard(dir, inputs, 'Dove', dayFromNow(-88)));
      await mustRun(onboard(dir, inputs, 'Elm', dayFromNow(-80)));
      await writeFile(join(dir, 'state', 'samples-onboarded.json'), '{}\n');
    },
    command: (dir) => ['start', '--dir', dir, '--port', '0'],
    afterwards: () => [],
    stopWhen: 'Sidebar:',
  },
];

/** Where mail goes in a run: outbox/ or a real SMTP server. */
type Mode = 'outbox' | 'smtp';

/** Runs a scenario from a copy of its prepared workspace; `killAt` kills the first command. */
async function play(
  scenario: Scenario,
  base: string,
  inputs: string,
  mode: Mode,
  killAt?: number,
): Promise<{ count: number; mails: Delivered[]; dir: string; killed: boolean }> {
  const dir = join(await mkdtemp(join(tmpdir(), 'launch-desk-kill-')), 'ws');
  await cp(base, dir, { recursive: true });
  const smtp = mode === 'smtp' ? await smtpPeer() : undefined;
  try {
    const env = await useSmtp(dir, smtp?.url);
    const stopWhen = scenario.stopWhen;
    const first = await launchDesk(scenario.command(dir, inputs), {
      env: {
        ...env,
        ...(killAt === undefined ? { LAUNCH_DESK_COUNT_OPS: '1' } : { LAUNCH_DESK_KILL_AT: String(killAt) }),
      },
      ...(stopWhen !== undefined ? { stopWhen } : {}),
    });
    const killed = first.signal === 'SIGKILL';
    if (!killed && first.code !== 0) throw new Error(`${scenario.name} failed: ${first.out}${first.err}`);
    const count = Number(/launch-desk file operations: (\d+)/.exec(first.err)?.[1] ?? 0);
    if (killAt !== undefined) {
      const again = await launchDesk(scenario.command(dir, inputs), {
        env,
        ...(stopWhen ? { stopWhen } : {}),
      });
      if (again.code !== 0)
        throw new Error(`${scenario.name} after a kill at ${killAt}: ${again.out}${again.err}`);
    }
    for (const args of scenario.afterwards(dir, inputs)) await mustRun(args, env);
    const mails = smtp !== undefined ? [...smtp.received] : await outboxMail(dir);
    return { count, mails, dir, killed };
  } finally {
    await smtp?.close();
  }
}

/** Runs `work` over 1..n, `PARALLEL` at a time. */
async function eachPoint(n: number, work: (point: number) => Promise<void>): Promise<void> {
  let next = 1;
  const worker = async () => {
    for (let point = next++; point <= n; point = next++) await work(point);
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

let shared: string;

beforeAll(async () => {
  shared = await mkdtemp(join(tmpdir(), 'launch-desk-kill-base-'));
  const dates = (launch: number) => ({
    launch: dayFromNow(launch),
    end: dayFromNow(launch + 30),
    shipping: dayFromNow(launch + 100).slice(0, 7),
  });
  await clientFile(shared, 'Alder', { launch: '2027-03-02', end: '2027-04-01', shipping: '2027-06' });
  await clientFile(shared, 'Birch', { launch: '2027-03-10', end: '2027-04-10', shipping: '2027-06' });
  await clientFile(shared, 'Dove', dates(3));
  await clientFile(shared, 'Elm', dates(10));
}, 60_000);

afterAll(() => rm(shared, { recursive: true, force: true }));

describe('a save killed at every file operation', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: ends as an uninterrupted run does, with mail to outbox/ and to SMTP`, async () => {
      const base = join(shared, scenario.name);
      await scenario.prepare(base, shared);
      for (const mode of ['outbox', 'smtp'] as const) {
        const reference = await play(scenario, base, shared, mode);
        if (mode === 'smtp' && reference.mails.length === 0) {
          // No mail, so the same operations as with outbox/: nothing new to kill.
          console.log(
            `${scenario.name} (smtp): sends no mail, the same ${reference.count} operations as outbox`,
          );
          await rm(join(reference.dir, '..'), { recursive: true, force: true });
          continue;
        }
        const expected = await inspectWorkspace(reference.dir);
        expect(expected.problems).toEqual([]);
        const names = expected.clients.map((client) => client.name);
        const failures: string[] = [];
        await eachPoint(reference.count, async (point) => {
          const run = await play(scenario, base, shared, mode, point);
          const { clients, problems } = await inspectWorkspace(run.dir);
          const ids = run.mails.map((mail) => mail.messageId);
          if (!run.killed) problems.push('was not killed');
          if (new Set(ids).size !== ids.length) problems.push('a Message-ID delivered twice');
          const keys = mailKeys(run.mails);
          const want = mailKeys(reference.mails);
          if (JSON.stringify(keys) !== JSON.stringify(want)) {
            problems.push(`mail differs: ${keys.length} delivered, ${want.length} expected`);
          }
          const got = clients.map((client) => client.name);
          if (JSON.stringify(got) !== JSON.stringify(names)) problems.push(`clients ${got.join(', ')}`);
          if (problems.length > 0) failures.push(`kill at ${point}: ${problems.join('; ')}`);
          await rm(join(run.dir, '..'), { recursive: true, force: true });
        });
        await rm(join(reference.dir, '..'), { recursive: true, force: true });
        console.log(
          `${scenario.name} (${mode}): killed at each of ${reference.count} file operations; ` +
            `${reference.mails.length} mails, ${names.length} clients`,
        );
        expect(reference.count).toBeGreaterThan(0);
        expect(failures).toEqual([]);
      }
    }, 3_600_000);
  }
});
