import { describe, expect, it } from 'vitest';
import { BUILT_IN_PLAYBOOKS } from '../../src/core/playbooks';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { validateClient } from '../../src/core/validation';
import type { ClientInput, ClientValidation } from '../../src/shared/client';
import type { Playbook } from '../../src/shared/playbook';
import { sampleInput } from './helpers';

const plan = { mode: 'plan', settings: DEFAULT_SETTINGS } as const;
const onboard = { mode: 'onboard', today: '2027-01-10', settings: DEFAULT_SETTINGS } as const;

function problemsOf(result: ClientValidation): Record<string, string> {
  return Object.fromEntries(result.problems.map((p) => [p.field, p.message]));
}

function fieldsOf(input: ClientInput, options: Parameters<typeof validateClient>[1] = plan): string[] {
  return validateClient(input, options).problems.map((p) => p.field);
}

describe('validateClient', () => {
  it('normalizes a valid input: trimmed, defaults applied, tier and level derived', () => {
    const result = validateClient(
      sampleInput({
        clientName: '  好物設計 ',
        language: undefined,
        currency: undefined,
        ccEmails: [' a@x.tw ', ''],
      }),
      plan,
    );
    expect(result).toEqual({
      ok: true,
      problems: [],
      client: {
        clientName: '好物設計',
        projectName: '可折疊露營椅',
        contactName: '王小明',
        contactEmail: 'ming@example.com',
        ccEmails: ['a@x.tw'],
        language: 'zh-TW',
        targetAmount: 1_000_000,
        currency: 'TWD',
        tier: 'T2',
        serviceLevel: 'advanced',
        playbook: 'crowdfunding',
        dates: { launch: '2027-03-02', end: '2027-04-01', shipping: '2027-06' },
      },
    });
  });

  it('reports every problem at once, in the input language', () => {
    const result = validateClient(
      {
        clientName: '',
        projectName: 'x'.repeat(121),
        contactEmail: 'a@x.com, b@y.com',
        ccEmails: ['ok@x.com', 'not-an-address'],
        language: 'en',
        targetAmount: -5,
        currency: 'NT$',
        dates: { launch: '2027-02-30', end: '2027-01-01', shipping: '2026-12' },
      },
      plan,
    );
    expect(result.ok).toBe(false);
    const problems = problemsOf(result);
    expect(Object.keys(problems).sort()).toEqual(
      [
        'ccEmails[1]',
        'clientName',
        'contactEmail',
        'currency',
        'dates.launch',
        'dates.shipping',
        'projectName',
        'targetAmount',
      ].sort(),
    );
    expect(problems.clientName).toBe('Client name is required.');
    expect(problems.projectName).toContain('at most 120');
    expect(problems.contactEmail).toContain('put the others in CC');
    expect(problems['ccEmails[1]']).toBe('CC addresses #2 is not a valid email address: "not-an-address".');
    expect(problems['dates.launch']).toContain('not a real date');
    expect(problems['dates.shipping']).toBe('Shipping month (2026-12) is before End (2027-01-01).');
  });

  it('speaks zh-TW, and the workspace language when the input names none', () => {
    const input = sampleInput({ clientName: '', language: undefined });
    expect(problemsOf(validateClient(input, plan)).clientName).toBe('客戶名稱為必填。');
    const english = { ...plan, settings: { ...DEFAULT_SETTINGS, language: 'en' as const } };
    expect(problemsOf(validateClient(input, english)).clientName).toBe('Client name is required.');
  });

  it('refuses a newline in contactEmail or a name, and a display-name address', () => {
    expect(fieldsOf(sampleInput({ contactEmail: 'a@x.com\nBcc: evil@y.com' }))).toEqual(['contactEmail']);
    expect(fieldsOf(sampleInput({ clientName: 'A\nB' }))).toEqual(['clientName']);
    expect(fieldsOf(sampleInput({ contactEmail: 'Ming <ming@example.com>' }))).toEqual(['contactEmail']);
    for (const bad of [
      'ming@',
      '@example.com',
      'ming@example',
      'mi..ng@example.com',
      'ming@-x.com',
      'ming@x.c',
    ]) {
      expect(fieldsOf(sampleInput({ contactEmail: bad })), bad).toEqual(['contactEmail']);
    }
  });

  it('accepts exactly 100 and 120 characters and refuses one more', () => {
    expect(fieldsOf(sampleInput({ clientName: 'x'.repeat(100), projectName: 'y'.repeat(120) }))).toEqual([]);
    expect(fieldsOf(sampleInput({ clientName: 'x'.repeat(101) }))).toEqual(['clientName']);
  });

  it('wants a positive finite target amount', () => {
    for (const amount of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '1000' as unknown as number]) {
      expect(fieldsOf(sampleInput({ targetAmount: amount })), String(amount)).toEqual(['targetAmount']);
    }
  });

  it('refuses unknown tier, level, playbook, language and currency format', () => {
    expect(fieldsOf(sampleInput({ tier: 'T5' }))).toEqual(['tier']);
    expect(fieldsOf(sampleInput({ serviceLevel: 'premium' }))).toEqual(['serviceLevel']);
    expect(fieldsOf(sampleInput({ playbook: 'nope' }))).toEqual(['playbook']);
    expect(fieldsOf(sampleInput({ language: 'fr' }))).toEqual(['language']);
    expect(fieldsOf(sampleInput({ currency: 'US' }))).toEqual(['currency']);
  });

  it('derives the tier in other currencies through the rates, and says when it cannot', () => {
    const usd = validateClient(sampleInput({ targetAmount: 200_000, currency: 'usd' }), plan);
    expect(usd.ok && [usd.client.currency, usd.client.tier, usd.client.serviceLevel]).toEqual([
      'USD',
      'T1',
      'advanced',
    ]);
    expect(fieldsOf(sampleInput({ currency: 'CHF' }))).toEqual(['tier']);
    const given = validateClient(sampleInput({ currency: 'CHF', tier: 'T3' }), plan);
    expect(given.ok && given.client.serviceLevel).toBe('basic');
  });

  it('keeps a chosen service level over the derived one', () => {
    const result = validateClient(sampleInput({ targetAmount: 50_000, serviceLevel: 'advanced' }), plan);
    expect(result.ok && [result.client.tier, result.client.serviceLevel]).toEqual(['T4', 'advanced']);
  });

  it('checks dates against the playbook: required, unknown, format, order', () => {
    expect(fieldsOf(sampleInput({ dates: { launch: '2027-03-02' } }))).toEqual([
      'dates.end',
      'dates.shipping',
    ]);
    expect(
      fieldsOf(
        sampleInput({
          dates: { launch: '2027-03-02', end: '2027-04-01', shipping: '2027-06', go: '2027-01-01' },
        }),
      ),
    ).toEqual(['dates.go']);
    expect(
      fieldsOf(sampleInput({ dates: { launch: '2027-03-02', end: '2027-04-01', shipping: '2027-06-01' } })),
    ).toEqual(['dates.shipping']);
    expect(
      fieldsOf(sampleInput({ dates: { launch: '2027-03-02', end: '2027-03-01', shipping: '2027-06' } })),
    ).toEqual(['dates.end']);
    // The shipping month may be the end's month (the slack check warns); not an earlier one.
    expect(
      fieldsOf(sampleInput({ dates: { launch: '2027-03-02', end: '2027-04-01', shipping: '2027-04' } })),
    ).toEqual([]);
    expect(fieldsOf(sampleInput({ dates: 'soon' as unknown as Record<string, string> }))).toEqual(['dates']);
  });

  it('accepts a vague launch while planning and refuses it when onboarding', () => {
    for (const vague of ['2027-04', '2027-Q2', 'Q2 2027']) {
      const input = sampleInput({ dates: { launch: vague, end: '2027-07-01', shipping: '2027-09' } });
      const planned = validateClient(input, plan);
      expect(planned.ok && planned.client.dates.launch).toBe(vague);
      expect(fieldsOf(input, onboard)).toEqual(['dates.launch']);
    }
    // An end before the earliest day of the vague period is wrong for certain.
    expect(
      fieldsOf(sampleInput({ dates: { launch: '2027-Q2', end: '2027-03-15', shipping: '2027-09' } })),
    ).toEqual(['dates.end']);
    // Vagueness is only for anchors that allow it.
    expect(
      fieldsOf(sampleInput({ dates: { launch: '2027-03-02', end: '2027-04', shipping: '2027-09' } })),
    ).toEqual(['dates.end']);
  });

  it('pins the kickoff to the onboarding day when onboarding, not while planning', () => {
    const onboarded = validateClient(sampleInput(), onboard);
    expect(onboarded.ok && onboarded.client.dates.prepStart).toBe('2027-01-10');
    const planned = validateClient(sampleInput(), plan);
    expect(planned.ok && planned.client.dates.prepStart).toBeUndefined();
  });

  it('validates b2b-saas dates: renewal after the contract start', () => {
    const base = { playbook: 'b2b-saas', dates: { contractStart: '2027-01-01' } };
    expect(fieldsOf(sampleInput(base))).toEqual([]);
    expect(
      fieldsOf(sampleInput({ ...base, dates: { contractStart: '2027-01-01', renewal: '2026-12-31' } })),
    ).toEqual(['dates.renewal']);
    expect(fieldsOf(sampleInput({ ...base, dates: {} }))).toEqual(['dates.contractStart']);
  });

  it('finds custom playbooks passed in', () => {
    const custom: Playbook = { ...BUILT_IN_PLAYBOOKS[0], id: 'gadget' } as Playbook;
    const result = validateClient(sampleInput({ playbook: 'gadget' }), { ...plan, playbooks: [custom] });
    expect(result.ok && result.client.playbook).toBe('gadget');
  });

  it('drops repeated CC addresses and the contact itself', () => {
    const result = validateClient(
      sampleInput({ ccEmails: ['A@x.com', 'a@X.com', 'MING@example.com', 'b@x.com'] }),
      plan,
    );
    expect(result.ok && result.client.ccEmails).toEqual(['A@x.com', 'b@x.com']);
    expect(fieldsOf(sampleInput({ ccEmails: 'a@x.com' as unknown as string[] }))).toEqual(['ccEmails']);
  });

  it('refuses more CC addresses than one message carries, in both languages', () => {
    const cc = (count: number) => Array.from({ length: count }, (_, i) => `cc${i}@example.com`);
    expect(validateClient(sampleInput({ ccEmails: cc(49) }), onboard).ok).toBe(true);
    const english = problemsOf(validateClient(sampleInput({ language: 'en', ccEmails: cc(150) }), onboard));
    expect(english.ccEmails).toBe(
      'CC addresses: at most 49 addresses (there are 150): one message reaches at most 50 people with the contact, and a reminder over that cannot be sent.',
    );
    const chinese = problemsOf(validateClient(sampleInput({ language: 'zh-TW', ccEmails: cc(50) }), onboard));
    expect(chinese.ccEmails).toContain('最多 49 個地址（目前 50 個）');
  });

  it('never modifies its input', () => {
    const input = sampleInput({ clientName: '  padded  ', ccEmails: [' a@x.com '] });
    const copy = JSON.parse(JSON.stringify(input));
    validateClient(Object.freeze(input), onboard);
    expect(input).toEqual(copy);
  });
});
