import { describe, expect, it } from 'vitest';
import { ccLimitProblem, MAX_CC_ADDRESSES, refusedForThisMessage } from '../../src/core/mail-limits';

const addresses = (count: number) => Array.from({ length: count }, (_, i) => `cc${i}@example.com`);

describe('ccLimitProblem', () => {
  it('lets 49 CC addresses through with the contact (50 recipients) and refuses 50', () => {
    expect(MAX_CC_ADDRESSES).toBe(49);
    expect(ccLimitProblem([])).toBe('');
    expect(ccLimitProblem(addresses(49))).toBe('');
    expect(ccLimitProblem(addresses(50))).toBe(
      '50 CC addresses: a message carries at most 49 (plus the contact); shorten the CC list in the Clients sheet',
    );
  });
});

describe('refusedForThisMessage', () => {
  it('recognises the refusals of one message: a bad address, too many recipients, a body too large', () => {
    expect(refusedForThisMessage(new Error('Invalid email: nobody@'))).toBe(true);
    expect(refusedForThisMessage(new Error('Limit Exceeded: Email Recipients Per Message.'))).toBe(true);
    expect(refusedForThisMessage(new Error('Limit Exceeded: Email Body Size.'))).toBe(true);
    // A thrown string counts as its own message.
    expect(refusedForThisMessage('Invalid email: nobody@')).toBe(true);
  });

  it('treats other failures, and refusal words inside another message, as the service failing', () => {
    expect(refusedForThisMessage(new Error('Service invoked too many times for one day: email.'))).toBe(
      false,
    );
    expect(refusedForThisMessage(new Error('Limit Exceeded: Email Recipients Per Day.'))).toBe(false);
    expect(refusedForThisMessage(new Error('Server error. Invalid email queue state'))).toBe(false);
    expect(refusedForThisMessage(new Error('Quota: Limit Exceeded: Email Body Size.'))).toBe(false);
    expect(refusedForThisMessage(undefined)).toBe(false);
  });
});
