import { describe, expect, it } from 'vitest';
import { tabAfterKey } from '../../src/sidebar/tabs';

describe('moving between the tabs with the keyboard', () => {
  it('steps with the arrows, round the ends', () => {
    expect(tabAfterKey('ArrowRight', 0, 3)).toBe(1);
    expect(tabAfterKey('ArrowRight', 2, 3)).toBe(0);
    expect(tabAfterKey('ArrowLeft', 0, 3)).toBe(2);
    expect(tabAfterKey('ArrowLeft', 1, 3)).toBe(0);
  });

  it('goes to the ends with Home and End, and ignores other keys', () => {
    expect(tabAfterKey('Home', 2, 3)).toBe(0);
    expect(tabAfterKey('End', 0, 3)).toBe(2);
    expect(tabAfterKey('Enter', 1, 3)).toBe(-1);
    expect(tabAfterKey('ArrowDown', 1, 3)).toBe(-1);
  });
});
