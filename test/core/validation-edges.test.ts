import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { validateClient } from '../../src/core/validation';
import type { ClientInput } from '../../src/shared/client';
import { sampleInput } from './helpers';

const plan = { mode: 'plan', settings: DEFAULT_SETTINGS } as const;
const DATES = { launch: '2027-03-02', end: '2027-04-01', shipping: '2027-06' };

/** The problems of an English input with `changes`, as "field: message". */
function problems(changes: Record<string, unknown>): string[] {
  const input = sampleInput({ language: 'en', ...changes } as Partial<ClientInput>);
  return validateClient(input, plan).problems.map((p) => `${p.field}: ${p.message}`);
}

describe('validateClient: text fields', () => {
  it('treats null as absent and refuses what is not text', () => {
    expect(problems({ clientName: null, projectName: 42 })).toEqual([
      'clientName: Client name is required.',
      'projectName: Project name must be text.',
    ]);
    expect(problems({ ccEmails: ['  ', 7, 'b@x.com'] })).toEqual([
      'ccEmails[1]: CC addresses #2 must be text.',
    ]);
  });

  it('keeps a name on one line, also against the Unicode line separator, and counts its length', () => {
    expect(problems({ projectName: 'a\u2028b', contactName: 'x'.repeat(101) })).toEqual([
      'projectName: Project name must fit on one line.',
      'contactName: Contact name may have at most 100 characters (it has 101).',
    ]);
    expect(problems({ contactName: 'x'.repeat(100) })).toEqual([]);
  });

  it('leaves out optional texts that are blank', () => {
    const result = validateClient(sampleInput({ contactName: '', notes: '  ' }), plan);
    expect(result.ok && ['contactName' in result.client, 'notes' in result.client]).toEqual([false, false]);
    const kept = validateClient(sampleInput({ contactName: ' 王小明 ', notes: 'a\nb' }), plan);
    expect(kept.ok && [kept.client.contactName, kept.client.notes]).toEqual(['王小明', 'a\nb']);
  });
});

describe('validateClient: defaults and choices', () => {
  it('takes blank language, currency, tier, level and playbook from the workspace and the amount', () => {
    const result = validateClient(
      sampleInput({
        language: '',
        currency: '',
        tier: '',
        serviceLevel: '',
        playbook: '',
      } as Partial<ClientInput>),
      plan,
    );
    expect(result.ok && result.client).toMatchObject({
      language: 'zh-TW',
      currency: 'TWD',
      tier: 'T2',
      serviceLevel: 'advanced',
      playbook: 'crowdfunding',
    });
  });

  it('words an unknown language in the workspace language, listing both', () => {
    const result = validateClient(sampleInput({ language: 'fr' as 'en' }), plan);
    expect(result.problems).toEqual([
      { field: 'language', message: '語言：不認得「fr」（可用：zh-TW, en）。' },
    ]);
  });

  it('names the expected levels and playbooks, and refuses a currency that is not text', () => {
    expect(problems({ playbook: 'nope', serviceLevel: 'gold' })).toEqual([
      'serviceLevel: Service level: unknown value "gold" (expected one of: advanced, basic, simple).',
      'playbook: Playbook: unknown value "nope" (expected one of: crowdfunding, b2b-saas).',
    ]);
    expect(problems({ currency: 5 })).toEqual([
      'currency: Currency must be a three-letter ISO 4217 code such as TWD or USD.',
    ]);
    for (const currency of ['USDT', '1USD']) {
      expect(problems({ currency }), currency).toEqual([
        'currency: Currency must be a three-letter ISO 4217 code such as TWD or USD.',
      ]);
    }
  });

  it('says a zero, negative, infinite or typed-as-text amount is not a number above 0', () => {
    for (const amount of [0, -1, Number.POSITIVE_INFINITY, '1000']) {
      expect(problems({ targetAmount: amount }), String(amount)).toEqual([
        'targetAmount: Target amount must be a number above 0.',
      ]);
    }
  });

  it('reads a padded lowercase currency code', () => {
    const result = validateClient(sampleInput({ currency: ' usd ', targetAmount: 200_000 }), plan);
    expect(result.ok && [result.client.currency, result.client.tier]).toEqual(['USD', 'T1']);
  });

  it('refuses an amount one above the maximum, shown in its currency', () => {
    expect(problems({ targetAmount: 1e12 + 1, currency: 'USD' })).toEqual([
      'targetAmount: Target amount may be at most US$1,000,000,000,000: check the amount for extra digits.',
    ]);
  });

  it('takes no CC list as an empty one', () => {
    const result = validateClient(sampleInput({ ccEmails: null as unknown as string[] }), plan);
    expect(result.ok && result.client.ccEmails).toEqual([]);
  });
});

describe('validateClient: dates', () => {
  it('wants the dates as an object', () => {
    expect(problems({ dates: null })).toEqual(['dates: Dates is required.']);
    expect(problems({ dates: [] })).toEqual(['dates: Dates is required.']);
  });

  it('words a bad month and a bad day', () => {
    expect(problems({ dates: { ...DATES, shipping: '2027-13' } })).toEqual([
      'dates.shipping: Shipping month must be a month (YYYY-MM): "2027-13".',
    ]);
    expect(problems({ dates: { ...DATES, prepStart: 'soon' } })).toEqual([
      'dates.prepStart: Preparation start is not a real date: "soon" (expected YYYY-MM-DD).',
    ]);
  });

  it('compares a day with the earliest day of a vague date it must not precede', () => {
    const b2b = { playbook: 'b2b-saas' };
    expect(problems({ ...b2b, dates: { contractStart: '2027-Q2', renewal: '2027-03-01' } })).toEqual([
      'dates.renewal: Renewal (2027-03-01) is before Contract start (2027-Q2).',
    ]);
    expect(problems({ ...b2b, dates: { contractStart: '2027-Q2', renewal: '2027-04-01' } })).toEqual([]);
    expect(problems({ ...b2b, dates: { contractStart: '2027-05', renewal: '2027-04-30' } })).toHaveLength(1);
  });

  it('does not compare with a vague launch what is itself vague or malformed', () => {
    expect(problems({ dates: { launch: '2027-Q2', end: '2027-Q1', shipping: '2027-09' } })).toEqual([
      'dates.end: End is not a real date: "2027-Q1" (expected YYYY-MM-DD).',
    ]);
    // The shipping month is compared by month: the end's own month is not before it.
    expect(problems({ dates: { launch: '2027-03-02', end: '2027-04-30', shipping: '2027-04' } })).toEqual([]);
  });
});
