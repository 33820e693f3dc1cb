import { describe, expect, it } from 'vitest';
import { CROWDFUNDING } from '../../src/core/playbooks/crowdfunding';
import type { SidebarContext } from '../../src/shared/rpc';
import { emptyDraft, inputOf, liveInputOf, readField, writeField } from '../../src/sidebar/onboard/draft';

const context: SidebarContext = {
  language: 'en',
  timeZone: 'Asia/Taipei',
  locale: 'en_US',
  playbooks: [CROWDFUNDING],
};

describe('the onboarding draft', () => {
  it('holds each field of the form, dates by their anchor', () => {
    const draft = emptyDraft(context);
    writeField(draft, 'clientName', 'Hoshi Tea');
    writeField(draft, 'dates.launch', '2027-04-06');
    expect([draft.clientName, draft.dates]).toEqual(['Hoshi Tea', { launch: '2027-04-06' }]);
    expect(readField(draft, 'dates.launch')).toBe('2027-04-06');
    expect(readField(draft, 'dates.end')).toBe('');
    expect(readField(draft, 'currency')).toBe('TWD');
  });

  it('sends a number for a typed amount, the CC list split, blanks left out for the defaults', () => {
    const draft = {
      ...emptyDraft(context),
      clientName: 'Hoshi Tea',
      targetAmount: '1,200,000',
      ccEmails: 'a@x.example; b@x.example,  c@x.example',
      contactName: '  ',
      dates: { launch: ' 2027-04-06 ', stray: '2027-01-01' },
    };
    const input = inputOf(draft, CROWDFUNDING);
    expect(input.targetAmount).toBe(1_200_000);
    expect(input.ccEmails).toEqual(['a@x.example', 'b@x.example', 'c@x.example']);
    expect(input.contactName).toBeUndefined();
    expect(input.tier).toBeUndefined();
    // Only the playbook's dates go, trimmed.
    expect(input.dates).toEqual({ launch: '2027-04-06' });
    expect(inputOf({ ...draft, targetAmount: 'a lot' }, CROWDFUNDING).targetAmount).toBe(0);
  });

  it('stands in for blank identity fields and required dates, after every typed date', () => {
    const draft = { ...emptyDraft(context), dates: { launch: '2027-04-06' } };
    const { input, stoodIn } = liveInputOf(draft, CROWDFUNDING);
    expect([...stoodIn].sort()).toEqual([
      'clientName',
      'contactEmail',
      'dates.end',
      'dates.shipping',
      'projectName',
      'targetAmount',
    ]);
    expect(input.targetAmount).toBe(1);
    expect(input.dates).toEqual({ launch: '2027-04-06', end: '2027-05-06', shipping: '2027-07' });
  });
});
