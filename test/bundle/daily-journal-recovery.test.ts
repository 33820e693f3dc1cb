import { describe, expect, it } from 'vitest';
import type { FaultPlan } from '../../local/host/service-context.js';
import { client, dailyHost, reminders, sheetRows, trackerProps } from '../support/daily-host.js';

const TODAY = '2027-03-01';

/** The execution dies at its first sent mail: that call and every later one fail. */
const diesAtFirstSend: FaultPlan = (() => {
  let dead = false;
  return ({ name }) => {
    if (name === 'MailApp.sendEmail') dead = true;
    return dead ? 'execution killed' : undefined;
  };
})();

const journalKeys = (props: Record<string, string>) =>
  Object.keys(props)
    .filter((key) => key.startsWith('dailyJournal.'))
    .sort();

describe('a journal left behind by a run that died', () => {
  it('is read past its damaged chunks and entries, flags the send in doubt, and is cleared whole', async () => {
    const { state, run } = await dailyHost(
      [client('C0001', '2027-02-26', '2027-04-10'), client('C0002', '2027-02-27', '2027-04-10')],
      TODAY,
    );
    expect((await run('runDailyJob', TODAY, { fail: diesAtFirstSend })).value).toMatchObject({ ok: false });
    const prefix = `tracker.${state.spreadsheet.id}.`;
    const left = trackerProps(state);
    expect(journalKeys(left)).toEqual(['dailyJournal.0']);
    const [entry] = JSON.parse(left['dailyJournal.0'] ?? '[]') as unknown[][];
    expect(entry?.[4]).toBe('pending');
    // Damage a person or a cut-off write could leave: entries of the wrong shape beside the
    // good one, a chunk that is no list, and one cut short.
    state.properties.user[`${prefix}dailyJournal.0`] = JSON.stringify([
      entry,
      ['C0009', 'gone', TODAY, 'due'],
      ['C0009', 'gone', TODAY, 'due', 'sent', 'extra'],
    ]);
    state.properties.user[`${prefix}dailyJournal.1`] = '{"not":"a list"}';
    state.properties.user[`${prefix}dailyJournal.2`] = '[["C0002","kickoff"';
    // Yesterday's checkpoint, of a continuation that never came: not the journal's to read.
    state.properties.user[`${prefix}dailyCheckpoint`] = JSON.stringify({
      day: '2027-02-28',
      dueDate: '2027-02-28',
      key: 'C0001:kickoff',
    });
    const mailsBefore = reminders(state).length;

    const result = await run('runDailyJob', TODAY);
    expect(result.value).toMatchObject({ ok: true, pending: 1 });
    // The send in doubt is not sent again; every other reminder of the day goes out.
    const subjects = reminders(state).slice(mailsBefore);
    expect(subjects).toHaveLength(3);
    const details = sheetRows(state, 'Log').map((row) => String(row.Detail));
    expect(details.filter((d) => /send interrupted, kept for review/.test(d))).toHaveLength(1);
    // The entries of the wrong shape name nothing: no line about a row that is gone.
    expect(details.filter((d) => /C0009|gone/.test(d))).toEqual([]);
    // Every chunk, the damaged ones too, is gone once the sheet holds the keys.
    expect(journalKeys(trackerProps(state))).toEqual([]);
  });
});
