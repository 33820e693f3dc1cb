import { beforeEach, describe, expect, it } from 'vitest';
import { newWorkspaceState } from '../../../local/host/new-state.js';
import type { WorkspaceState } from '../../../local/host/state.js';
import { failure, runOk, runScript } from './harness.js';

const FOLDER = 'application/vnd.google-apps.folder';
const DOC = 'application/vnd.google-apps.document';

/** The query `listTagged` (src/gas/drive-files.ts) sends, with its `queryString` escaping. */
function tagged(key: string, value: string): string {
  const quoted = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return `appProperties has { key=${quoted(key)} and value=${quoted(value)} } and trashed = false`;
}

/** A Drive with a client folder holding tagged Docs, one of them trashed, and one with a quote in its tag. */
function seeded(): WorkspaceState {
  const state = newWorkspaceState();
  runOk(
    `var acme = Drive.Files.create({ name: 'ACME', mimeType: '${FOLDER}', appProperties: { launchDesk: 'client' } });
     Drive.Files.create({ name: 'Launch plan', mimeType: '${DOC}', parents: [acme.id], appProperties: { clientId: 'c-1' } });
     Drive.Files.create({ name: 'Notes', mimeType: '${DOC}', parents: [acme.id], appProperties: { clientId: 'c-2' } });
     Drive.Files.create({ name: 'Old plan', mimeType: '${DOC}', parents: [acme.id], appProperties: { clientId: 'c-1' } });
     Drive.Files.create({ name: 'Quoted', mimeType: '${DOC}', appProperties: { "it's": "C:\\\\ O'Brien" } });`,
    { state },
  );
  const old = state.drive.files.find((file) => file.name === 'Old plan');
  if (old) old.trashed = true;
  return state;
}

/** The names `files.list` returns for `q`. */
function names(state: WorkspaceState, q: string): string[] {
  return runOk(`return Drive.Files.list({ q: a }).files.map(function (f) { return f.name; });`, {
    state,
    args: [q],
  }).value as string[];
}

describe('Drive.Files.list q', () => {
  let state: WorkspaceState;
  beforeEach(() => {
    state = seeded();
  });

  it('reads the query the add-on sends: a tag, outside the trash', () => {
    expect(names(state, tagged('clientId', 'c-1'))).toEqual(['Launch plan']);
    expect(names(state, tagged('clientId', 'c-3'))).toEqual([]);
    expect(names(state, tagged('launchDesk', 'client'))).toEqual(['ACME']);
  });

  it("unescapes \\' and \\\\ in the key and the value", () => {
    expect(names(state, tagged("it's", "C:\\ O'Brien"))).toEqual(['Quoted']);
  });

  it('lists trashed files unless trashed = false, and counts a file in a trashed folder as trashed', () => {
    expect(names(state, `appProperties has { key='clientId' and value='c-1' }`)).toEqual([
      'Launch plan',
      'Old plan',
    ]);
    expect(names(state, 'trashed = true')).toEqual(['Old plan']);
    const acme = state.drive.files.find((file) => file.name === 'ACME');
    if (acme) acme.trashed = true;
    expect(names(state, tagged('clientId', 'c-2'))).toEqual([]);
  });

  it('refuses every other term, naming it', () => {
    for (const term of [
      "name = 'Notes'",
      "'root' in parents",
      `mimeType != '${FOLDER}'`,
      "properties has { key='clientId' and value='c-1' }",
      "modifiedTime > '2024-05-06T00:00:00'",
      'not trashed = true',
      "(trashed = false or name contains 'plan')",
      'trashed = maybe',
      "name = 'unterminated",
    ]) {
      expect(
        failure(runScript(`Drive.Files.list({ q: a });`, { state, args: [`trashed = false and ${term}`] })),
      ).toBe(
        `API call to drive.files.list failed with error: Invalid Value: the query term "${term}" is not supported by the Launch Desk local host.`,
      );
    }
  });
});

describe('Drive.Files.list paging and parameters', () => {
  function manyFiles(count: number): WorkspaceState {
    const state = newWorkspaceState();
    runOk(`for (var i = 0; i < ${count}; i++) Drive.Files.create({ name: 'f' + i });`, { state });
    return state;
  }

  it('returns 100 files a page by default and a nextPageToken that leads to the rest', () => {
    const state = manyFiles(130);
    const { value, result } = runOk(
      `
      var first = Drive.Files.list({ q: 'trashed = false' });
      var second = Drive.Files.list({ q: 'trashed = false', pageToken: first.nextPageToken });
      return [first.files.length, typeof first.nextPageToken, second.files.length, second.nextPageToken === undefined,
              second.files[0].name, Object.keys(first.files[0]).sort().join()];
    `,
      { state },
    );
    expect(value).toEqual([100, 'string', 30, true, 'f100', 'id,kind,mimeType,name']);
    expect(result.calls['Drive.Files.list']).toBe(2);
  });

  it('drops nextPageToken when fields does not ask for it, as Drive does', () => {
    const state = manyFiles(3);
    const { value } = runOk(
      `return Drive.Files.list({ pageSize: 2, fields: 'files(id,name,appProperties)' });`,
      { state },
    );
    expect(Object.keys(value as object)).toEqual(['files']);
    expect((value as { files: unknown[] }).files).toHaveLength(2);
  });

  it('takes pageSize from 1 to 1000 only, and refuses a parameter the add-on does not send', () => {
    const state = manyFiles(1);
    expect(runOk(`return Drive.Files.list({ pageSize: 1000 }).files.length;`, { state }).value).toBe(1);
    expect(failure(runScript(`Drive.Files.list({ pageSize: 1001 });`, { state }))).toBe(
      "API call to drive.files.list failed with error: Invalid value '1001'. Values must be within the range: [1, 1000]",
    );
    expect(failure(runScript(`Drive.Files.list({ pageToken: 'bogus' });`, { state }))).toMatch(
      /Invalid Value/,
    );
    expect(failure(runScript(`Drive.Files.list({ orderBy: 'name' });`, { state }))).toBe(
      'API call to drive.files.list failed with error: files.list.orderBy is not supported by the Launch Desk local host.',
    );
  });
});
