import { describe, expect, it } from 'vitest';
import { newWorkspaceState } from '../../../local/host/new-state.js';
import { MANIFEST_SCOPES } from '../../../src/core/manifest.js';
import { failure, runOk, runScript } from './harness.js';

describe('the workspace globals', () => {
  it('leaves Drive and Docs undefined when the manifest does not enable the advanced services', () => {
    const state = newWorkspaceState();
    state.advancedServices = ['Docs'];
    const { value } = runOk(
      `return [typeof Drive, typeof Docs, typeof MailApp, typeof ScriptApp, 'Drive' in this];`,
      { state },
    );
    expect(value).toEqual(['undefined', 'object', 'object', 'object', false]);
    state.advancedServices = [];
    expect(runOk(`return typeof Docs;`, { state }).value).toBe('undefined');
  });

  it('counts every call by service and method', () => {
    const { result } = runOk(`
      var f = Drive.Files.create({ name: 'F', mimeType: 'application/vnd.google-apps.folder' });
      Drive.Files.list({ q: 'trashed = false' });
      MailApp.getRemainingDailyQuota();
      ScriptApp.getScriptId();
      ScriptApp.AuthMode.FULL.toString();
    `);
    expect(result.calls).toEqual({
      'Drive.Files.create': 1,
      'Drive.Files.list': 1,
      'MailApp.getRemainingDailyQuota': 1,
      'ScriptApp.getScriptId': 1,
    });
    expect(result.callLog).toEqual([
      'Drive.Files.create',
      'Drive.Files.list',
      'MailApp.getRemainingDailyQuota',
      'ScriptApp.getScriptId',
    ]);
  });

  it('throws an injected fault before the call has any effect, keeping earlier writes', () => {
    const state = newWorkspaceState();
    const outcome = runScript(
      `Drive.Files.create({ name: 'kept' });
       MailApp.sendEmail('a@acme.test', 's', 'b');
       Drive.Files.create({ name: 'never' });`,
      {
        state,
        execution: {
          fail: ({ name }) => (name === 'MailApp.sendEmail' ? 'Service unavailable: Mail' : undefined),
        },
      },
    );
    expect(failure(outcome)).toBe('Service unavailable: Mail');
    expect(state.drive.files.map((f) => f.name)).toEqual(['kept']);
    expect(state.mail.sent).toEqual([]);
    expect(outcome.result.callLog).toEqual(['Drive.Files.create', 'MailApp.sendEmail']);
  });

  it('can fail the k-th call, e.g. a Docs batchUpdate hitting the per-minute write quota', () => {
    const state = newWorkspaceState();
    const outcome = runScript(
      `var d = Docs.Documents.create({ title: 'T' });
       try { Docs.Documents.batchUpdate({ requests: [{ insertText: { endOfSegmentLocation: {}, text: 'x' } }] }, d.documentId); }
       catch (e) { return e instanceof Error ? e.message : 'not an Error'; }`,
      { state, execution: { fail: 2 } },
    );
    expect(outcome.value).toBe('Injected fault at call 2 (Docs.Documents.batchUpdate)');
    expect(state.drive.files[0]?.doc?.blocks).toEqual([
      { kind: 'paragraph', style: 'NORMAL_TEXT', text: '' },
    ]);
  });

  it('refuses Drive, mail and triggers outside FULL authorization, naming the scope', () => {
    for (const [call, message] of [
      [
        `Drive.Files.list({})`,
        'Drive.Files.list. Required permissions: https://www.googleapis.com/auth/drive.file',
      ],
      [
        `Docs.Documents.create({})`,
        'Docs.Documents.create. Required permissions: https://www.googleapis.com/auth/drive.file',
      ],
      [
        `MailApp.sendEmail('a@acme.test', 's', 'b')`,
        'MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
      ],
      [
        `ScriptApp.getProjectTriggers()`,
        'ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
      ],
    ]) {
      expect(failure(runScript(`${call};`, { execution: { authMode: 'NONE' } }))).toBe(
        `You do not have permission to call ${message}`,
      );
      expect(failure(runScript(`${call};`, { execution: { authMode: 'LIMITED' } }))).toMatch(
        /^You do not have permission/,
      );
    }
    // Reading the enums and the authorization state needs no authorization: onOpen may do it.
    expect(runOk(`return String(ScriptApp.AuthMode.NONE);`, { execution: { authMode: 'NONE' } }).value).toBe(
      'NONE',
    );
  });

  it('refuses a service whose scope the user did not grant (granular consent)', () => {
    const state = newWorkspaceState();
    state.grantedScopes = MANIFEST_SCOPES.filter((scope) => !scope.endsWith('/drive.file'));
    expect(failure(runScript(`Drive.Files.create({ name: 'x' });`, { state }))).toBe(
      'You do not have permission to call Drive.Files.create. Required permissions: https://www.googleapis.com/auth/drive.file',
    );
    expect(state.drive.files).toEqual([]);
    runOk(`MailApp.sendEmail('a@acme.test', 's', 'b');`, { state });
    expect(state.mail.sent).toHaveLength(1);
  });
});
