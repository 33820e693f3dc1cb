import type { NormalizedClient } from '../shared/client';
import type { FieldProblem, Language } from '../shared/i18n';
import { format } from '../shared/messages';
import { findPlaceholderProblems, renderTemplate } from '../shared/placeholders';
import { PLACEHOLDERS } from './templates';

/** The default rule of the `folderNameRule` setting: "T2 · 2027-03 · Client — Project". */
export const DEFAULT_FOLDER_RULE = '{{tier}} · {{launchMonth}} · {{clientName}} — {{projectName}}';

/** Names a folder rule may use beyond the document placeholders. */
const RULE_ONLY = ['launchMonth', 'clientId'] as const;

const isRuleName = (name: string): boolean =>
  name in PLACEHOLDERS || (RULE_ONLY as readonly string[]).includes(name);

/** Problems of a folder-name rule (unknown or malformed placeholders), as setting problems. */
export function checkFolderRule(rule: string, language: Language): FieldProblem[] {
  return findPlaceholderProblems(rule, isRuleName).map((problem) => ({
    field: 'folderNameRule',
    message:
      problem.kind === 'unknown'
        ? format(language, 'placeholderUnknown', { token: problem.token })
        : format(language, 'placeholderMalformed', { token: problem.token, example: '{{clientName}}' }),
  }));
}

/**
 * A client folder's name from the rule: the document placeholders' values plus `launchMonth`
 * (YYYY-MM of the launch, or of the contract start) and `clientId`. Runs of spaces collapse, so
 * an empty value leaves no gap; an empty result falls back to "Client — Project".
 */
export function clientFolderName(
  rule: string,
  client: NormalizedClient,
  clientId: string,
  values: Readonly<Record<string, string>>,
): string {
  const anchor = client.dates.launch ?? client.dates.contractStart ?? '';
  const name = renderTemplate(rule, { ...values, launchMonth: anchor.slice(0, 7), clientId })
    .replace(/\s+/g, ' ')
    .trim();
  return name || `${client.clientName} — ${client.projectName}`;
}
