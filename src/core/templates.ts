import type { NormalizedClient } from '../shared/client';
import type { Language } from '../shared/i18n';
import { format } from '../shared/messages';
import { PLACEHOLDER_LABELS } from '../shared/messages/labels';
import { WORDS } from '../shared/messages/words';
import { findPlaceholderProblems, type PlaceholderProblem } from '../shared/placeholders';
import type { Playbook } from '../shared/playbook';
import { LEVEL_CHECKLISTS, SERVICE_LEVELS, WORK_AREAS } from './areas';
import { daysBetween, isMonth } from './dates';
import { formatAmount, formatDay, formatMonth } from './format';
import { resolveAnchors } from './schedule';

/** The placeholders documents may use, each with what it is filled with. */
export const PLACEHOLDERS = PLACEHOLDER_LABELS;

const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set(Object.keys(PLACEHOLDERS));

/** A known placeholder name. */
export type PlaceholderName = keyof typeof PLACEHOLDERS;

/** A problem of a document template, worded for the person who wrote it. */
export interface TemplateProblem extends PlaceholderProblem {
  message: string;
}

function isPlaceholderName(name: string): name is PlaceholderName {
  return PLACEHOLDER_NAMES.has(name);
}

/**
 * Checks a document template before anything is generated: unknown placeholders
 * ("{{clientNmae}}") and malformed ones ("{{ name" without its closing braces), in order.
 */
export function checkTemplate(template: string, language: Language): TemplateProblem[] {
  return findPlaceholderProblems(template, isPlaceholderName).map((problem) => ({
    ...problem,
    message:
      problem.kind === 'unknown'
        ? format(language, 'placeholderUnknown', { token: problem.token })
        : format(language, 'placeholderMalformed', { token: problem.token, example: '{{clientName}}' }),
  }));
}

/** What fills the placeholders that are not about the client. */
export interface TemplateContext {
  today: string;
  csmName: string;
  csmEmail: string;
  folderUrl?: string;
}

/**
 * The value of every placeholder for one client, formatted for `language` (the client's by
 * default): days as "2027年3月1日" / "1 Mar 2027", amounts as "NT$1,000,000". Dates the playbook
 * derives (a survey 4 weeks before launch, a renewal a year after the contract) are filled too;
 * a date the client's playbook does not have is empty, and a launch still vague is shown as typed.
 */
export function templateValues(
  client: NormalizedClient,
  playbook: Playbook,
  context: TemplateContext,
  language: Language = client.language,
): Record<PlaceholderName, string> {
  const anchors = resolveAnchors(playbook, client.dates, context.today);
  const day = (id: string): string => {
    const resolved = anchors.get(id);
    return resolved === undefined ? (client.dates[id] ?? '') : formatDay(resolved, language);
  };
  const between = (from: string | undefined, to: string | undefined): string =>
    from === undefined || to === undefined ? '' : String(daysBetween(from, to));
  const shipping = client.dates.shipping;
  return {
    clientName: client.clientName,
    projectName: client.projectName,
    contactName: client.contactName ?? '',
    contactEmail: client.contactEmail,
    targetAmount: formatAmount(client.targetAmount, client.currency),
    currency: client.currency,
    tier: client.tier,
    serviceLevel: SERVICE_LEVELS[client.serviceLevel][language],
    checklist: LEVEL_CHECKLISTS[client.serviceLevel]
      .map((area) => WORK_AREAS[area][language])
      .join(WORDS.listSeparator[language]),
    playbookName: playbook.name[language],
    prepStartDate: day('prepStart'),
    copyDraftDate: day('copyDraft'),
    surveyDate: day('survey'),
    launchDate: day('launch'),
    endDate: day('end'),
    campaignDays: between(anchors.get('launch'), anchors.get('end')),
    daysToLaunch: between(context.today, anchors.get('launch')),
    shippingMonth: shipping !== undefined && isMonth(shipping) ? formatMonth(shipping, language) : '',
    contractStartDate: day('contractStart'),
    renewalDate: day('renewal'),
    csmName: context.csmName,
    csmEmail: context.csmEmail,
    folderUrl: context.folderUrl ?? '',
    today: formatDay(context.today, language),
    // The table is built in place of the marker (see core/timeline-table); as text it is empty.
    milestoneTable: '',
  };
}
