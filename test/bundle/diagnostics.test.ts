import { describe, expect, it } from 'vitest';
import { clockEvent, fireDueTriggers } from '../../local/host/scheduler.js';
import type { DiagnosticsReport } from '../../src/shared/diagnostics';
import { memoryHost } from '../support/bundle-host.js';
import { clientInput } from '../support/onboard-fixtures.js';

const NOW = Date.parse('2027-03-01T01:00:00.000Z');

async function setUp(locale = 'en_US') {
  const hosted = memoryHost({ locale });
  const setup = await hosted.host.run('setupTracker', [{}], { now: NOW });
  expect(setup.error).toBeUndefined();
  return hosted;
}

async function diagnose(host: Awaited<ReturnType<typeof setUp>>['host'], now = NOW) {
  const result = await host.run('runDiagnostics', [], { now });
  expect(result.error).toBeUndefined();
  const report = result.value as DiagnosticsReport;
  return {
    report,
    status: Object.fromEntries(report.checks.map((check) => [check.id, check.status])),
    result,
  };
}

describe('runDiagnostics in the memory host', () => {
  it('finds the host as Apps Script is documented, logs a row per check, and proves a time-driven run', async () => {
    const { host, backend } = await setUp();
    const first = await diagnose(host);
    // The contract: the hosts behave as the diagnostics expect of Apps Script.
    expect(first.status).toEqual({
      'runtime.intl': 'pass',
      'runtime.globals': 'pass',
      'runtime.timeZones': 'pass',
      'manifest.scopes': 'pass',
      'manifest.services': 'pass',
      'spreadsheet.locale': 'pass',
      'spreadsheet.sheets': 'pass',
      'spreadsheet.values': 'pass',
      'drive.folders': 'warn',
      'drive.templates': 'warn',
      'triggers.installed': 'warn',
      'triggers.timeDriven': 'warn',
      'mail.quota': 'pass',
      'mail.sender': 'pass',
    });
    expect(first.report.ok).toBe(true);
    expect(first.result.ui.toasts).toEqual([
      'Launch Desk: 10 passed, 4 warnings, 0 failed: see the Log sheet.',
    ]);
    const log = backend.state.spreadsheet.sheets.find((sheet) => sheet.name === 'Log');
    const rows = (log?.rows ?? []).filter((row) => row[1] === 'diagnostics');
    expect(rows).toHaveLength(first.report.checks.length);
    expect(rows.map((row) => row[4])).toContain('warning');
    expect(backend.state.triggers.map((trigger) => trigger.handler)).toEqual(['diagnosticsProbe']);

    // A second run before the probe fired schedules nothing more.
    await diagnose(host);
    expect(backend.state.triggers).toHaveLength(1);
    // An add-on's one-off trigger comes an hour later at the soonest.
    expect(await fireDueTriggers(host, NOW + 2 * 60_000)).toEqual([]);
    expect(await fireDueTriggers(host, NOW + 61 * 60_000)).toEqual(['diagnosticsProbe: ok']);
    const second = await diagnose(host, NOW + 62 * 60_000);
    expect(second.status['triggers.timeDriven']).toBe('pass');
    // The host takes the strictest reading of a time-driven run, and says so.
    expect(second.report.checks.find((check) => check.id === 'triggers.timeDriven')?.message).toContain(
      'The time-driven run saw no active spreadsheet, no document properties, no document lock.',
    );
    expect(backend.state.triggers).toEqual([]);
  });

  it('lets the daily trigger take the one time-driven slot, and takes its runs as the proof', async () => {
    const { host, backend } = await setUp();
    await diagnose(host); // schedules the probe: the add-on's one time-driven trigger
    const install = await host.run('installTriggers', [], { now: NOW });
    expect(install.value).toMatchObject({ ok: true });
    expect(backend.state.triggers.map((trigger) => trigger.handler)).toEqual(['runDailyJob']);
    const waiting = await diagnose(host);
    expect(waiting.status).toMatchObject({ 'triggers.installed': 'pass', 'triggers.timeDriven': 'warn' });
    expect(backend.state.triggers.map((trigger) => trigger.handler)).toEqual(['runDailyJob']);
    // A run from the menu or the sidebar is no proof; the trigger's own run is.
    await host.run('runDailyJob', [], { now: NOW });
    expect((await diagnose(host)).status['triggers.timeDriven']).toBe('warn');
    const nextMorning = NOW + 24 * 3_600_000;
    expect(await fireDueTriggers(host, nextMorning)).toEqual(['runDailyJob: ok']);
    const proven = await diagnose(host, nextMorning);
    expect(proven.status).toMatchObject({ 'triggers.installed': 'pass', 'triggers.timeDriven': 'pass' });
  });

  it('fails a daily trigger Apps Script disabled: it stops running, which the daily job notices', async () => {
    const { host, backend } = await setUp();
    await host.run('installTriggers', [], { now: NOW });
    for (const trigger of backend.state.triggers) trigger.disabled = true;
    const threeDaysLater = NOW + 3 * 24 * 3_600_000;
    expect(await fireDueTriggers(host, threeDaysLater)).toEqual([]);
    const { report } = await diagnose(host, threeDaysLater);
    expect(report.ok).toBe(false);
    expect(report.checks.find((check) => check.id === 'triggers.installed')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('has not run for over two days'),
    });
  });

  it('does not blame the trigger when it fires but the job fails: the sheet is named instead', async () => {
    const { host, backend } = await setUp();
    await host.run('installTriggers', [], { now: NOW });
    const milestones = backend.state.spreadsheet.sheets.find((sheet) => sheet.name === 'Milestones');
    const header = milestones?.rows[0] ?? [];
    header[header.indexOf('Due')] = 'Due (old)';
    for (let day = 1; day <= 3; day++) {
      expect(await fireDueTriggers(host, NOW + day * 24 * 3_600_000)).toEqual(['runDailyJob: ok']);
    }
    const { status } = await diagnose(host, NOW + 3 * 24 * 3_600_000 + 60_000);
    expect(status).toMatchObject({
      'triggers.installed': 'pass',
      'triggers.timeDriven': 'pass',
      'spreadsheet.sheets': 'fail',
    });
  });

  it('names a missing scope, a disabled advanced service and an empty mail quota', async () => {
    const { host, backend } = await setUp('zh_TW');
    backend.state.grantedScopes = backend.state.grantedScopes.filter(
      (scope) => !scope.endsWith('drive.file'),
    );
    backend.state.advancedServices = ['Docs'];
    backend.state.mail.dailyQuota = 0;
    const { report, status } = await diagnose(host);
    expect(report.ok).toBe(false);
    expect(status).toMatchObject({
      'manifest.scopes': 'fail',
      'manifest.services': 'fail',
      'mail.quota': 'fail',
    });
    const byId = Object.fromEntries(report.checks.map((check) => [check.id, check]));
    expect(byId['manifest.scopes']?.message).toBe('尚未授權：https://www.googleapis.com/auth/drive.file。');
    expect(byId['manifest.services']?.message).toContain('Drive v3');
    expect(byId['mail.quota']?.fix).toMatch(/100/);
  });

  it('names a deleted header and a missing sheet', async () => {
    const { host, backend } = await setUp();
    const sheets = backend.state.spreadsheet.sheets;
    const clients = sheets.find((sheet) => sheet.name === 'Clients');
    const header = clients?.rows[0] ?? [];
    header[header.indexOf('Contact email')] = '';
    backend.state.spreadsheet.sheets = sheets.filter((sheet) => sheet.name !== 'Playbook');
    const { report } = await diagnose(host);
    const sheetsCheck = report.checks.find((check) => check.id === 'spreadsheet.sheets');
    expect(sheetsCheck?.status).toBe('fail');
    expect(sheetsCheck?.message).toMatch(/sheet "Playbook" is missing/);
    expect(sheetsCheck?.message).toMatch(/Contact email/);
  });

  it('opens the stored folders and masters once onboarding made them, and names a deleted master', async () => {
    const { host, backend } = await setUp();
    const onboard = await host.run('onboardClient', [clientInput()], { now: NOW });
    expect(onboard.value).toMatchObject({ ok: true });
    const passing = await diagnose(host);
    expect(passing.status).toMatchObject({ 'drive.folders': 'pass', 'drive.templates': 'pass' });
    expect(passing.report.checks.find((check) => check.id === 'drive.templates')?.message).toBe(
      'All 14 masters are readable.',
    );
    const newsletter = backend.state.drive.files.find((file) => file.name === 'Newsletter (en)');
    expect(newsletter).toBeDefined();
    if (newsletter) newsletter.trashed = true;
    const failing = await diagnose(host);
    expect(failing.report.checks.find((check) => check.id === 'drive.templates')).toMatchObject({
      status: 'fail',
      message: 'Masters not readable: Newsletter (en) (deleted or in the trash).',
    });
  });

  it('records a time-driven run that cannot open the spreadsheet', async () => {
    const { host, backend } = await setUp();
    await diagnose(host);
    const [trigger] = backend.state.triggers;
    const firesAt = NOW + 61 * 60_000;
    const probe = await host.run('diagnosticsProbe', [clockEvent(trigger?.id ?? '', firesAt)], {
      now: firesAt,
      context: 'trigger',
      fail: ({ name }) =>
        name.endsWith('openById') ? 'Authorization is required to perform that action.' : undefined,
    });
    expect(probe.error).toBeUndefined();
    const { report } = await diagnose(host, firesAt + 60_000);
    expect(report.checks.find((check) => check.id === 'triggers.timeDriven')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('Authorization is required'),
    });
  });
});
