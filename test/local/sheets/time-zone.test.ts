import { describe, expect, it } from 'vitest';
import { firstSheet, run, runOk, SHEET, workspace } from './harness.js';

/** Writes `date` (an ISO instant, built inside the context) to A1 and reads it back. */
const ROUND_TRIP = `${SHEET}function main(iso) {
  var r = sheet().getRange('A1');
  r.setValue(new Date(iso));
  var back = r.getValue();
  return [back instanceof Date, back.getTime() === new Date(iso).getTime(), back.toISOString()];
}`;

describe('dates and the spreadsheet time zone', () => {
  it('stores a Taipei midnight as wall time and reads back the same instant', () => {
    const state = workspace({ timeZone: 'Asia/Taipei' });
    const result = runOk(state, ROUND_TRIP, 'main', ['2027-02-28T16:00:00.000Z']);
    expect(firstSheet(state).rows[0]?.[0]).toEqual({ wall: '2027-03-01T00:00:00' });
    expect(result.value).toEqual([true, true, '2027-02-28T16:00:00.000Z']);
  });

  it.each([
    ['before spring-forward (EST)', '2027-03-13T05:00:00.000Z', '2027-03-13T00:00:00'],
    ['after spring-forward (EDT)', '2027-03-15T04:00:00.000Z', '2027-03-15T00:00:00'],
    ['the first 01:30 of fall-back night (EDT)', '2027-11-07T05:30:00.000Z', '2027-11-07T01:30:00'],
    ['after fall-back (EST)', '2027-11-08T05:00:00.000Z', '2027-11-08T00:00:00'],
  ])('round-trips New York %s', (_label, iso, wall) => {
    const state = workspace({ timeZone: 'America/New_York' });
    const result = runOk(state, ROUND_TRIP, 'main', [iso]);
    expect(firstSheet(state).rows[0]?.[0]).toEqual({ wall });
    expect(result.value).toEqual([true, true, iso]);
  });

  it('reads a wall time skipped by spring-forward as the hour after the jump', () => {
    const state = workspace({ timeZone: 'America/New_York' });
    firstSheet(state).rows = [[{ wall: '2027-03-14T02:30:00' }]];
    const result = runOk(
      state,
      `${SHEET}function main() { return sheet().getRange('A1').getValue().toISOString(); }`,
    );
    expect(result.value).toBe('2027-03-14T07:30:00.000Z');
  });

  it('reads a repeated fall-back wall time east of UTC as its first occurrence (BST, not GMT)', () => {
    const state = workspace({ timeZone: 'Europe/London' });
    firstSheet(state).rows = [[{ wall: '2027-10-31T01:30:00' }]];
    const result = runOk(
      state,
      `${SHEET}function main() { return sheet().getRange('A1').getValue().toISOString(); }`,
    );
    expect(result.value).toBe('2027-10-31T00:30:00.000Z');
  });

  it('keeps wall times when the spreadsheet zone changes, so instants move', () => {
    const state = workspace({ timeZone: 'Asia/Taipei' });
    firstSheet(state).rows = [[{ wall: '2027-03-01T00:00:00' }]];
    const result = runOk(
      state,
      `${SHEET}function main() {
        SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetTimeZone('Europe/London');
        return sheet().getRange('A1').getValue().toISOString();
      }`,
    );
    expect(result.value).toBe('2027-03-01T00:00:00.000Z');
  });
});

describe('Utilities.formatDate', () => {
  const format = (iso: string, zone: string, pattern: string) =>
    runOk(
      workspace(),
      'function main(iso, zone, pattern) { return Utilities.formatDate(new Date(iso), zone, pattern); }',
      'main',
      [iso, zone, pattern],
    ).value;

  it.each([
    ['2027-02-28T16:00:00Z', 'Asia/Taipei', 'yyyy-MM-dd', '2027-03-01'],
    ['2027-02-28T16:00:00Z', 'Asia/Taipei', "yy/M/d HH:mm:ss 'at' Z", '27/3/1 00:00:00 at +0800'],
    ['2027-03-15T04:00:00Z', 'America/New_York', 'EEE, MMM d yyyy H:mm XXX', 'Mon, Mar 15 2027 0:00 -04:00'],
    ['2027-03-13T05:00:00Z', 'America/New_York', "E dd 'o''clock' u Z", "Sat 13 o'clock 6 -0500"],
    ['2027-03-01T00:00:00Z', 'UTC', "yyyy-MM-dd'T'HH:mm:ssXXX", '2027-03-01T00:00:00Z'],
    ['2027-03-01T00:00:00Z', 'GMT+8', 'HH:mm Z', '08:00 +0800'],
    ['2027-03-01T00:00:00Z', 'Not/AZone', 'HH:mm', '00:00'],
  ])('%s in %s as %s', (iso, zone, pattern, expected) => {
    expect(format(iso, zone, pattern)).toBe(expected);
  });

  it('refuses an unknown pattern letter like Java does', () => {
    const state = workspace();
    const result = runOk(
      state,
      `function main() { try { Utilities.formatDate(new Date(0), 'UTC', 'yyyy-qq'); } catch (e) { return [e instanceof Error, e.message]; } }`,
    );
    expect(result.value).toEqual([true, "Illegal pattern character 'q'"]);
  });
});

describe('Spreadsheet.setSpreadsheetTimeZone', () => {
  it('refuses a zone id it cannot read dates in, keeping the old zone', () => {
    const state = workspace({ timeZone: 'Asia/Taipei' });
    const result = run(
      state,
      `function main() { SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetTimeZone('Mars/Olympus'); }`,
    );
    expect(result.error?.message).toBe('Invalid argument: Mars/Olympus');
    expect(state.spreadsheet.timeZone).toBe('Asia/Taipei');
  });
});
