import { describe, expect, it } from 'vitest';
import type { Host } from '../../local/host/host.js';
import type { WorkspaceState } from '../../local/host/state.js';
import type { OnboardResult } from '../../src/shared/rpc.js';
import { memoryHost } from '../support/bundle-host.js';
import {
  clientInput,
  dataRows,
  docText,
  liveFiles,
  NOW,
  pathOf,
  sheetRows,
  snapshot,
  TODAY,
} from '../support/onboard-fixtures.js';

const AREAS = 8;
const DOCUMENTS = 7;

/** A tracker set up as `launch-desk init` leaves it. */
async function tracker(): Promise<{ host: Host; state: () => WorkspaceState }> {
  const { host, backend } = memoryHost();
  await host.run('setupTracker', [{}], { now: NOW });
  return { host, state: () => backend.state };
}

async function onboard(host: Host, input = clientInput(), options: { fail?: number } = {}) {
  const run = await host.run('onboardClient', [input, TODAY], { now: NOW, ...options });
  return { run, value: run.value as OnboardResult };
}

function setSetting(state: WorkspaceState, key: string, value: string): void {
  const rows = sheetRows(state, 'Settings');
  const row = rows.find((candidate) => candidate[0] === key);
  if (!row) throw new Error(`no setting ${key}`);
  row[1] = value;
}

describe('onboardClient', () => {
  it('makes the Drive root, the masters, the client folder with its areas and filled documents', async () => {
    const { host, state } = await tracker();
    const { value } = await onboard(host);
    expect(value.ok).toBe(true);
    if (!value.ok || !('clientId' in value)) return;
    expect(value.clientId).toBe('C0001');
    expect(value.documents).toHaveLength(DOCUMENTS);
    const s = state();
    const paths = liveFiles(s).map((file) => pathOf(s, file));
    expect(paths.filter((p) => p.startsWith('Launch Desk/Templates/'))).toHaveLength(2 * DOCUMENTS);
    const folder = 'Launch Desk/Clients/T2 · 2027-03 · 山嵐工作室 — 城市折疊車';
    expect(paths).toContain(folder);
    for (const area of ['會議紀錄', '文件', '行銷', '設計', '廣告', '公關與 KOL', '影片', '生產與出貨']) {
      expect(paths).toContain(`${folder}/${area}`);
    }
    const docs = liveFiles(s).filter((file) => pathOf(s, file).startsWith(`${folder}/文件/`));
    expect(docs).toHaveLength(DOCUMENTS);
    for (const doc of docs) {
      const text = docText(doc);
      expect(text, doc.name).not.toMatch(/\{\{/);
      expect(text, doc.name).toMatch(/山嵐工作室|城市折疊車/);
    }
    const strategy = docText(docs.find((doc) => doc.name.startsWith('初期行銷策略')));
    expect(strategy).toContain('NT$1,200,000');
    expect(strategy).toContain('2027年3月2日');
    expect(strategy).toContain('行銷策略、廣告、設計、公關（媒體／KOL）、影片、生產與出貨、客製建議');
    const timeline = docs.find((doc) => doc.name.startsWith('專案時程表'));
    const table = timeline?.doc?.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.rows[0]).toEqual(['日期', '里程碑', '負責']);
    expect(table?.kind === 'table' && table.rows.some((row) => row[0] === '2027年3月2日（二）')).toBe(true);

    const [header, row] = sheetRows(s, 'Clients');
    const at = (label: string) => (header ?? []).indexOf(label);
    expect(row?.[at('客戶編號')]).toBe('C0001');
    expect(row?.[at('狀態')]).toBe('進行中');
    expect(row?.[at('資料夾')]).toBe(value.folderUrl);
    expect(String(row?.[at('資料夾編號')])).toMatch(/^file/);
    const milestones = dataRows(s, 'Milestones');
    expect(milestones).toHaveLength(value.milestones);
    expect(milestones.every((m) => m[0] === 'C0001')).toBe(true);
    const log = sheetRows(s, 'Log').slice(1);
    expect(log.some((line) => String(line[3]).includes('28 milestones added'))).toBe(true);
  });

  it('refuses invalid input and a vague launch, naming the fields, and creates nothing', async () => {
    const { host, state } = await tracker();
    const before = JSON.stringify(state());
    const bad = await onboard(host, clientInput({ contactEmail: 'nope', targetAmount: -1 }));
    expect(bad.value.ok).toBe(false);
    const fields = !bad.value.ok && 'problems' in bad.value ? bad.value.problems.map((p) => p.field) : [];
    expect(fields).toEqual(expect.arrayContaining(['contactEmail', 'targetAmount']));
    const vague = await onboard(
      host,
      clientInput({ dates: { launch: '2027-Q2', end: '2027-07-01', shipping: '2027-09' } }),
    );
    expect(!vague.value.ok && 'problems' in vague.value && vague.value.problems[0]?.field).toBe(
      'dates.launch',
    );
    expect(JSON.stringify(state())).toBe(before);
    expect(Object.keys(vague.run.calls).some((name) => /^(Drive|Docs)/.test(name))).toBe(false);
  });

  it('reports unknown placeholders of an edited master and copies nothing; later runs use the edits', async () => {
    const { host, state } = await tracker();
    await onboard(host);
    const master = state().drive.files.find((file) => file.name === '電子報（zh-TW）');
    if (!master?.doc) throw new Error('no newsletter master');
    const edit = (text: string) => {
      master.doc?.blocks.push({ kind: 'paragraph', style: 'NORMAL_TEXT', text });
      master.modifiedTime = '2026-12-01T03:00:00.000Z';
    };
    edit('給 {{clientNmae}} 的話');
    const filesBefore = state().drive.files.length;
    const refused = await onboard(host, clientInput({ clientName: '海風', projectName: '帆布包' }));
    expect(refused.value.ok).toBe(false);
    const problems = !refused.value.ok && 'problems' in refused.value ? refused.value.problems : [];
    expect(problems[0]?.field).toBe('templates.newsletter');
    expect(problems[0]?.message).toContain('{{clientNmae}}');
    expect(state().drive.files).toHaveLength(filesBefore);
    expect(sheetRows(state(), 'Clients')).toHaveLength(2);

    master.doc.blocks.pop();
    edit('本期由 {{csmName}} 與 {{clientName}} 一起編輯。');
    const accepted = await onboard(host, clientInput({ clientName: '海風', projectName: '帆布包' }));
    expect(accepted.value.ok).toBe(true);
    const copy = state().drive.files.find((file) => file.name === '電子報 · 海風 — 帆布包');
    expect(docText(copy)).toContain('與 海風 一起編輯。');
    // The edited master was read once; the next onboarding reads no master again.
    expect(accepted.run.calls['Docs.Documents.get']).toBe(2);
    const third = await onboard(host, clientInput({ clientName: '晨光', projectName: '茶具' }));
    expect(third.run.calls['Docs.Documents.get']).toBe(1);
  });

  it('changes nothing when run again on a complete client', async () => {
    const { host, state } = await tracker();
    const first = await onboard(host);
    const before = JSON.stringify(state());
    const again = await onboard(host);
    expect(again.value).toEqual(first.value);
    expect(JSON.stringify(state())).toBe(before);
    const writes = again.run.callLog.filter((name) =>
      /setValues|create|copy|batchUpdate|update|setProp/.test(name),
    );
    // The one write is the tracker's lease, taken and given back: the state above is unchanged.
    expect(writes).toEqual(['Properties.setProperty']);
  });

  it('renames the folder and documents of a client renamed in the Clients sheet', async () => {
    const { host, state } = await tracker();
    await onboard(host);
    const [header, row] = sheetRows(state(), 'Clients');
    if (!row || !header) throw new Error('no client row');
    row[header.indexOf('客戶名稱')] = '山嵐設計';
    const renamed = await onboard(host, clientInput({ clientName: '山嵐設計' }));
    expect(renamed.value.ok).toBe(true);
    const s = state();
    const folders = liveFiles(s).filter((file) => file.appProperties.launchDeskKind === 'folder');
    expect(folders.map((folder) => folder.name)).toEqual(['T2 · 2027-03 · 山嵐設計 — 城市折疊車']);
    const docs = liveFiles(s).filter((file) => file.appProperties.launchDeskKind?.startsWith('doc:'));
    expect(docs).toHaveLength(DOCUMENTS);
    expect(docs.every((doc) => doc.name.includes('山嵐設計 — 城市折疊車'))).toBe(true);
    expect(sheetRows(s, 'Clients')).toHaveLength(2);
  });

  it('shares the folder with a contact who has a Google account when the setting says so, without notification, logged', async () => {
    const { host, state } = await tracker();
    setSetting(state(), 'shareFolderRole', 'commenter');
    state().drive.googleAccounts = ['lan@example.tw'];
    const { value, run } = await onboard(host);
    expect(value.ok).toBe(true);
    const folder = liveFiles(state()).find((file) => file.appProperties.launchDeskKind === 'folder');
    expect(folder?.permissions.map((p) => `${p.emailAddress}:${p.role}:${p.notified === true}`)).toContain(
      'lan@example.tw:commenter:false',
    );
    expect(run.calls['Drive.Permissions.create']).toBe(1);
    expect(state().mail.sent).toEqual([]);
    const log = sheetRows(state(), 'Log').map((line) => String(line[3]));
    expect(log.some((line) => line.includes('lan@example.tw') && line.includes('未寄送通知信'))).toBe(true);
  });

  it('shares with a contact who has no Google account through Drive invitation mail, and says so', async () => {
    const { host, state } = await tracker();
    setSetting(state(), 'shareFolderRole', 'reader');
    const { value, run } = await onboard(host);
    expect(value).toMatchObject({ ok: true, clientId: 'C0001' });
    const folder = liveFiles(state()).find((file) => file.appProperties.launchDeskKind === 'folder');
    expect(folder?.permissions.find((p) => p.emailAddress === 'lan@example.tw')).toMatchObject({
      role: 'reader',
      notified: true,
    });
    // Drive refused the silent share, then shared with its own mail: no MailApp quota used.
    expect(run.calls['Drive.Permissions.create']).toBe(2);
    expect(state().mail.sent).toEqual([]);
    const log = sheetRows(state(), 'Log').filter((line) => String(line[3]).includes('lan@example.tw'));
    expect(log.map((line) => line[4])).toEqual(['ok']);
    expect(String(log[0]?.[3])).toMatch(/邀請信.*沒有 Google 帳號/);
  });

  it('completes the client when Drive refuses to share, with a warning in the Log', async () => {
    const { host, state } = await tracker();
    setSetting(state(), 'shareFolderRole', 'reader');
    const run = await host.run('onboardClient', [clientInput(), TODAY], {
      now: NOW,
      fail: ({ name }) =>
        name.startsWith('Drive.Permissions.create')
          ? 'Bad Request: you are trying to share with an address that has no Google account'
          : undefined,
    });
    expect(run.value).toMatchObject({ ok: true, clientId: 'C0001' });
    expect(JSON.stringify(dataRows(state(), 'Clients'))).not.toMatch(/Partial|未完成建立/);
    const warning = sheetRows(state(), 'Log').find((line) => line[4] === 'warning');
    expect(String(warning?.[3])).toMatch(/無法將資料夾與 lan@example.tw 共用.*no Google account/);
  });

  it('answers a finished onboarding as done even when the Log sheet cannot be written', async () => {
    const { host, state } = await tracker();
    const log = sheetRows(state(), 'Log');
    if (log[0]) log[0] = log[0].map(() => 'renamed by a person');
    const { value } = await onboard(host);
    expect(value).toMatchObject({ ok: true, clientId: 'C0001' });
    expect(dataRows(state(), 'Milestones').length).toBeGreaterThan(15);
  });

  it('writes documents in the client language and names area folders in the workspace language', async () => {
    const { host, state } = await tracker();
    const { value } = await onboard(
      host,
      clientInput({ clientName: 'Harbor Co', projectName: 'Tote', language: 'en' }),
    );
    expect(value.ok && 'documents' in value && value.documents.map((d) => d.name)).toContain(
      'Newsletter · Harbor Co — Tote',
    );
    const s = state();
    const paths = liveFiles(s).map((file) => pathOf(s, file));
    expect(paths).toContain(
      'Launch Desk/Clients/T2 · 2027-03 · Harbor Co — Tote/文件/Newsletter · Harbor Co — Tote',
    );
    const strategy = liveFiles(s).find(
      (file) => file.name === 'Initial marketing strategy · Harbor Co — Tote',
    );
    expect(docText(strategy)).toContain('Launch: 2 Mar 2027');
    expect(docText(strategy)).toContain('Goal: NT$1,200,000');
  });

  it('does not share by default', async () => {
    const { host, state } = await tracker();
    const { run } = await onboard(host);
    expect(run.calls['Drive.Permissions.create']).toBeUndefined();
    expect(liveFiles(state()).every((file) => file.permissions.length === 1)).toBe(true);
  });
});

describe('onboarding is safe to re-run', () => {
  it('leaves a Docs quota error as a partial client that the next run completes', async () => {
    const clean = await tracker();
    await onboard(clean.host);
    const { host, state } = await tracker();
    let fills = 0;
    const stopped = await host.run('onboardClient', [clientInput(), TODAY], {
      now: NOW,
      fail: ({ name }) => {
        if (name !== 'Docs.Documents.batchUpdate') return undefined;
        fills += 1;
        return fills === 3 ? 'Quota exceeded for quota metric Write requests per minute per user' : undefined;
      },
    });
    const value = stopped.value as OnboardResult;
    expect(value).toMatchObject({ ok: false, partial: true });
    expect(!value.ok && 'message' in value && value.message).toContain('再執行一次');
    const [header, row] = sheetRows(state(), 'Clients');
    expect(row?.[(header ?? []).indexOf('狀態')]).toBe('未完成建立');
    expect(sheetRows(state(), 'Log').some((line) => line[4] === 'error')).toBe(true);
    const resumed = await onboard(host);
    expect(resumed.value.ok).toBe(true);
    expect(snapshot(state())).toEqual(snapshot(clean.state()));
  });

  it('puts the folder id and link in the row as soon as the folder exists; a Drive quota error leaves it partial', async () => {
    const { host, state } = await tracker();
    await onboard(host);
    let creates = 0;
    const stopped = await host.run('onboardClient', [clientInput({ clientName: '海風' }), TODAY], {
      now: NOW,
      fail: ({ name }) => {
        if (name !== 'Drive.Files.create') return undefined;
        creates += 1;
        return creates === 2 ? 'User rate limit exceeded.' : undefined;
      },
    });
    expect(stopped.value).toMatchObject({ ok: false, partial: true });
    const [header, , row] = sheetRows(state(), 'Clients');
    const at = (label: string) => (header ?? []).indexOf(label);
    expect(row?.[at('狀態')]).toBe('未完成建立');
    expect(String(row?.[at('資料夾')])).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\/file/);
    const resumed = await onboard(host, clientInput({ clientName: '海風' }));
    expect(resumed.value.ok).toBe(true);
    expect(resumed.run.calls['Drive.Files.create']).toBe(AREAS);
    expect(liveFiles(state()).filter((file) => file.appProperties.launchDeskKind === 'folder')).toHaveLength(
      2,
    );
  });

  it('ends in the state of a clean run after a fault at any service call k, then a rerun', async () => {
    const clean = await tracker();
    const reference = await onboard(clean.host);
    const expected = snapshot(clean.state());
    const total = reference.run.totalCalls;
    expect(total).toBeGreaterThan(100);
    for (let k = 1; k <= total; k++) {
      const { host, state } = await tracker();
      const faulty = await onboard(host, clientInput(), { fail: k });
      expect(faulty.run.callLog.length, `k=${k}`).toBeGreaterThanOrEqual(k);
      const rerun = await onboard(host);
      expect(rerun.value.ok, `k=${k} (${faulty.run.callLog[k - 1]})`).toBe(true);
      expect(snapshot(state()), `k=${k} (${faulty.run.callLog[k - 1]})`).toEqual(expected);
    }
  }, 120_000);
});

describe('service calls per onboarding', () => {
  it('stay within 1 + areas + 2 x documents + a small constant, whatever the tracker holds', async () => {
    const { host } = await tracker();
    await onboard(host);
    const counts: number[] = [];
    let drive = 0;
    for (let n = 2; n <= 6; n++) {
      const { run, value } = await onboard(
        host,
        clientInput({ clientName: `客戶 ${n}`, projectName: `專案 ${n}` }),
      );
      expect(value.ok).toBe(true);
      counts.push(run.totalCalls);
      drive = Object.entries(run.calls)
        .filter(([name]) => /^(Drive|Docs)\./.test(name))
        .reduce((sum, [, count]) => sum + count, 0);
    }
    // Drive and Docs: the client folder, the areas, a copy and a fill per document, plus one
    // listing of the setup and one read of the timeline copy (where its table goes).
    expect(drive).toBe(1 + AREAS + 2 * DOCUMENTS + 2);
    // Everything else (settings, tracker reads and writes, lock, properties, Log) is a constant.
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(1 + AREAS + 2 * DOCUMENTS + 60);
  });
});

describe('onboardClient when Drive search lags behind a create', () => {
  it('finds the setup folders, the masters and the client folder by their stored ids', async () => {
    const { host, state } = await tracker();
    expect((await onboard(host)).value.ok).toBe(true);
    // What a search that has not caught up sees: none of the files are found by their tags.
    for (const file of state().drive.files) file.appProperties = {};
    const second = await onboard(host, clientInput({ clientName: '海岸選物', projectName: '旅行收納包' }));
    expect(second.value.ok).toBe(true);
    const rerun = await onboard(host);
    expect(rerun.value.ok).toBe(true);
    const paths = liveFiles(state()).map((file) => pathOf(state(), file));
    const count = (path: string) => paths.filter((candidate) => candidate === path).length;
    expect(count('Launch Desk')).toBe(1);
    expect(count('Launch Desk/Templates')).toBe(1);
    expect(count('Launch Desk/Clients')).toBe(1);
    expect(paths.filter((path) => path.startsWith('Launch Desk/Templates/'))).toHaveLength(2 * DOCUMENTS);
    expect(count('Launch Desk/Clients/T2 · 2027-03 · 山嵐工作室 — 城市折疊車')).toBe(1);
  });
});
