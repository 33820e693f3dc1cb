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
      var doc = Drive.Files.create({ name: 'Plan', mimeType: '${DOC}', parents: [acme.id],
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
      appProperties: { launchDesk: 'plan' },
      trashed: false,
    });
    expect(plan.doc?.blocks).toEqual([{ kind: 'paragraph', style: 'NORMAL_TEXT', text: '' }]);
    expect(plan.createdTime).toBe('2024-05-06T01:00:00.000Z');
    expect(file(state.drive.files, 'Clients').parents).toEqual(['root']);
    expect(result.calls['Drive.Files.create']).toBe(4);
  });

  it('returns the fields the add-on asks for, with RFC 3339 times', () => {
    const { value } = runOk(`${BLOB}
      var f = Drive.Files.create({ name: 'F', mimeType: '${FOLDER}', appProperties: { launchDesk: 'root' } });
      var d = Drive.Files.create({ name: 'D', mimeType: '${DOC}', parents: [f.id] }, blob('<p>x</p>', 'text/html'),
                                 { fields: 'id,name,mimeType,modifiedTime' });
      return [Drive.Files.get(f.id, { fields: 'id,name,mimeType,appProperties,createdTime,modifiedTime,trashed' }), d];
    `);
    const [folder, doc] = value as Array<Record<string, unknown>>;
    expect(folder).toEqual({
      id: folder?.id,
      name: 'F',
      mimeType: FOLDER,
      appProperties: { launchDesk: 'root' },
      createdTime: '2024-05-06T01:00:00.000Z',
      modifiedTime: '2024-05-06T01:00:00.000Z',
      trashed: false,
    });
    expect(doc).toEqual({ id: doc?.id, name: 'D', mimeType: DOC, modifiedTime: '2024-05-06T01:00:00.000Z' });
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

  it('refuses an upload other than HTML into a Doc, naming its types, and leaves no file behind', () => {
    const state = newWorkspaceState();
    expect(
      failure(
        runScript(`${BLOB} Drive.Files.create({ name: 'n.txt' }, blob('hi', 'text/plain'));`, { state }),
      ),
    ).toBe(
      'API call to drive.files.create failed with error: Uploading text/plain into a text/plain is not supported by the Launch Desk local host.',
    );
    expect(
      failure(
        runScript(
          `${BLOB} Drive.Files.create({ name: 'n', mimeType: '${DOC}' }, blob('hi', 'text/plain'));`,
          { state },
        ),
      ),
    ).toBe(
      `API call to drive.files.create failed with error: Uploading text/plain into a ${DOC} is not supported by the Launch Desk local host.`,
    );
    expect(state.drive.files).toEqual([]);
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

  it('reads a trashed file, with trashed: true', () => {
    const state = newWorkspaceState();
    const id = runOk(`return Drive.Files.create({ name: 'F', mimeType: '${FOLDER}' }).id;`, { state }).value;
    const folder = state.drive.files[0];
    if (folder) folder.trashed = true;
    expect(
      runOk(`return Drive.Files.get(a, { fields: 'name,trashed' });`, { state, args: [id] }).value,
    ).toEqual({
      name: 'F',
      trashed: true,
    });
  });

  it('refuses every field selection the add-on does not make, naming it', () => {
    const state = newWorkspaceState();
    const id = runOk(`return Drive.Files.create({ name: 'F' }).id;`, { state }).value;
    const served = 'kind, id, name, mimeType, trashed, createdTime, modifiedTime, appProperties';
    for (const [fields, named] of [
      ['id,webViewLink', 'webViewLink'],
      ['parents', 'parents'],
      ['*', '*'],
      ['owners/emailAddress', 'owners/emailAddress'],
      ['permissions(role)', 'permissions(role)'],
    ]) {
      expect(failure(runScript(`Drive.Files.get(a, { fields: b });`, { state, args: [id, fields] }))).toBe(
        `API call to drive.files.get failed with error: Invalid field selection ${named}: the Launch Desk local host serves only ${served}.`,
      );
    }
    for (const [fields, message] of [
      [
        'files',
        'Invalid field selection files: the Launch Desk local host needs its fields named, as in files(id,name).',
      ],
      ['items(id)', 'Invalid field selection items'],
      ['files(id,size)', `Invalid field selection size: the Launch Desk local host serves only ${served}.`],
      [
        'nextPageToken,files(id),etag',
        'Invalid field selection etag: the Launch Desk local host serves only kind, incompleteSearch, nextPageToken, files.',
      ],
    ]) {
      expect(failure(runScript(`Drive.Files.list({ fields: a });`, { state, args: [fields] }))).toBe(
        `API call to drive.files.list failed with error: ${message}`,
      );
    }
    expect(failure(runScript(`Drive.Files.get(a, { alt: 'media' });`, { state, args: [id] }))).toBe(
      'API call to drive.files.get failed with error: Drive.Files parameter.alt is not supported by the Launch Desk local host.',
    );
  });
});

describe('Drive.Files.update', () => {
  it('renames a file (and its Doc) and moves modifiedTime with the clock', () => {
    const state = newWorkspaceState();
    const id = runOk(`return Drive.Files.create({ name: 'D', mimeType: '${DOC}' }).id;`, { state }).value;
    runOk(`Drive.Files.update({ name: 'Renamed' }, a);`, {
      state,
      args: [id],
      execution: { now: '2024-05-07T00:00:00Z' },
    });
    const doc = file(state.drive.files, 'Renamed');
    expect(doc.doc?.title).toBe('Renamed');
    expect(doc).toMatchObject({
      createdTime: '2024-05-06T01:00:00.000Z',
      modifiedTime: '2024-05-07T00:00:00.000Z',
    });
  });

  it('refuses every other change, naming it', () => {
    const state = newWorkspaceState();
    const id = runOk(`return Drive.Files.create({ name: 'D' }).id;`, { state }).value;
    for (const field of ['parents', 'trashed', 'description', 'appProperties']) {
      expect(
        failure(
          runScript(`var r = {}; r[b] = 'x'; Drive.Files.update(r, a);`, {
            state,
            args: [id, field],
          }),
        ),
      ).toBe(
        `API call to drive.files.update failed with error: files.update resource.${field} is not supported by the Launch Desk local host.`,
      );
    }
    expect(
      failure(runScript(`Drive.Files.update({}, a, null, { addParents: 'root' });`, { state, args: [id] })),
    ).toBe(
      'API call to drive.files.update failed with error: Drive.Files parameter.addParents is not supported by the Launch Desk local host.',
    );
    expect(file(state.drive.files, 'D').description).toBeUndefined();
  });
});

describe('Drive.Files.copy', () => {
  it('copies a Doc with its content, a new name and parents, or "Copy of" next to the original', () => {
    const { state } = runOk(`${BLOB}
      var tpl = Drive.Files.create({ name: 'Templates', mimeType: '${FOLDER}' });
      var acme = Drive.Files.create({ name: 'ACME', mimeType: '${FOLDER}' });
      var master = Drive.Files.create({ name: 'Master', mimeType: '${DOC}', parents: [tpl.id], appProperties: { kind: 'master', setup: 's' } },
                                      blob('<p>Hi {{name}}</p>', 'text/html'));
      Drive.Files.copy({ name: 'ACME plan', parents: [acme.id], appProperties: { setup: null, client: 'acme' } }, master.id);
      Drive.Files.copy({}, master.id);
    `);
    const master = file(state.drive.files, 'Master');
    const copy = file(state.drive.files, 'ACME plan');
    expect(copy.parents).toEqual([file(state.drive.files, 'ACME').id]);
    expect(copy.doc?.blocks).toEqual(master.doc?.blocks);
    expect(copy.doc?.blocks).not.toBe(master.doc?.blocks);
    expect(copy.appProperties).toEqual({ kind: 'master', client: 'acme' });
    expect(copy.permissions.map((p) => p.role)).toEqual(['owner']);
    expect(file(state.drive.files, 'Copy of Master').parents).toEqual(master.parents);
  });
});
