import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/shared/error-message';

describe('errorMessage', () => {
  it('reads the message of an Error, an empty one included', () => {
    expect(errorMessage(new TypeError('bad id'))).toBe('bad id');
    expect(errorMessage(new Error(''))).toBe('');
  });

  it("reads the message of an Error from another realm, as the vm host's services throw them", () => {
    const foreign = runInNewContext('new Error("Service invoked too many times")');
    expect(foreign instanceof Error).toBe(false);
    expect(errorMessage(foreign)).toBe('Service invoked too many times');
  });

  it('stringifies whatever has no string message', () => {
    expect(errorMessage('quota')).toBe('quota');
    expect(errorMessage(null)).toBe('null');
    expect(errorMessage(undefined)).toBe('undefined');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage({ message: 7, toString: () => 'odd' })).toBe('odd');
  });
});
