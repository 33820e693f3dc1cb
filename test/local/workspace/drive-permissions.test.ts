import { describe, expect, it } from 'vitest';
import { newWorkspaceState } from '../../../local/host/new-state.js';
import { failure, runOk, runScript } from './harness.js';

/** A workspace where Drive knows `client@acme.test` as a Google account. */
function withClientAccount() {
  const state = newWorkspaceState();
  state.drive.googleAccounts = ['client@acme.test'];
  return state;
}

describe('Drive.Permissions', () => {
  it('shares a file with a user once, changes the role on a second grant and lists owner first', () => {
    const { state, value, result } = runOk(
      `
      var f = Drive.Files.create({ name: 'Plan' });
      var p = Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'client@acme.test' }, f.id,
                                       { sendNotificationEmail: false });
      Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'CLIENT@acme.test' }, f.id, { sendNotificationEmail: false });
      Drive.Permissions.create({ type: 'anyone', role: 'reader' }, f.id);
      return [p, Drive.Permissions.list(f.id), Drive.Permissions.list(f.id, { fields: 'permissions(role)' })];
    `,
      { state: withClientAccount() },
    );
    const [created, listed, masked] = value as [
      Record<string, unknown>,
      { permissions: Array<Record<string, unknown>> },
      unknown,
    ];
    expect(created).toMatchObject({
      kind: 'drive#permission',
      type: 'user',
      role: 'reader',
      emailAddress: 'client@acme.test',
    });
    expect(listed.permissions.map((p) => [p.type, p.role, p.emailAddress])).toEqual([
      ['user', 'owner', 'csm@example.com'],
      ['user', 'writer', 'client@acme.test'],
      ['anyone', 'reader', undefined],
    ]);
    expect(masked).toEqual({ permissions: [{ role: 'owner' }, { role: 'writer' }, { role: 'reader' }] });
    expect(state.drive.files[0]?.permissions).toHaveLength(3);
    // Drive's own notification mail is not MailApp's: nothing is sent and no quota is used.
    expect(state.mail.sent).toEqual([]);
    expect(result.calls['Drive.Permissions.create']).toBe(3);
  });

  it('refuses a user permission without an address, ownership without transferOwnership and a missing file', () => {
    const { state } = runOk(`Drive.Files.create({ name: 'Plan' });`);
    const id = state.drive.files[0]?.id ?? '';
    expect(
      failure(runScript(`Drive.Permissions.create({ type: 'user', role: 'reader' }, '${id}');`, { state })),
    ).toMatch(/^API call to drive\.permissions\.create failed with error: .*emailAddress/);
    expect(
      failure(
        runScript(
          `Drive.Permissions.create({ type: 'user', role: 'owner', emailAddress: 'a@b.co' }, '${id}');`,
          { state },
        ),
      ),
    ).toMatch(/transferOwnership/);
    expect(failure(runScript(`Drive.Permissions.list('nope');`, { state }))).toBe(
      'API call to drive.permissions.list failed with error: File not found: nope.',
    );
  });

  it('refuses to share silently with an address that has no Google account, as Drive does', () => {
    const { state } = runOk(`Drive.Files.create({ name: 'Plan' });`);
    const id = state.drive.files[0]?.id ?? '';
    const silent = runScript(
      `try {
        Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'lan@example.tw' }, '${id}',
                                 { sendNotificationEmail: false });
      } catch (e) { return [e.name, e.message, e.details.code, e.details.errors[0].reason]; }`,
      { state },
    );
    expect(silent.value).toEqual([
      'GoogleJsonResponseException',
      'API call to drive.permissions.create failed with error: Bad Request. User message: "You are trying to invite lan@example.tw. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."',
      400,
      'invalidSharingRequest',
    ]);
    expect(state.drive.files[0]?.permissions).toHaveLength(1);
    // With the notification on (the default for users), Drive shares and mails its invitation.
    runOk(
      `Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'lan@example.tw' }, '${id}');`,
      { state },
    );
    expect(state.drive.files[0]?.permissions[1]).toMatchObject({
      emailAddress: 'lan@example.tw',
      role: 'reader',
      notified: true,
    });
    // The user's own address is a Google account; a notification flag for `anyone` is refused.
    runOk(
      `Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'CSM@example.com' }, '${id}',
                                 { sendNotificationEmail: false });`,
      { state },
    );
    expect(
      failure(
        runScript(
          `Drive.Permissions.create({ type: 'anyone', role: 'reader' }, '${id}', { sendNotificationEmail: false });`,
          { state },
        ),
      ),
    ).toMatch(/sendNotificationEmail is only allowed for user and group/);
  });
});
