import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../local/host/state.js';
import { DIAGNOSTIC_MESSAGES } from '../../src/shared/messages/diagnostics.js';
import { MESSAGES } from '../../src/shared/messages/index.js';
import { DIGEST_MAIL } from '../../src/shared/messages/mail.js';
import { SIDEBAR_MESSAGES } from '../../src/shared/messages/sidebar.js';
import { DIST, memoryHost } from '../support/bundle-host.js';
import { LUMEN_LAMPS, seedClient } from '../support/seed-client.js';

const NOW = '2026-03-02T02:00:00Z';
const TODAY = '2026-03-02';
describe('dist/Sidebar.html', () => {
  const path = join(DIST, 'Sidebar.html');
  const html = readFileSync(path, 'utf8');

  it('stays under 80 KB with its script and styles inlined', () => {
    expect(statSync(path).size).toBeLessThan(80 * 1024);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link[^>]*\shref=/i);
  });

  it("carries the sidebar's texts from the catalogue and none of the server's", () => {
    for (const text of [SIDEBAR_MESSAGES.onboardTitle, SIDEBAR_MESSAGES.diagnosticsIntro])
      for (const language of ['zh-TW', 'en'] as const) expect(html).toContain(text[language]);
    for (const text of [DIAGNOSTIC_MESSAGES.runtimeIntlFix, MESSAGES.tooTight, DIGEST_MAIL.reviewHow])
      for (const language of ['zh-TW', 'en'] as const) expect(html).not.toContain(text[language]);
  });

  it('loads nothing from elsewhere: no CDN, no web font, no remote image', () => {
    expect(html).not.toMatch(/@import|@font-face|url\(\s*['"]?https?:/i);
    expect(html).not.toMatch(/(src|href)=["']https?:/i);
  });
});

/** A memory tracker with one client whose milestones before today are done, and a note on one. */
async function trackerWithClient() {
  const { host, backend } = memoryHost({ locale: 'en_US', timeZone: 'Asia/Taipei' });
  await host.run('setupTracker', [{}], { now: NOW });
  seedClient(backend.state, 'C0001', LUMEN_LAMPS, '2026-01-12', TODAY);
  const sheet = backend.state.spreadsheet.sheets.find((s) => s.name === 'Milestones');
  const header = (sheet?.rows[0] ?? []).map(String);
  const rows = sheet?.rows.slice(1) ?? [];
  const col = (name: string) => header.indexOf(name);
  const launchDay = rows.find((row) => row[col('Milestone ID')] === 'launch');
  if (launchDay) launchDay[col('Note')] = 'Book the studio';
  const milestones = () =>
    new Map(
      (sheet?.rows.slice(1) ?? []).map((row): [string, Record<string, Cell>] => [
        String(row[col('Milestone ID')]),
        Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])),
      ]),
    );
  return { host, backend, milestones };
}

describe('previewRetime and retimeClient', () => {
  it('previews the moves without writing anything, in four reads', async () => {
    const { host, backend } = await trackerWithClient();
    const before = JSON.stringify(backend.state);
    const result = await host.run('previewRetime', ['C0001', { launch: '2026-04-21', end: '2026-05-21' }], {
      now: NOW,
    });
    expect(result.error).toBeUndefined();
    const value = result.value as { ok: boolean; moved: { id: string; from: string; to: string }[] };
    expect(value.ok).toBe(true);
    expect(value.moved.find((m) => m.id === 'launch')).toMatchObject({
      from: '2026-04-14',
      to: '2026-04-21',
    });
    // Done milestones are history: none of them moves.
    expect(value.moved.every((m) => m.from >= TODAY)).toBe(true);
    expect(JSON.stringify(backend.state)).toBe(before);
    // Settings, Playbook, Clients and Milestones, one getValues each; nothing written.
    expect(result.calls['Range.getValues']).toBe(4);
    expect(result.calls['Range.setValues'] ?? 0).toBe(0);
  });

  it('moves the dates, keeps done ticks and notes, and logs the change', async () => {
    const { host, backend, milestones } = await trackerWithClient();
    const before = milestones();
    const result = await host.run('retimeClient', ['C0001', { launch: '2026-04-21', end: '2026-05-21' }], {
      now: NOW,
    });
    expect(result.error).toBeUndefined();
    const moved = (result.value as { moved: unknown[] }).moved.length;
    expect(moved).toBeGreaterThan(5);
    const after = milestones();
    expect(after.get('launch')?.Due).toEqual({ wall: '2026-04-21T00:00:00' });
    expect(after.get('launch')?.Note).toBe('Book the studio');
    for (const [id, row] of before) {
      if (row.Done !== true) continue;
      const kept = after.get(id);
      expect([kept?.Due, kept?.Done, kept?.Note], id).toEqual([row.Due, true, row.Note]);
    }
    const clients = backend.state.spreadsheet.sheets.find((s) => s.name === 'Clients');
    const header = (clients?.rows[0] ?? []).map(String);
    expect(clients?.rows[1]?.[header.indexOf('Launch')]).toEqual({ wall: '2026-04-21T00:00:00' });
    expect(clients?.rows[1]?.[header.indexOf('End')]).toEqual({ wall: '2026-05-21T00:00:00' });
    const log = backend.state.spreadsheet.sheets.find((s) => s.name === 'Log');
    expect(log?.rows.at(-1)).toContain(`${moved} moved`);
    // One write for the client row, one per run of moved rows, one for the Log line: few, whatever the size.
    expect(result.calls['Range.setValues']).toBeLessThanOrEqual(4);
  });

  it('refuses dates that break the playbook, naming the field, and writes nothing', async () => {
    const { host, backend } = await trackerWithClient();
    const before = JSON.stringify(backend.state);
    const result = await host.run('retimeClient', ['C0001', { end: '2026-04-01' }], { now: NOW });
    const value = result.value as { ok: boolean; problems: { field: string }[] };
    expect(value.ok).toBe(false);
    expect(value.problems.map((p) => p.field)).toEqual(['dates.end']);
    expect(JSON.stringify(backend.state)).toBe(before);
  });
});
