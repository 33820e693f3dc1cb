import fc from 'fast-check';
import type { ClientInput } from '../../src/shared/client';
import type { MilestoneRule } from '../../src/shared/playbook';

/**
 * Zones that break naive day math: DST at midnight (Sao Paulo 2018, Santiago), half-hour DST
 * (Lord Howe), a skipped day (Apia, 2011-12-30), far east and far west of UTC, and the home zone.
 */
export const TIME_ZONES = [
  'UTC',
  'Asia/Taipei',
  'America/Sao_Paulo',
  'America/Santiago',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];

/** Runs `fn` with the process in time zone `zone` (Node reads TZ again when it is set). */
export function inTimeZone<T>(zone: string, fn: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

const MS_PER_DAY = 86_400_000;

/** An oracle independent of the code under test: the day `n` days after 1970-01-01. */
export function dayFromNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days from 1970-01-01, the inverse of {@link dayFromNumber}. */
export function numberFromDay(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY;
}

/** Any day from 1950 to 2100. */
export const dayArb = fc.integer({ min: -7305, max: 47482 }).map(dayFromNumber);

/** A valid crowdfunding client input (T2 → advanced), optionally changed. */
export function sampleInput(changes: Partial<ClientInput> = {}): ClientInput {
  return {
    clientName: '好物設計',
    projectName: '可折疊露營椅',
    contactName: '王小明',
    contactEmail: 'ming@example.com',
    language: 'zh-TW',
    targetAmount: 1_000_000,
    dates: { launch: '2027-03-02', end: '2027-04-01', shipping: '2027-06' },
    ...changes,
  };
}

/** A valid milestone rule of the crowdfunding playbook, optionally changed. */
export function sampleRule(changes: Partial<MilestoneRule> = {}): MilestoneRule {
  return {
    id: 'demo',
    title: { 'zh-TW': '示範', en: 'Demo' },
    anchor: 'launch',
    offsetDays: -3,
    audience: 'client',
    areas: ['ads'],
    levels: ['basic'],
    reminderLeadDays: 2,
    ...changes,
  };
}
