import { describe, expect, it } from 'vitest';
import { planClient } from '../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { MESSAGES } from '../../src/shared/messages';
import { sampleInput } from './helpers';

const options = { mode: 'plan', settings: DEFAULT_SETTINGS } as const;

describe('planClient', () => {
  it('returns the client, its schedule and its checks, all JSON-safe', () => {
    const result = planClient(
      sampleInput({ dates: { launch: '2027-01-20', end: '2027-02-19', shipping: '2027-04' } }),
      '2027-01-04',
      options,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.client.tier).toBe('T2');
    expect(result.milestones.find((m) => m.id === 'kickoff')?.dueDate).toBe('2027-01-04');
    // A tight plan is compressed: nothing falls before the kickoff, and too-tight says so.
    expect(result.milestones[0]?.id).toBe('kickoff');
    expect(result.checks.map((c) => c.code)).toEqual(['too-tight']);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('returns only the problems of an invalid input', () => {
    const result = planClient(sampleInput({ contactEmail: '' }), '2027-01-04', options);
    expect(result).toEqual({
      ok: false,
      problems: [{ field: 'contactEmail', message: '聯絡人 Email為必填。' }],
    });
  });

  it("builds the schedule from the client's own playbook, not the default one", () => {
    const result = planClient(
      sampleInput({ playbook: 'b2b-saas', dates: { contractStart: '2027-01-15' } }),
      '2027-01-04',
      options,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.milestones[0]).toMatchObject({ ruleId: 'handoff', dueDate: '2027-01-15' });
    expect(result.milestones.some((m) => m.ruleId === 'kickoff')).toBe(false);
  });

  it('plans a vague launch with a blocker and no launch milestones', () => {
    const result = planClient(
      sampleInput({ dates: { launch: '2027-Q2', end: '2027-07-01', shipping: '2027-09' } }),
      '2027-01-04',
      options,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.checks[0]?.severity).toBe('blocker');
    expect(result.milestones.some((m) => m.ruleId === 'launch')).toBe(false);
  });
});

describe('message catalog', () => {
  it('says every message in both languages with the same parameters', () => {
    const params = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const [key, message] of Object.entries(MESSAGES)) {
      expect(message['zh-TW'], key).not.toBe('');
      expect(params(message['zh-TW']), key).toEqual(params(message.en));
    }
  });
});
