import { beforeEach, describe, expect, it } from 'vitest';
import { newWorkspaceState } from '../../../local/host/new-state.js';
import type { WorkspaceState } from '../../../local/host/state.js';
import { failure, runOk, runScript } from './harness.js';

const FOLDER = 'application/vnd.google-apps.folder';
const DOC = 'application/vnd.google-apps.document';

/** A Drive with a client folder holding two Docs (one tagged), a trashed Doc and a name with a quote. */
function seeded(): { state: WorkspaceState; ids: Record<string, string> } {
  const state = newWorkspaceState();
  const ids = runOk(
    `var root = Drive.Files.create({ name: 'Launch Desk', mimeType: '${FOLDER}' });
     var acme = Drive.Files.create({ name: 'ACME', mimeType: '${FOLDER}', parents: [root.id] });
     var plan = Drive.Files.create({ name: 'Launch plan', mimeType: '${DOC}', parents: [acme.id],
                                     appProperties: { clientId: 'c-1', kind: 'plan' } });
     var notes = Drive.Files.create({ name: 'Notes', mimeType: '${DOC}', parents: [acme.id], appProperties: { clientId: 'c-2' } });
     var old = Drive.Files.create({ name: 'Old plan', mimeType: '${DOC}', parents: [acme.id] });
     Drive.Files.update({ trashed: true }, old.id);
     var quote = Drive.Files.create({ name: "O'Brien \\\\ Co", mimeType: '${FOLDER}', parents: [root.id] });
     return { root: root.id, acme: acme.id, plan: plan.id, notes: notes.id, old: old.id, quote: quote.id };`,
    { state },
  ).value as Record<string, string>;
  return { state, ids };
}

/** The names `files.list` returns for `q`. */
function names(state: WorkspaceState, q: string, extra = ''): string[] {
  const { value } = runOk(
    `return Drive.Files.list({ q: a${extra} }).files.map(function (f) { return f.name; });`,
    {
      state,
      args: [q],
    },
  );
  return value as string[];
}

describe('Drive.Files.list q', () => {
  let state: WorkspaceState;
  let ids: Record<string, string>;
  beforeEach(() => {
    ({ state, ids } = seeded());
  });

  it('finds children of a folder, trashed ones included unless trashed = false', () => {
    expect(names(state, `'${ids.acme}' in parents`)).toEqual(['Launch plan', 'Notes', 'Old plan']);
    expect(names(state, `'${ids.acme}' in parents and trashed = false`)).toEqual(['Launch plan', 'Notes']);
    expect(names(state, `trashed = true`)).toEqual(['Old plan']);
  });

  it("matches names exactly, with \\' and \\\\ escapes", () => {
    expect(names(state, `name = 'Notes' and mimeType = '${DOC}'`)).toEqual(['Notes']);
    expect(names(state, `name = 'notes'`)).toEqual([]);
    expect(names(state, `name = 'O\\'Brien \\\\ Co'`)).toEqual(["O'Brien \\ Co"]);
    expect(names(state, `mimeType = '${FOLDER}' and name != 'ACME'`)).toEqual([
      'Launch Desk',
      "O'Brien \\ Co",
    ]);
  });

  it('matches appProperties by key and value', () => {
    expect(names(state, `appProperties has { key='clientId' and value='c-1' }`)).toEqual(['Launch plan']);
    expect(
      names(
        state,
        `appProperties has { key='clientId' and value='c-1' } and appProperties has { key='kind' and value='x' }`,
      ),
    ).toEqual([]);
    expect(names(state, `properties has { key='clientId' and value='c-1' }`)).toEqual([]);
  });

  it('supports or, not, parentheses, contains by prefix and time comparisons', () => {
    expect(names(state, `(name = 'Notes' or name = 'ACME') and not mimeType = '${FOLDER}'`)).toEqual([
      'Notes',
    ]);
    expect(names(state, `name contains 'plan'`)).toEqual(['Launch plan', 'Old plan']);
    expect(names(state, `name contains 'lan'`)).toEqual([]);
    expect(names(state, `modifiedTime > '2024-05-06T00:00:00' and name = 'Notes'`)).toEqual(['Notes']);
    expect(names(state, `createdTime < '2024-01-01T00:00:00Z'`)).toEqual([]);
  });

  it('refuses what Drive cannot parse with Invalid Value', () => {
    for (const q of [
      `name = Notes`,
      `title = 'x'`,
      `'x' in parents and`,
      `name = 'unterminated`,
      `name ~ 'x'`,
    ]) {
      expect(failure(runScript(`Drive.Files.list({ q: a });`, { state, args: [q] }))).toBe(
        'API call to drive.files.list failed with error: Invalid Value',
      );
    }
  });

  it('orders by name or creation time on request', () => {
    expect(names(state, `'${ids.acme}' in parents`, `, orderBy: 'name desc'`)).toEqual([
      'Old plan',
      'Notes',
      'Launch plan',
    ]);
    expect(names(state, `mimeType = '${FOLDER}'`, `, orderBy: 'folder,name'`)).toEqual([
      'ACME',
      'Launch Desk',
      "O'Brien \\ Co",
    ]);
    expect(failure(runScript(`Drive.Files.list({ orderBy: 'size' });`, { state }))).toMatch(/Invalid Value/);
  });
});

describe('Drive.Files.list paging and fields', () => {
  function manyFiles(count: number): WorkspaceState {
    const state = newWorkspaceState();
    runOk(`for (var i = 0; i < ${count}; i++) Drive.Files.create({ name: 'f' + i });`, { state });
    return state;
  }

  it('returns 100 files a page by default and a nextPageToken that leads to the rest', () => {
    const state = manyFiles(130);
    const { value, result } = runOk(
      `
      var first = Drive.Files.list({});
      var second = Drive.Files.list({ pageToken: first.nextPageToken });
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

  it('takes pageSize from 1 to 1000 only', () => {
    const state = manyFiles(1);
    expect(runOk(`return Drive.Files.list({ pageSize: 1000 }).files.length;`, { state }).value).toBe(1);
    expect(failure(runScript(`Drive.Files.list({ pageSize: 1001 });`, { state }))).toBe(
      "API call to drive.files.list failed with error: Invalid value '1001'. Values must be within the range: [1, 1000]",
    );
    expect(failure(runScript(`Drive.Files.list({ pageToken: 'bogus' });`, { state }))).toMatch(
      /Invalid Value/,
    );
  });

  it('treats a file inside a trashed folder as trashed', () => {
    const { value } = runOk(`
      var f = Drive.Files.create({ name: 'F', mimeType: '${FOLDER}' });
      Drive.Files.create({ name: 'inside', parents: [f.id] });
      Drive.Files.update({ trashed: true }, f.id);
      return Drive.Files.list({ q: "trashed = false" }).files.length;
    `);
    expect(value).toBe(0);
  });
});
