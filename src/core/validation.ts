import type { ClientInput, ClientValidation, NormalizedClient, ServiceLevel, Tier } from '../shared/client';
import type { FieldProblem, Language, Localized } from '../shared/i18n';
import type { MessageKey } from '../shared/messages';
import { format } from '../shared/messages';
import { FIELD_LABELS } from '../shared/messages/fields';
import type { AnchorDef, Playbook } from '../shared/playbook';
import { SERVICE_LEVELS } from './areas';
import { firstDayOfMonth, isDay, isMonth, monthOf, parseVague } from './dates';
import { isEmailAddress, looksLikeAddressList } from './email';
import { formatAmount } from './format';
import { MAX_CC_ADDRESSES, MAX_RECIPIENTS_PER_MESSAGE } from './mail-limits';
import { BUILT_IN_PLAYBOOKS } from './playbooks';
import type { Settings } from './settings';
import { normalText, plainName } from './text-normal';
import { levelForTier, TIERS, tierFor } from './tiers';

/**
 * How strict validation is. `plan`: sketching a client, a launch may still be "2027-Q2".
 * `onboard`: the client is about to be created, every day must be pinned; `today` (the
 * onboarding day) fills anchors whose default is today (prepStart), so that later re-timings
 * keep the kickoff where it was instead of following the calendar.
 */
type ValidationMode = { mode: 'plan' } | { mode: 'onboard'; today: string };

/** Options of {@link validateClient}. `playbooks` defaults to the built-in ones; put custom ones first. */
export type ValidationOptions = ValidationMode & { settings: Settings; playbooks?: readonly Playbook[] };

const LANGUAGES: readonly Language[] = ['zh-TW', 'en'];
/** The playbook of a client whose input names none. */
export const DEFAULT_PLAYBOOK = 'crowdfunding';
const MAX_LENGTH = { clientName: 100, projectName: 120, contactName: 100 } as const;
/**
 * The most characters of a note: what one spreadsheet cell holds in every program the tracker
 * lives in. Google Sheets keeps 50,000 per cell, Excel (and so the local tracker.xlsx opened in
 * Excel) 32,767 ("Excel specifications and limits", support.microsoft.com), the smaller one wins.
 */
export const MAX_NOTE_LENGTH = 32_767;
/**
 * The largest target amount, in the client's currency: 10^12. The largest crowdfunding campaigns
 * raised some US$40M, which is ~10^12 only in the weakest currencies (Vietnamese dong); above it
 * an amount is a typing slip (1e308), and with two decimals it stays within the 15 digits a
 * spreadsheet number keeps exactly.
 */
export const MAX_TARGET_AMOUNT = 1e12;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

function isOneOf<T extends string>(value: unknown, options: readonly T[]): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

/** Collects problems, each worded in one language with the field's label. */
interface Problems {
  readonly language: Language;
  readonly list: FieldProblem[];
  /** The words for a field path: "客戶名稱", "Launch", "CC addresses #2". */
  label(field: string): string;
  add(field: string, key: MessageKey, params?: Record<string, string | number>): void;
}

function collectProblems(language: Language, playbook: Playbook | undefined): Problems {
  const list: FieldProblem[] = [];
  const label = (field: string): string => {
    const item = /^(\w+)\[(\d+)\]$/.exec(field);
    if (item?.[1] !== undefined) return `${label(item[1])} #${Number(item[2]) + 1}`;
    const anchor = playbook?.anchors.find((a) => `dates.${a.id}` === field);
    const words = anchor
      ? anchor.label
      : (FIELD_LABELS as Readonly<Record<string, Localized | undefined>>)[field];
    return words ? words[language] : field;
  };
  return {
    language,
    list,
    label,
    add(field, key, params = {}) {
      list.push({ field, message: format(language, key, { field: label(field), ...params }) });
    },
  };
}

/**
 * A text field: normalised (NFC, without what XML forbids; a name also without invisible
 * characters), trimmed, within `max`, one line unless `multiline`. Undefined when absent or bad.
 */
function text(
  problems: Problems,
  field: string,
  value: unknown,
  rules: { required: boolean; max?: number; multiline?: boolean; name?: boolean },
): string | undefined {
  if (value === undefined || value === null || value === '') {
    if (rules.required) problems.add(field, 'required');
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.add(field, 'notText');
    return undefined;
  }
  const trimmed = (rules.name ? plainName(value) : normalText(value)).trim();
  if (trimmed === '') {
    if (rules.required) problems.add(field, 'required');
    return undefined;
  }
  if (!rules.multiline && LINE_BREAK.test(trimmed)) {
    problems.add(field, 'oneLine');
    return undefined;
  }
  if (rules.max !== undefined && trimmed.length > rules.max) {
    problems.add(field, 'tooLong', { max: rules.max, length: trimmed.length });
    return undefined;
  }
  return trimmed;
}

function address(problems: Problems, field: string, value: unknown, required: boolean): string | undefined {
  const typed = text(problems, field, value, { required });
  if (typed === undefined) return undefined;
  if (looksLikeAddressList(typed)) problems.add(field, 'emailList');
  else if (!isEmailAddress(typed)) problems.add(field, 'emailInvalid', { value: typed });
  else return typed;
  return undefined;
}

/** CC addresses: each checked; blanks skipped; repeats and the contact itself dropped. */
function ccAddresses(problems: Problems, value: unknown, contact: string | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.add('ccEmails', 'notList');
    return [];
  }
  const seen = new Set(contact === undefined ? [] : [contact.toLowerCase()]);
  const out: string[] = [];
  value.forEach((item: unknown, index) => {
    if (typeof item === 'string' && item.trim() === '') return;
    const cc = address(problems, `ccEmails[${index}]`, item, false);
    if (cc === undefined || seen.has(cc.toLowerCase())) return;
    seen.add(cc.toLowerCase());
    out.push(cc);
  });
  return out;
}

/**
 * Refuses more CC addresses than one message may carry: every reminder of such a client would be
 * refused by the mail service, so the client is better told at onboarding than silently skipped.
 */
function ccLimit(problems: Problems, cc: readonly string[]): void {
  if (cc.length <= MAX_CC_ADDRESSES) return;
  problems.add('ccEmails', 'tooManyCc', {
    count: cc.length,
    max: MAX_CC_ADDRESSES,
    limit: MAX_RECIPIENTS_PER_MESSAGE,
  });
}

/** The earliest day a valid anchor value can mean: itself, a month's first day, a vague period's first. */
function earliestDay(anchor: AnchorDef, value: string): string | undefined {
  if (anchor.kind === 'month') return isMonth(value) ? firstDayOfMonth(value) : undefined;
  if (isDay(value)) return value;
  const vague = parseVague(value);
  return vague?.months[0] === undefined ? undefined : firstDayOfMonth(vague.months[0]);
}

function validateDates(
  problems: Problems,
  value: unknown,
  playbook: Playbook,
  options: ValidationOptions,
): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.add('dates', 'required');
    return {};
  }
  const given = value as Record<string, unknown>;
  const dates: Record<string, string> = {};
  for (const key of Object.keys(given)) {
    if (!playbook.anchors.some((anchor) => anchor.id === key)) {
      problems.add(`dates.${key}`, 'dateUnknown', { playbook: playbook.name[problems.language] });
    }
  }
  for (const anchor of playbook.anchors) {
    const field = `dates.${anchor.id}`;
    const typed = text(problems, field, given[anchor.id], { required: anchor.required });
    if (typed === undefined) {
      if (anchor.default?.kind === 'today' && options.mode === 'onboard' && given[anchor.id] === undefined) {
        dates[anchor.id] = options.today;
      }
      continue;
    }
    if (anchor.kind === 'month') {
      if (isMonth(typed)) dates[anchor.id] = typed;
      else problems.add(field, 'monthInvalid', { value: typed });
    } else if (isDay(typed)) {
      dates[anchor.id] = typed;
    } else if (anchor.mayBeVague && parseVague(typed)) {
      if (options.mode === 'plan') dates[anchor.id] = typed;
      else problems.add(field, 'dateVague', { value: typed });
    } else {
      problems.add(field, 'dateInvalid', { value: typed });
    }
  }
  for (const anchor of playbook.anchors) {
    const other = playbook.anchors.find((a) => a.id === anchor.notBefore);
    const own = dates[anchor.id];
    const theirs = other ? dates[other.id] : undefined;
    // A vague value of its own has no single day to compare; a vague other is compared by its
    // earliest day, which is wrong for certain when ours falls before it.
    if (!other || own === undefined || theirs === undefined || (anchor.kind === 'day' && !isDay(own)))
      continue;
    const ownDay = earliestDay(anchor, own);
    const theirDay = earliestDay(other, theirs);
    if (ownDay === undefined || theirDay === undefined) continue;
    const before = anchor.kind === 'month' ? monthOf(ownDay) < monthOf(theirDay) : ownDay < theirDay;
    if (before) {
      problems.add(`dates.${anchor.id}`, 'dateOrder', {
        value: own,
        other: problems.label(`dates.${other.id}`),
        otherValue: theirs,
      });
    }
  }
  return dates;
}

/**
 * Checks a client input and reports every problem at once, each `{field, message}` in the
 * input's language (the workspace's when the input names none or an unknown one). When valid,
 * returns the normalized client: texts trimmed, language, currency (upper-cased) and playbook
 * defaulted, tier derived from the target amount (through the settings' exchange rates) and
 * service level from the tier unless given, CC addresses without blanks and repeats. The input
 * is never modified.
 */
export function validateClient(input: ClientInput, options: ValidationOptions): ClientValidation {
  const { settings } = options;
  const playbooks = options.playbooks ?? BUILT_IN_PLAYBOOKS;
  const rawLanguage =
    input.language === undefined || input.language === '' ? settings.language : input.language;
  const language = isOneOf(rawLanguage, LANGUAGES) ? rawLanguage : settings.language;
  const playbookId =
    input.playbook === undefined || input.playbook === '' ? DEFAULT_PLAYBOOK : input.playbook;
  const playbook = playbooks.find((p) => p.id === playbookId);
  const problems = collectProblems(language, playbook);

  if (!isOneOf(rawLanguage, LANGUAGES)) {
    problems.add('language', 'unknownValue', { value: String(rawLanguage), expected: LANGUAGES.join(', ') });
  }
  const clientName = text(problems, 'clientName', input.clientName, {
    required: true,
    max: MAX_LENGTH.clientName,
    name: true,
  });
  const projectName = text(problems, 'projectName', input.projectName, {
    required: true,
    max: MAX_LENGTH.projectName,
    name: true,
  });
  const contactName = text(problems, 'contactName', input.contactName, {
    required: false,
    max: MAX_LENGTH.contactName,
    name: true,
  });
  const contactEmail = address(problems, 'contactEmail', input.contactEmail, true);
  const ccEmails = ccAddresses(problems, input.ccEmails, contactEmail);
  ccLimit(problems, ccEmails);
  const notes = text(problems, 'notes', input.notes, {
    required: false,
    multiline: true,
    max: MAX_NOTE_LENGTH,
  });

  const rawCurrency =
    input.currency === undefined || input.currency === '' ? settings.currency : input.currency;
  const currency = typeof rawCurrency === 'string' ? rawCurrency.trim().toUpperCase() : '';
  const currencyOk = /^[A-Z]{3}$/.test(currency);

  const amount = input.targetAmount;
  const positive = typeof amount === 'number' && Number.isFinite(amount) && amount > 0;
  const amountOk = positive && amount <= MAX_TARGET_AMOUNT;
  if (!positive) problems.add('targetAmount', 'positiveNumber');
  else if (!amountOk)
    problems.add('targetAmount', 'amountTooLarge', { max: formatAmount(MAX_TARGET_AMOUNT, currency) });
  if (!currencyOk) problems.add('currency', 'currencyFormat');

  let tier: Tier | undefined;
  if (input.tier !== undefined && input.tier !== '') {
    if (isOneOf(input.tier, TIERS)) tier = input.tier;
    else problems.add('tier', 'unknownValue', { value: String(input.tier), expected: TIERS.join(', ') });
  } else if (amountOk && currencyOk) {
    tier = tierFor(amount, currency, settings);
    if (tier === undefined) problems.add('tier', 'tierNeedsRate', { currency });
  }

  const levels = Object.keys(SERVICE_LEVELS) as ServiceLevel[];
  let serviceLevel: ServiceLevel | undefined;
  if (input.serviceLevel !== undefined && input.serviceLevel !== '') {
    if (isOneOf(input.serviceLevel, levels)) serviceLevel = input.serviceLevel;
    else
      problems.add('serviceLevel', 'unknownValue', {
        value: String(input.serviceLevel),
        expected: levels.join(', '),
      });
  } else if (tier !== undefined) {
    serviceLevel = levelForTier(tier);
  }

  let dates: Record<string, string> = {};
  if (playbook) dates = validateDates(problems, input.dates, playbook, options);
  else {
    const expected = playbooks.map((p) => p.id).join(', ');
    problems.add('playbook', 'unknownValue', { value: String(playbookId), expected });
  }

  if (
    problems.list.length > 0 ||
    clientName === undefined ||
    projectName === undefined ||
    contactEmail === undefined ||
    tier === undefined ||
    serviceLevel === undefined ||
    playbook === undefined
  ) {
    return { ok: false, problems: problems.list };
  }
  const client: NormalizedClient = {
    clientName,
    projectName,
    contactEmail,
    ccEmails,
    language,
    targetAmount: amount,
    currency,
    tier,
    serviceLevel,
    playbook: playbook.id,
    dates,
  };
  if (contactName !== undefined) client.contactName = contactName;
  if (notes !== undefined) client.notes = notes;
  return { ok: true, client, problems: [] };
}
