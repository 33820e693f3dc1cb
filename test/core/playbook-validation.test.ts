import { describe, expect, it } from 'vitest';
import { validatePlaybook } from '../../src/core/playbook-validation';
import { CROWDFUNDING } from '../../src/core/playbooks/crowdfunding';
import type { AnchorDef, MilestoneRule, Playbook } from '../../src/shared/playbook';
import { sampleRule as rule } from './helpers';

function anchor(changes: Partial<AnchorDef> = {}): AnchorDef {
  return { id: 'extra', label: { 'zh-TW': '額外', en: 'Extra' }, kind: 'day', required: false, ...changes };
}

function playbook(changes: Partial<Playbook> = {}): Playbook {
  return { ...CROWDFUNDING, rules: [rule()], ...changes };
}

function fields(p: Playbook): string[] {
  return validatePlaybook(p, 'en').map((problem) => problem.field);
}

const withAnchor = (extra: AnchorDef) => playbook({ anchors: [...CROWDFUNDING.anchors, extra] });
const withRule = (changes: Partial<MilestoneRule>) => playbook({ rules: [rule(changes)] });

describe('validatePlaybook: numbers at their limits', () => {
  it('takes offsets of up to ten years either way, and no more', () => {
    expect(fields(withRule({ offsetDays: 3660 }))).toEqual([]);
    expect(fields(withRule({ offsetDays: -3660 }))).toEqual([]);
    expect(fields(withRule({ offsetDays: 3661 }))).toEqual(['rules[0].offsetDays']);
    const below = validatePlaybook(withRule({ offsetDays: -3661 }), 'en');
    expect(below).toEqual([
      {
        field: 'rules[0].offsetDays',
        message: 'rules[0].offsetDays must be a whole number from -3660 to 3660.',
      },
    ]);
  });

  it('takes reminder lead days from 0 to 365 and recurrences every 1 to 366 days', () => {
    const until = { anchor: 'end', offsetDays: 0 };
    expect(fields(withRule({ reminderLeadDays: 0 }))).toEqual([]);
    expect(fields(withRule({ reminderLeadDays: 365 }))).toEqual([]);
    expect(fields(withRule({ reminderLeadDays: 366 }))).toEqual(['rules[0].reminderLeadDays']);
    expect(fields(withRule({ recurrence: { everyDays: 1, until } }))).toEqual([]);
    expect(fields(withRule({ recurrence: { everyDays: 366, until } }))).toEqual([]);
    expect(fields(withRule({ recurrence: { everyDays: 367, until } }))).toEqual([
      'rules[0].recurrence.everyDays',
    ]);
    expect(
      fields(withRule({ recurrence: { everyDays: 7, until: { anchor: 'end', offsetDays: 4000 } } })),
    ).toEqual(['rules[0].recurrence.until.offsetDays']);
  });

  it('takes derived defaults of up to ten years in months, from known anchors', () => {
    const derived = (months: number, from = 'launch', notBefore?: string): AnchorDef =>
      anchor({
        default: {
          kind: 'derived',
          from: { anchor: from, offsetDays: 0 },
          months,
          ...(notBefore ? { notBefore: { anchor: notBefore, offsetDays: 9999 } } : {}),
        },
      });
    expect(fields(withAnchor(derived(120)))).toEqual([]);
    expect(fields(withAnchor(derived(-120)))).toEqual([]);
    const at = `anchors[${CROWDFUNDING.anchors.length}]`;
    expect(fields(withAnchor(derived(121)))).toEqual([`${at}.default.months`]);
    expect(fields(withAnchor(derived(-121)))).toEqual([`${at}.default.months`]);
    expect(fields(withAnchor(derived(1, 'nowhere', 'elsewhere')))).toEqual([
      `${at}.default.from.anchor`,
      `${at}.default.notBefore.anchor`,
      `${at}.default.notBefore.offsetDays`,
    ]);
  });
});

describe('validatePlaybook: ids, names and anchors', () => {
  it('wants a plain lowercase playbook id and a name in both languages', () => {
    expect(fields(playbook({ id: 'team-2' }))).toEqual([]);
    for (const id of ['Team', '-team', 'team_2', '']) expect(fields(playbook({ id })), id).toEqual(['id']);
    expect(fields(playbook({ name: { 'zh-TW': '團隊', en: '  ' } }))).toEqual(['name']);
    expect(fields(playbook({ name: { 'zh-TW': ' ', en: 'Team' } }))).toEqual(['name']);
    expect(fields(playbook({ name: undefined as unknown as Playbook['name'] }))).toEqual(['name']);
  });

  it('wants anchor ids of letters and digits that start with a letter, each once', () => {
    const at = `anchors[${CROWDFUNDING.anchors.length}]`;
    expect(fields(withAnchor(anchor({ id: 'extra2' })))).toEqual([]);
    for (const id of ['2extra', 'ex-tra', 'ex tra'])
      expect(fields(withAnchor(anchor({ id }))), id).toEqual([`${at}.id`]);
    const twice = validatePlaybook(withAnchor(anchor({ id: 'launch' })), 'en');
    expect(twice).toEqual([{ field: `${at}.id`, message: `${at}.id is used twice: "launch".` }]);
  });

  it('wants a known kind, a label in both languages and a known date to follow', () => {
    const at = `anchors[${CROWDFUNDING.anchors.length}]`;
    expect(fields(withAnchor(anchor({ kind: 'month' })))).toEqual([]);
    const kind = validatePlaybook(withAnchor(anchor({ kind: 'week' as 'day' })), 'en');
    expect(kind).toEqual([
      { field: `${at}.kind`, message: `${at}.kind: unknown value "week" (expected one of: day, month).` },
    ]);
    expect(fields(withAnchor(anchor({ label: { 'zh-TW': '額外', en: '' } })))).toEqual([`${at}.label`]);
    expect(fields(withAnchor(anchor({ notBefore: 'launch' })))).toEqual([]);
    expect(fields(withAnchor(anchor({ notBefore: 'liftoff' })))).toEqual([`${at}.notBefore`]);
  });

  it('finds a default that depends on itself and a cycle through a not-before', () => {
    const self = anchor({ id: 'a', default: { kind: 'derived', from: { anchor: 'a', offsetDays: 1 } } });
    const own = validatePlaybook(withAnchor(self), 'en');
    expect(own.map((p) => p.message)).toEqual(["anchors: the dates' defaults depend on each other (a → a)."]);
    const viaNotBefore = playbook({
      anchors: [
        ...CROWDFUNDING.anchors,
        anchor({
          id: 'a',
          default: {
            kind: 'derived',
            from: { anchor: 'launch', offsetDays: 0 },
            notBefore: { anchor: 'b', offsetDays: 0 },
          },
        }),
        anchor({ id: 'b', default: { kind: 'derived', from: { anchor: 'a', offsetDays: 0 } } }),
      ],
    });
    expect(validatePlaybook(viaNotBefore, 'en').map((p) => p.message)).toEqual([
      "anchors: the dates' defaults depend on each other (a → b → a).",
    ]);
  });
});

describe('validatePlaybook: rules', () => {
  it('names the unknown audience, area and level with what is expected', () => {
    const [audience] = validatePlaybook(withRule({ audience: 'boss' as 'csm' }), 'en');
    expect(audience?.message).toBe(
      'rules[0].audience: unknown value "boss" (expected one of: client, csm, both).',
    );
    const [level] = validatePlaybook(withRule({ levels: ['basic', 'gold' as 'basic'] }), 'en');
    expect(level?.message).toBe(
      'rules[0].levels: unknown value "gold" (expected one of: advanced, basic, simple).',
    );
    const [area] = validatePlaybook(withRule({ areas: ['ads', 'cooking' as 'ads'] }), 'en');
    expect(area?.message).toMatch(
      /^rules\[0\]\.areas: unknown value "cooking" \(expected one of: .*ads.*\)\.$/,
    );
    expect(fields(withRule({ audience: 'both' }))).toEqual([]);
  });

  it('wants a reminder text, when there is one, in both languages', () => {
    expect(fields(withRule({ reminder: { 'zh-TW': '提醒', en: 'Remind' } }))).toEqual([]);
    expect(fields(withRule({ reminder: { 'zh-TW': '提醒', en: ' ' } }))).toEqual(['rules[0].reminder']);
  });

  it('names fields through the reader, in the message too', () => {
    const problems = validatePlaybook(withRule({ id: 'Bad' }), 'en', (path) => `row 7 (${path})`);
    expect(problems).toEqual([
      {
        field: 'row 7 (rules[0].id)',
        message: 'row 7 (rules[0].id) may hold only lowercase letters, digits and hyphens: "Bad".',
      },
    ]);
  });
});
