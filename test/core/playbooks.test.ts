import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAYBOOK_COLUMNS, playbooksFromRows, playbookToRows } from '../../src/core/playbook-rows';
import { validatePlaybook } from '../../src/core/playbook-validation';
import { ANCHOR_CATALOG, BUILT_IN_PLAYBOOKS } from '../../src/core/playbooks';
import { B2B_SAAS } from '../../src/core/playbooks/b2b-saas';
import { CROWDFUNDING } from '../../src/core/playbooks/crowdfunding';
import type { MilestoneRule, Playbook, PlaybookRow } from '../../src/shared/playbook';
import { sampleRule as rule } from './helpers';

function withRules(...rules: MilestoneRule[]): Playbook {
  return { ...CROWDFUNDING, rules };
}

function fields(playbook: Playbook): string[] {
  return validatePlaybook(playbook, 'en').map((p) => p.field);
}

describe('built-in playbooks', () => {
  it('are valid', () => {
    for (const playbook of BUILT_IN_PLAYBOOKS)
      expect(validatePlaybook(playbook, 'en'), playbook.id).toEqual([]);
  });

  it('crowdfunding has the milestones of domain.md §5, at least 15', () => {
    const byId = new Map(CROWDFUNDING.rules.map((r) => [r.id, r]));
    expect(CROWDFUNDING.rules.length).toBeGreaterThanOrEqual(15);
    for (const id of [
      'survey-live',
      'copy-draft',
      'visuals',
      'video-final',
      'ad-plan',
      'pr-kol-list',
      'platform-review',
      'launch',
      'weekly-review',
      'last-call',
      'backer-survey',
      'shipping-notice',
      'expected-unexpected',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(byId.get('platform-review')?.offsetDays).toBeLessThanOrEqual(-7);
    expect(byId.get('weekly-review')?.recurrence?.everyDays).toBe(7);
    const followUp = byId.get('expected-unexpected');
    expect([followUp?.anchor, followUp?.audience]).toEqual(['prepStart', 'csm']);
    expect(followUp?.offsetDays).toBeGreaterThanOrEqual(3);
    expect(followUp?.offsetDays).toBeLessThanOrEqual(5);
    const shipping = CROWDFUNDING.anchors.find((a) => a.id === 'shipping');
    expect([shipping?.kind, shipping?.required]).toEqual(['month', true]);
  });

  it('b2b-saas proposes the renewal 60 days before it and derives renewal from the contract', () => {
    const proposal = B2B_SAAS.rules.find((r) => r.id === 'renewal-proposal');
    expect([proposal?.anchor, proposal?.offsetDays]).toEqual(['renewal', -60]);
    for (const id of [
      'handoff',
      'customer-profile',
      'milestone-setting',
      'training-plan',
      'advanced-training',
      'usage-report',
      'health-check',
      'win-back',
    ]) {
      expect(
        B2B_SAAS.rules.some((r) => r.id === id),
        id,
      ).toBe(true);
    }
    expect(B2B_SAAS.anchors.find((a) => a.id === 'renewal')?.default).toEqual({
      kind: 'derived',
      from: { anchor: 'contractStart', offsetDays: 0 },
      months: 12,
    });
  });

  it('every level gets a schedule and every rule text exists in both languages', () => {
    for (const playbook of BUILT_IN_PLAYBOOKS) {
      for (const level of ['advanced', 'basic', 'simple'] as const) {
        expect(playbook.rules.filter((r) => r.levels.includes(level)).length).toBeGreaterThan(5);
      }
    }
  });
});

describe('validatePlaybook', () => {
  it('names unknown anchors, duplicate ids and bad numbers', () => {
    expect(fields(withRules(rule({ anchor: 'liftoff' })))).toEqual(['rules[0].anchor']);
    expect(fields(withRules(rule(), rule()))).toEqual(['rules[1].id']);
    expect(fields(withRules(rule({ offsetDays: 1.5 })))).toEqual(['rules[0].offsetDays']);
    expect(fields(withRules(rule({ offsetDays: Number.NaN })))).toEqual(['rules[0].offsetDays']);
    expect(fields(withRules(rule({ reminderLeadDays: -1 })))).toEqual(['rules[0].reminderLeadDays']);
    expect(
      fields(withRules(rule({ recurrence: { everyDays: 0, until: { anchor: 'end', offsetDays: 0 } } }))),
    ).toEqual(['rules[0].recurrence.everyDays']);
    expect(
      fields(withRules(rule({ recurrence: { everyDays: 7, until: { anchor: 'nowhere', offsetDays: 0 } } }))),
    ).toEqual(['rules[0].recurrence.until.anchor']);
  });

  it('names bad ids, audiences, areas, levels and missing titles', () => {
    expect(fields(withRules(rule({ id: 'Weekly#1' })))).toEqual(['rules[0].id']);
    expect(fields(withRules(rule({ audience: 'boss' as MilestoneRule['audience'] })))).toEqual([
      'rules[0].audience',
    ]);
    expect(fields(withRules(rule({ areas: ['cooking' as 'ads'] })))).toEqual(['rules[0].areas']);
    expect(fields(withRules(rule({ levels: [] })))).toEqual(['rules[0].levels']);
    expect(fields(withRules(rule({ levels: ['gold' as 'basic'] })))).toEqual(['rules[0].levels']);
    expect(fields(withRules(rule({ title: { 'zh-TW': '', en: 'x' } })))).toEqual(['rules[0].title']);
  });

  it('finds anchors whose defaults depend on each other', () => {
    const cyclic: Playbook = {
      ...withRules(rule()),
      anchors: [
        ...CROWDFUNDING.anchors.filter((a) => a.id !== 'survey' && a.id !== 'copyDraft'),
        {
          id: 'a',
          label: { 'zh-TW': 'a', en: 'a' },
          kind: 'day',
          required: false,
          default: { kind: 'derived', from: { anchor: 'b', offsetDays: 1 } },
        },
        {
          id: 'b',
          label: { 'zh-TW': 'b', en: 'b' },
          kind: 'day',
          required: false,
          default: { kind: 'derived', from: { anchor: 'a', offsetDays: 1 } },
        },
      ],
    };
    const problems = validatePlaybook(cyclic, 'en');
    expect(problems.map((p) => p.field)).toEqual(['anchors']);
    expect(problems[0]?.message).toContain('a → b → a');
  });

  it('refuses anchor ids that would collide with Object.prototype', () => {
    const playbook: Playbook = {
      ...withRules(rule({ anchor: 'constructor' })),
      anchors: [
        ...CROWDFUNDING.anchors,
        { id: 'constructor', label: { 'zh-TW': 'c', en: 'c' }, kind: 'day', required: true },
      ],
    };
    expect(fields(playbook)).toContain(`anchors[${CROWDFUNDING.anchors.length}].id`);
  });
});

describe('Playbook sheet rows', () => {
  it('has the documented columns', () => {
    expect(PLAYBOOK_COLUMNS).toEqual([
      'playbook',
      'ruleId',
      'titleZh',
      'titleEn',
      'anchor',
      'offsetDays',
      'audience',
      'areas',
      'levels',
      'leadDays',
      'everyDays',
      'until',
      'reminderZh',
      'reminderEn',
    ]);
  });

  it('round-trips the built-in playbooks', () => {
    for (const playbook of BUILT_IN_PLAYBOOKS) {
      const { playbooks, problems } = playbooksFromRows(playbookToRows(playbook), 'en');
      expect(problems).toEqual([]);
      expect(playbooks).toEqual([playbook]);
    }
  });

  it('writes until as anchor±days and lists comma-separated', () => {
    const row = playbookToRows(CROWDFUNDING).find((r) => r.ruleId === 'weekly-review');
    expect(row).toMatchObject({
      until: 'end-1',
      everyDays: 7,
      levels: 'advanced, basic, simple',
      areas: 'ads',
    });
  });

  it('round-trips any valid rule', () => {
    const ruleArb = fc.record({
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
      offsetDays: fc.integer({ min: -400, max: 400 }),
      lead: fc.integer({ min: 0, max: 30 }),
      audience: fc.constantFrom('client' as const, 'csm' as const, 'both' as const),
      anchor: fc.constantFrom('launch', 'end', 'shipping', 'prepStart', 'survey'),
      levels: fc.subarray(['advanced', 'basic', 'simple'] as const, { minLength: 1 }),
      every: fc.option(
        fc.record({ everyDays: fc.integer({ min: 1, max: 60 }), offset: fc.integer({ min: -30, max: 30 }) }),
        { nil: undefined },
      ),
      title: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''),
    });
    fc.assert(
      fc.property(ruleArb, (r) => {
        const built = rule({
          id: r.id,
          title: { 'zh-TW': r.title, en: `${r.title} en` },
          anchor: r.anchor,
          offsetDays: r.offsetDays,
          audience: r.audience,
          levels: [...r.levels],
          reminderLeadDays: r.lead,
        });
        if (r.every)
          built.recurrence = {
            everyDays: r.every.everyDays,
            until: { anchor: 'end', offsetDays: r.every.offset },
          };
        const playbook = withRules(built);
        const back = playbooksFromRows(playbookToRows(playbook), 'en');
        expect(back.problems).toEqual([]);
        expect(back.playbooks[0]?.rules).toEqual([built]);
      }),
    );
  });

  it('reads a team playbook: defaults for empty cells, anchors from the catalog', () => {
    const rows: PlaybookRow[] = [
      {
        playbook: 'gadget',
        ruleId: 'teaser',
        titleZh: '預告片',
        titleEn: '',
        anchor: 'launch',
        offsetDays: '-10',
        audience: 'client',
        areas: 'video, ads',
        levels: '',
        leadDays: '',
      },
      {},
      {
        playbook: 'gadget',
        ruleId: 'thanks',
        titleZh: '',
        titleEn: 'Thank you',
        anchor: 'end',
        offsetDays: 1,
        audience: 'both',
        areas: '',
        levels: 'simple',
      },
    ];
    const { playbooks, problems } = playbooksFromRows(rows, 'en');
    expect(problems).toEqual([]);
    const [gadget] = playbooks;
    expect(gadget?.name).toEqual({ 'zh-TW': 'gadget', en: 'gadget' });
    expect(gadget?.anchors.map((a) => a.id)).toEqual(['launch', 'end']);
    expect(gadget?.anchors.find((a) => a.id === 'launch')).toBe(ANCHOR_CATALOG.get('launch'));
    expect(gadget?.rules[0]).toEqual({
      id: 'teaser',
      title: { 'zh-TW': '預告片', en: '預告片' },
      anchor: 'launch',
      offsetDays: -10,
      audience: 'client',
      areas: ['video', 'ads'],
      levels: ['advanced', 'basic', 'simple'],
      reminderLeadDays: 3,
    });
    expect(gadget?.rules[1]?.title).toEqual({ 'zh-TW': 'Thank you', en: 'Thank you' });
  });

  it('names the cell of each problem and leaves broken playbooks out', () => {
    const rows: PlaybookRow[] = [
      { playbook: 'ok', ruleId: 'a', titleEn: 'A', anchor: 'launch', offsetDays: 0, audience: 'client' },
      {
        playbook: 'bad',
        ruleId: 'a',
        titleEn: 'A',
        anchor: 'launch',
        offsetDays: 'soon',
        audience: 'client',
      },
      {
        playbook: 'bad',
        ruleId: 'a',
        titleEn: 'A',
        anchor: 'liftoff',
        offsetDays: 0,
        audience: 'client',
        leadDays: -2,
      },
      {
        playbook: 'bad',
        ruleId: 'b',
        titleEn: 'B',
        anchor: 'launch',
        offsetDays: 0,
        audience: 'client',
        everyDays: 7,
        until: 'end minus one',
      },
      { ruleId: 'c', titleEn: 'C', anchor: 'launch', audience: 'client' },
    ];
    const { playbooks, problems } = playbooksFromRows(rows, 'zh-TW');
    expect(playbooks.map((p) => p.id)).toEqual(['ok']);
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        'rows[1].offsetDays',
        'rows[2].anchor',
        'rows[2].leadDays',
        'rows[2].ruleId',
        'rows[3].until',
        'rows[4].offsetDays',
        'rows[4].playbook',
      ].sort(),
    );
    expect(problems.find((p) => p.field === 'rows[2].leadDays')?.message).toBe(
      'rows[2].leadDays必須是 0 到 365 之間的整數。',
    );
  });
});
