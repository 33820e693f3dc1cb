import { describe, expect, it } from 'vitest';
import { newWorkspaceState } from '../../../local/host/new-state.js';
import type { DriveFileState } from '../../../local/host/state.js';
import { failure, runOk, runScript } from './harness.js';

const FOLDER = 'application/vnd.google-apps.folder';
const DOC = 'application/vnd.google-apps.document';

/** A test blob: what Utilities.newBlob gives, reduced to what Drive reads. */
const BLOB = `function blob(text, type, name) {
  return { getDataAsString: function () { return text; }, getContentType: function () { return type; },
           getName: function () { return name || null; } };
}`;

function file(files: DriveFileState[], name: string): DriveFileState {
  const found = files.find((f) => f.name === name);
  if (!found) throw new Error(`no file named ${name}`);
  return found;
}

describe('Drive.Files.create', () => {
  it('creates folders and Docs in a parent, allows duplicate names and answers with the default fields only', () => {
    const { state, value, result } = runOk(`
      var clients = Drive.Files.create({ name: 'Clients', mimeType: '${FOLDER}' });
      var acme = Drive.Files.create({ name: 'ACME', mimeType: '${FOLDER}', parents: [clients.id] });
      var twin = Drive.Files.create({ name: 'ACME', mimeType: '${FOLDER}', parents: [clients.id] });
      var doc = Drive.Files.create({ name: 'Plan', mimeType: '${DOC}', parents: [acme.id], description: 'd',
                                     appProperties: { launchDesk: 'plan' } });
      return { clients: clients, twinIsNew: twin.id !== acme.id, doc: doc };
    `);
    const out = value as {
      clients: Record<string, unknown>;
      twinIsNew: boolean;
      doc: Record<string, unknown>;
    };
    // Without `fields`, Drive v3 answers kind, id, name and mimeType only.
    expect(Object.keys(out.clients).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(out.twinIsNew).toBe(true);
    const plan = file(state.drive.files, 'Plan');
    expect(plan.parents).toEqual([file(state.drive.files, 'ACME').id]);
    expect(plan).toMatchObject({
      mimeType: DOC,
      description: 'd',
      appProperties: { launchDesk: 'plan' },
      trashed: false,
    });
    expect(plan.doc?.blocks).toEqual([{ kind: 'paragraph', style: 'NORMAL_TEXT', text: '' }]);
    expect(plan.createdTime).toBe('2024-05-06T01:00:00.000Z');
    expect(file(state.drive.files, 'Clients').parents).toEqual(['root']);
    expect(result.calls['Drive.Files.create']).toBe(4);
  });

  it('returns the fields asked for, with webViewLink and RFC 3339 times', () => {
    const { value } = runOk(`
      var f = Drive.Files.create({ name: 'F', mimeType: '${FOLDER}' }, null, { fields: 'id,webViewLink,createdTime' });
      var d = Drive.Files.create({ name: 'D', mimeType: '${DOC}', parents: [f.id] }, null, { fields: 'id,parents,webViewLink,modifiedTime' });
      return [f, d];
    `);
    const [folder, doc] = value as Array<Record<string, unknown>>;
    expect(folder).toEqual({
      id: folder?.id,
      webViewLink: `https://drive.google.com/drive/folders/${folder?.id}`,
      createdTime: '2024-05-06T01:00:00.000Z',
    });
    expect(doc?.webViewLink).toBe(`https://docs.google.com/document/d/${doc?.id}/edit?usp=drivesdk`);
    expect(doc?.parents).toEqual([folder?.id]);
  });

  it('converts an uploaded HTML blob into a Doc', () => {
    const { state } = runOk(`${BLOB}
      Drive.Files.create({ name: 'Welcome', mimeType: '${DOC}' },
        blob('<h1>Welcome {{client}}</h1><p>Dear &amp; valued</p><table><tr><td>a</td><td>b</td></tr></table>', 'text/html'));
    `);
    const welcome = file(state.drive.files, 'Welcome');
    expect(welcome.mimeType).toBe(DOC);
    expect(welcome.doc?.blocks).toEqual([
      { kind: 'paragraph', style: 'HEADING_1', text: 'Welcome {{client}}' },
      { kind: 'paragraph', style: 'NORMAL_TEXT', text: 'Dear & valued' },
      { kind: 'table', rows: [['a', 'b']] },
      { kind: 'paragraph', style: 'NORMAL_TEXT', text: '' },
    ]);
  });

  it('stores other uploads as bytes and reports their size', () => {
    const { state, value } = runOk(`${BLOB}
      return Drive.Files.create({ name: 'notes.txt' }, blob('héllo', 'text/plain'), { fields: 'mimeType,size' });
    `);
    expect(value).toEqual({ mimeType: 'text/plain', size: '6' });
    expect(Buffer.from(file(state.drive.files, 'notes.txt').contentBase64 ?? '', 'base64').toString()).toBe(
      'héllo',
    );
  });

  it('refuses a parent that does not exist or is not a folder, and leaves no file behind', () => {
    const state = newWorkspaceState();
    expect(failure(runScript(`Drive.Files.create({ name: 'x', parents: ['nope'] });`, { state }))).toBe(
      'API call to drive.files.create failed with error: File not found: nope.',
    );
    const doc = runOk(`return Drive.Files.create({ name: 'D', mimeType: '${DOC}' }).id;`, { state })
      .value as string;
    expect(failure(runScript(`Drive.Files.create({ name: 'x', parents: ['${doc}'] });`, { state }))).toBe(
      'API call to drive.files.create failed with error: The specified parent is not a folder.',
    );
    expect(state.drive.files.map((f) => f.name)).toEqual(['D']);
  });
});

describe('Drive.Files.get', () => {
  it("throws a GoogleJsonResponseException with Drive's message for a missing id", () => {
    const { value } = runOk(`
      try { Drive.Files.get('missing-id'); } catch (e) {
        return { name: e.name, message: e.message, isError: e instanceof Error, code: e.details.code, text: String(e) };
      }
    `);
    expect(value).toEqual({
      name: 'GoogleJsonResponseException',
      message: 'API call to drive.files.get failed with error: File not found: missing-id.',
      isError: true,
      code: 404,
      text: 'GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: missing-id.',
    });
  });

  it('reads trashed files, nested field masks and refuses unknown fields', () => {
    const { value } = runOk(`
      var f = Drive.Files.create({ name: 'F', mimeType: '${FOLDER}' });
      Drive.Files.update({ trashed: true }, f.id);
      var got = Drive.Files.get(f.id, { fields: 'name,trashed,permissions(role,emailAddress),owners/emailAddress' });
      try { Drive.Files.get(f.id, { fields: 'id,webViewUrl' }); } catch (e) { return [got, e.message]; }
    `);
    expect(value).toEqual([
      {
        name: 'F',
        trashed: true,
        permissions: [{ role: 'owner', emailAddress: 'csm@example.com' }],
        owners: [{ emailAddress: 'csm@example.com' }],
      },
      'API call to drive.files.get failed with error: Invalid field selection webViewUrl',
    ]);
  });
});

describe('Drive.Files.update', () => {
  it('renames, merges appProperties (null deletes), trashes and moves between folders', () => {
    const { state, value } = runOk(`
      var a = Drive.Files.create({ name: 'A', mimeType: '${FOLDER}' });
      var b = Drive.Files.create({ name: 'B', mimeType: '${FOLDER}' });
      var d = Drive.Files.create({ name: 'Doc', mimeType: '${DOC}', parents: [a.id], appProperties: { k1: 'v1', k2: 'v2' } });
      Drive.Files.update({ name: 'Renamed', appProperties: { k1: null, k3: 'v3' } }, d.id);
      return Drive.Files.update({}, d.id, null, { addParents: b.id, removeParents: a.id, fields: 'parents,name' });
    `);
    const doc = file(state.drive.files, 'Renamed');
    expect(doc.appProperties).toEqual({ k2: 'v2', k3: 'v3' });
    expect(doc.doc?.title).toBe('Renamed');
    expect(value).toEqual({ name: 'Renamed', parents: [file(state.drive.files, 'B').id] });
  });

  it('refuses parents in the body and a second parent, as Drive does', () => {
    const state = newWorkspaceState();
    const ids = runOk(
      `var a = Drive.Files.create({ name: 'A', mimeType: '${FOLDER}' });
       var d = Drive.Files.create({ name: 'D', parents: [a.id] });
       var b = Drive.Files.create({ name: 'B', mimeType: '${FOLDER}' });
       return [d.id, b.id];`,
      { state },
    ).value as string[];
    expect(
      failure(runScript(`Drive.Files.update({ parents: ['${ids[1]}'] }, '${ids[0]}');`, { state })),
    ).toMatch(/The parents field is not directly writable in update requests/);
    expect(
      failure(
        runScript(`Drive.Files.update({}, '${ids[0]}', null, { addParents: '${ids[1]}' });`, { state }),
      ),
    ).toBe(
      'API call to drive.files.update failed with error: Increasing the number of parents is not allowed.',
    );
  });

  it('moves modifiedTime with the clock', () => {
    const state = newWorkspaceState();
    const id = runOk(`return Drive.Files.create({ name: 'D' }).id;`, { state }).value as string;
    runOk(`Drive.Files.update({ description: 'later' }, '${id}');`, {
      state,
      execution: { now: '2024-05-07T00:00:00Z' },
    });
    expect(file(state.drive.files, 'D')).toMatchObject({
      createdTime: '2024-05-06T01:00:00.000Z',
      modifiedTime: '2024-05-07T00:00:00.000Z',
      description: 'later',
    });
  });
});

describe('Drive.Files.copy and remove', () => {
  it('copies a Doc with its content, a new name and parents, or "Copy of" next to the original', () => {
    const { state } = runOk(`${BLOB}
      var tpl = Drive.Files.create({ name: 'Templates', mimeType: '${FOLDER}' });
      var acme = Drive.Files.create({ name: 'ACME', mimeType: '${FOLDER}' });
      var master = Drive.Files.create({ name: 'Master', mimeType: '${DOC}', parents: [tpl.id], appProperties: { kind: 'master' } },
                                      blob('<p>Hi {{name}}</p>', 'text/html'));
      Drive.Files.copy({ name: 'ACME plan', parents: [acme.id] }, master.id);
      Drive.Files.copy({}, master.id);
    `);
    const master = file(state.drive.files, 'Master');
    const copy = file(state.drive.files, 'ACME plan');
    expect(copy.parents).toEqual([file(state.drive.files, 'ACME').id]);
    expect(copy.doc?.blocks).toEqual(master.doc?.blocks);
    expect(copy.doc?.blocks).not.toBe(master.doc?.blocks);
    expect(copy.appProperties).toEqual({ kind: 'master' });
    expect(copy.permissions.map((p) => p.role)).toEqual(['owner']);
    expect(file(state.drive.files, 'Copy of Master').parents).toEqual(master.parents);
  });

  it('removes a folder with what it holds', () => {
    const { state } = runOk(`
      var a = Drive.Files.create({ name: 'A', mimeType: '${FOLDER}' });
      var b = Drive.Files.create({ name: 'B', mimeType: '${FOLDER}', parents: [a.id] });
      Drive.Files.create({ name: 'C', parents: [b.id] });
      Drive.Files.create({ name: 'Keep' });
      Drive.Files.remove(a.id);
    `);
    expect(state.drive.files.map((f) => f.name)).toEqual(['Keep']);
  });
});
