import type { ServiceLevel } from '../shared/client';
import type { FieldProblem, Language } from '../shared/i18n';
import { format } from '../shared/messages';
import { TAIWAN_HOLIDAYS_2027 } from './business-days';
import { isDay } from './dates';
import { isEmailAddress, looksLikeAddressList } from './email';
import { xmlSafe } from './text-normal';

/** The numbers a team may tune. Every rule of thumb of the domain lives here, not in code. */
export interface Settings {
  /** The workspace's language: the default for clients and for messages. */
  language: Language;
  /** The workspace's currency, ISO 4217. */
  currency: string;
  /** Lowest target amount (in TWD) of each tier; below T3 is T4. */
  tierThresholds: { T1: number; T2: number; T3: number };
  /** TWD per unit of a currency, to tier clients who raise in other currencies. */
  twdPerUnit: Record<string, number>;
  /** Fewest days of preparation (kickoff to launch) per service level. */
  minPrepDays: Record<ServiceLevel, number>;
  /** A launch further away than this many days is "too far". */
  maxLeadDays: number;
  /** Campaign length in days: accepted range and the recommendation. */
  campaignDays: { min: number; recommended: number; max: number };
  /** Fewest days from the end to the first day of the shipping month. */
  minShippingSlackDays: number;
  /** An overdue notice goes out at most this many days after the due day (no floods on import). */
  overdueNoticeDays: number;
  /** This many overdue milestones for the client make the client "at risk". */
  atRiskOverdueClient: number;
  /**
   * Days off beyond the weekend ("YYYY-MM-DD"): a client-facing due day that falls on one moves
   * to the working day before it.
   */
  holidays: string[];
  /**
   * A milestone whose day had passed when the client was onboarded is compressed into the days
   * from the onboarding day plus this many days up to its anchor.
   */
  compressFromDays: number;
}

/** The defaults (domain.md §3 and §5). */
export const DEFAULT_SETTINGS: Settings = {
  language: 'zh-TW',
  currency: 'TWD',
  tierThresholds: { T1: 5_000_000, T2: 1_000_000, T3: 300_000 },
  twdPerUnit: { TWD: 1, USD: 32, EUR: 35, JPY: 0.21, HKD: 4.1, CNY: 4.4, SGD: 24, MYR: 7 },
  minPrepDays: { advanced: 42, basic: 28, simple: 21 },
  maxLeadDays: 180,
  campaignDays: { min: 14, recommended: 30, max: 60 },
  minShippingSlackDays: 30,
  overdueNoticeDays: 7,
  atRiskOverdueClient: 2,
  holidays: [...TAIWAN_HOLIDAYS_2027],
  compressFromDays: 1,
};

/** What a team changed: any top-level setting, nested groups as a whole or in part. */
export interface SettingsOverrides {
  language?: Language;
  currency?: string;
  tierThresholds?: Partial<Settings['tierThresholds']>;
  twdPerUnit?: Record<string, number>;
  minPrepDays?: Partial<Settings['minPrepDays']>;
  maxLeadDays?: number;
  campaignDays?: Partial<Settings['campaignDays']>;
  minShippingSlackDays?: number;
  overdueNoticeDays?: number;
  atRiskOverdueClient?: number;
  holidays?: string[];
  compressFromDays?: number;
}

function isWhole(value: number, min: number): boolean {
  return Number.isInteger(value) && value >= min;
}

/**
 * Applies a team's overrides to the defaults and checks the result: whole numbers of days,
 * thresholds falling from T1 to T3, min ≤ recommended ≤ max. Problems are told in `language`;
 * when there are any, `settings` is still the merged value so a caller may show it.
 */
export function resolveSettings(
  overrides: SettingsOverrides,
  language: Language,
): { settings: Settings; problems: FieldProblem[] } {
  const d = DEFAULT_SETTINGS;
  const settings: Settings = {
    ...d,
    ...overrides,
    tierThresholds: { ...d.tierThresholds, ...overrides.tierThresholds },
    twdPerUnit: { ...d.twdPerUnit, ...overrides.twdPerUnit },
    minPrepDays: { ...d.minPrepDays, ...overrides.minPrepDays },
    campaignDays: { ...d.campaignDays, ...overrides.campaignDays },
  };
  const problems: FieldProblem[] = [];
  const report = (field: string, message: string) => problems.push({ field, message });

  if (settings.language !== 'zh-TW' && settings.language !== 'en') {
    report(
      'language',
      format(language, 'unknownValue', {
        field: 'language',
        value: settings.language,
        expected: 'zh-TW, en',
      }),
    );
  }
  if (!/^[A-Z]{3}$/.test(settings.currency)) {
    report('currency', format(language, 'currencyFormat', { field: 'currency' }));
  }
  const { T1, T2, T3 } = settings.tierThresholds;
  if (!(T3 > 0 && T2 > T3 && T1 > T2)) {
    report('tierThresholds', format(language, 'settingsTiers', { T1, T2, T3 }));
  }
  for (const [currency, rate] of Object.entries(settings.twdPerUnit)) {
    if (!(rate > 0 && Number.isFinite(rate))) {
      report(
        `twdPerUnit.${currency}`,
        format(language, 'positiveNumber', { field: `twdPerUnit.${currency}` }),
      );
    }
  }
  const wholeDays: Array<[string, number, number]> = [
    ['minPrepDays.advanced', settings.minPrepDays.advanced, 1],
    ['minPrepDays.basic', settings.minPrepDays.basic, 1],
    ['minPrepDays.simple', settings.minPrepDays.simple, 1],
    ['maxLeadDays', settings.maxLeadDays, 1],
    ['campaignDays.min', settings.campaignDays.min, 1],
    ['campaignDays.recommended', settings.campaignDays.recommended, 1],
    ['campaignDays.max', settings.campaignDays.max, 1],
    ['minShippingSlackDays', settings.minShippingSlackDays, 0],
    ['overdueNoticeDays', settings.overdueNoticeDays, 1],
    ['atRiskOverdueClient', settings.atRiskOverdueClient, 1],
    ['compressFromDays', settings.compressFromDays, 0],
  ];
  for (const [field, value, min] of wholeDays) {
    if (!isWhole(value, min)) report(field, format(language, 'wholeNumberAtLeast', { field, min }));
  }
  const notDays = settings.holidays.filter((day) => !isDay(day));
  if (notDays.length) {
    report('holidays', format(language, 'holidaysFormat', { field: 'holidays', values: notDays.join(', ') }));
    settings.holidays = settings.holidays.filter(isDay);
  }
  const { min, recommended, max } = settings.campaignDays;
  if (!(min <= recommended && recommended <= max)) {
    report('campaignDays', format(language, 'settingsCampaign', { min, recommended, max }));
  }
  return { settings, problems };
}

/**
 * The days of a Holidays cell ("2027-01-01, 2027-02-04"; commas, semicolons, ideographic commas
 * or line breaks between them), as typed: resolveSettings and appSettingProblem say which are not days.
 */
export function dayListOf(text: string): string[] {
  return text.split(/[\s,;，；、]+/).filter(Boolean);
}

/**
 * The daily recipient quota of the mail service for a Workspace account (a consumer account has
 * 100, domain.md §5): a daily mail budget above it could never be spent, so it is refused.
 */
const MAX_DAILY_MAIL_BUDGET = 1500;

/** App settings that are whole numbers, with their ranges: hours of a day, days of a week, mails. */
const WHOLE_SETTINGS: Readonly<Record<string, readonly [number, number]>> = {
  reminderHour: [0, 23],
  digestWeekday: [0, 6],
  dailyMailBudget: [0, MAX_DAILY_MAIL_BUDGET],
};

/** How a client folder may be shared with the contact. */
const SHARE_ROLES = ['none', 'reader', 'commenter', 'writer'];

/** App settings that end up in mail headers or file names: one plain line each. */
const ONE_LINE_SETTINGS = ['csmName', 'senderName', 'folderNameRule'];

/**
 * Why a value typed for an app setting cannot be used, told in `language`, or '' when it can:
 * the Holidays list's days, hours, weekdays and the mail budget in range, a known sharing role, a time zone the runtime knows (`isTimeZone`), the
 * CSM's address one valid address or empty, names one line without control characters (a line
 * break in a mail header would let a value add headers such as Bcc).
 */
export function appSettingProblem(
  key: string,
  value: string,
  language: Language,
  isTimeZone: (zone: string) => boolean,
): string {
  const range = WHOLE_SETTINGS[key];
  if (range !== undefined) {
    const n = value.trim() === '' ? Number.NaN : Number(value);
    const [min, max] = range;
    return Number.isInteger(n) && n >= min && n <= max
      ? ''
      : format(language, 'wholeNumberBetween', { field: key, min, max });
  }
  if (key === 'holidays') {
    const bad = dayListOf(value).filter((day) => !isDay(day));
    return bad.length ? format(language, 'holidaysFormat', { field: key, values: bad.join(', ') }) : '';
  }
  if (key === 'shareFolderRole' && !SHARE_ROLES.includes(value))
    return format(language, 'unknownValue', { field: key, value, expected: SHARE_ROLES.join(', ') });
  if (key === 'timeZone')
    return isTimeZone(value) ? '' : format(language, 'timeZoneUnknown', { field: key, value });
  if (key === 'csmEmail' || ONE_LINE_SETTINGS.includes(key)) {
    if (/[\r\n\u2028\u2029]/.test(value) || xmlSafe(value) !== value)
      return format(language, 'plainLine', { field: key });
  }
  if (key === 'csmEmail' && value !== '') {
    if (looksLikeAddressList(value)) return format(language, 'emailList', { field: key });
    if (!isEmailAddress(value)) return format(language, 'emailInvalid', { field: key, value });
  }
  return '';
}
