import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  isDay,
  isMonth,
  laterDay,
  nextWeekdayIn,
  parseVague,
  weekday,
} from '../../src/core/dates';
import { dayArb, dayFromNumber, inTimeZone, numberFromDay, TIME_ZONES } from './helpers';

describe('isDay / isMonth', () => {
  it('accepts real days and refuses impossible or malformed ones', () => {
    expect(isDay('2027-03-01')).toBe(true);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2027-02-29')).toBe(false);
    expect(isDay('2027-02-30')).toBe(false);
    expect(isDay('2027-13-01')).toBe(false);
    expect(isDay('2027-3-1')).toBe(false);
    expect(isDay('0027-03-01')).toBe(false);
    expect(isDay('2027-03-01T00:00')).toBe(false);
    // Years outside 1900-2999 are typing mistakes.
    expect([isDay('1899-12-31'), isDay('1900-01-01'), isDay('2999-12-31'), isDay('3000-01-01')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(isMonth('2027-06')).toBe(true);
    expect(isMonth('2027-00')).toBe(false);
    expect(isMonth('2027-6')).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('crosses month ends, leap days and the Apia skipped day', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(inTimeZone('Pacific/Apia', () => addDays('2011-12-29', 1))).toBe('2011-12-30');
    expect(daysBetween('2027-03-01', '2027-04-01')).toBe(31);
    expect(daysBetween('2027-04-01', '2027-03-01')).toBe(-31);
  });

  it('clamps months to the end of the month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2027-05-15', 12)).toBe('2028-05-15');
  });

  it('throws on a malformed day rather than computing with NaN', () => {
    expect(() => addDays('2027-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('2027-03-01', '3/1/2027')).toThrow('Not a calendar day (YYYY-MM-DD): 3/1/2027');
  });

  it('knows weekdays and finds the next allowed one', () => {
    expect(weekday('2027-03-02')).toBe(2);
    expect(nextWeekdayIn('2027-03-06', [2, 3, 4])).toBe('2027-03-09');
    expect(nextWeekdayIn('2027-03-03', [2, 3, 4])).toBe('2027-03-03');
    expect(() => nextWeekdayIn('2027-03-03', [])).toThrow('weekdays must name at least one day 0..6');
    expect(laterDay('2027-03-03', '2026-12-31')).toBe('2027-03-03');
  });

  for (const zone of TIME_ZONES) {
    it(`agrees with plain day numbers in ${zone}`, () => {
      inTimeZone(zone, () => {
        fc.assert(
          fc.property(dayArb, fc.integer({ min: -4000, max: 4000 }), (day, n) => {
            const later = addDays(day, n);
            expect(later).toBe(dayFromNumber(numberFromDay(day) + n));
            expect(daysBetween(day, later)).toBe(n);
            expect(weekday(day)).toBe(new Date(`${day}T00:00:00Z`).getUTCDay());
          }),
          { numRuns: 300 },
        );
      });
    });
  }

  it('adds months in every zone as in UTC', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: -36, max: 36 }),
        fc.constantFrom(...TIME_ZONES),
        (day, months, zone) => {
          const expected = inTimeZone('UTC', () => addMonths(day, months));
          expect(inTimeZone(zone, () => addMonths(day, months))).toBe(expected);
          expect(isDay(expected)).toBe(true);
          expect(Number(expected.slice(8))).toBeLessThanOrEqual(Number(day.slice(8)));
        },
      ),
    );
  });
});

describe('parseVague', () => {
  it('reads months and quarters in the spellings people use', () => {
    expect(parseVague('2027-04')).toEqual({ kind: 'month', months: ['2027-04'] });
    const q2 = { kind: 'quarter', months: ['2027-04', '2027-05', '2027-06'] };
    expect(parseVague('2027-Q2')).toEqual(q2);
    expect(parseVague('Q2 2027')).toEqual(q2);
    expect(parseVague('2027 q2')).toEqual(q2);
    expect(parseVague('2027-Q4')?.months).toEqual(['2027-10', '2027-11', '2027-12']);
  });

  it('reads a vague date with spaces around it', () => {
    expect(parseVague(' 2027-04 ')).toEqual({ kind: 'month', months: ['2027-04'] });
    expect(parseVague(' Q1 2027\t')?.months).toEqual(['2027-01', '2027-02', '2027-03']);
  });

  it('reads quarters of the years 1900 to 2999 only, in both spellings', () => {
    expect(parseVague('1900-Q1')?.months[0]).toBe('1900-01');
    expect(parseVague('2999-Q4')?.months[2]).toBe('2999-12');
    expect(parseVague('Q4 2999')?.months[2]).toBe('2999-12');
    for (const typo of ['1899-Q4', '3000-Q1', 'Q1 3000', 'Q4 1899'])
      expect(parseVague(typo), typo).toBeUndefined();
  });

  it('refuses what is neither', () => {
    expect(parseVague('2027-03-01')).toBeUndefined();
    expect(parseVague('2027-Q5')).toBeUndefined();
    expect(parseVague('2027-13')).toBeUndefined();
    expect(parseVague('spring')).toBeUndefined();
  });
});
