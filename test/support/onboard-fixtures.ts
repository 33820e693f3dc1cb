import type { DriveFileState, WorkspaceState } from '../../local/host/state.js';
import type { ClientInput } from '../../src/shared/client.js';

/** The day every onboarding test runs on, and the host clock for it (10:00 in Taipei). */
export const TODAY = '2026-12-01';
export const NOW = '2026-12-01T02:00:00Z';

/** A valid client: T2, advanced, launching in March 2027. */
export function clientInput(overrides: Partial<ClientInput> = {}): ClientInput {
  return {
    clientName: '山嵐工作室',
    projectName: '城市折疊車',
    contactName: '林小嵐',
    contactEmail: 'lan@example.tw',
    targetAmount: 1_200_000,
    dates: { launch: '2027-03-02', end: '2027-04-01', shipping: '2027-06' },
    ...overrides,
  };
}

/** The files of the Drive that are not in the trash. */
export function liveFiles(state: WorkspaceState): DriveFileState[] {
  return state.drive.files.filter((file) => !file.trashed);
}

/** A file's path from My Drive, by names: `Launch Desk/Clients/T2 · ...`. */
export function pathOf(state: WorkspaceState, file: DriveFileState): string {
  const names = [file.name];
  let parent = file.parents[0];
  while (parent && parent !== 'root') {
    const next = state.drive.files.find((candidate) => candidate.id === parent);
    if (!next) break;
    names.unshift(next.name);
    parent = next.parents[0];
  }
  return names.join('/');
}

/** The text of a Doc: paragraphs and table cells, one per line. */
export function docText(file: DriveFileState | undefined): string {
  return (file?.doc?.blocks ?? [])
    .map((block) =>
      block.kind === 'paragraph' ? block.text : block.rows.map((row) => row.join('\t')).join('\n'),
    )
    .join('\n');
}

/** A JSON object's text with its keys in order (ids map to paths in any order). */
function sortedJson(text: string): string {
  return JSON.stringify(Object.entries(JSON.parse(text) as object).sort(([a], [b]) => a.localeCompare(b)));
}

/** The data rows of a sheet that hold something in the first column (unticked boxes are not data). */
export function dataRows(state: WorkspaceState, name: string): unknown[][] {
  return sheetRows(state, name)
    .slice(1)
    .filter((row) => row[0] !== '' && row[0] !== undefined);
}

/** The rows of a sheet, header first. */
export function sheetRows(state: WorkspaceState, name: string): unknown[][] {
  return state.spreadsheet.sheets.find((sheet) => sheet.name === name)?.rows ?? [];
}

/**
 * What an onboarding leaves behind, with file ids replaced by paths so that two runs compare
 * equal when they made the same things: the Drive tree with each Doc's content and tags, the
 * Clients and Milestones sheets and the document properties. The Log is left out: a stopped run
 * rightly logs its stop.
 */
export function snapshot(state: WorkspaceState): unknown {
  const paths = new Map(liveFiles(state).map((file) => [file.id, pathOf(state, file)]));
  const byId = (text: string) => text.replace(/file[0-9a-z]{6}/g, (id) => `<${paths.get(id) ?? 'gone'}>`);
  const clean = (value: unknown): unknown => JSON.parse(byId(JSON.stringify(value)));
  return {
    drive: liveFiles(state)
      .map((file) => ({
        path: pathOf(state, file),
        mimeType: file.mimeType,
        tags: file.appProperties,
        blocks: file.doc?.blocks,
        shared: file.permissions.filter((p) => p.role !== 'owner').map((p) => `${p.emailAddress}:${p.role}`),
      }))
      .sort((a, b) => a.path.localeCompare(b.path)),
    clients: clean(sheetRows(state, 'Clients')),
    milestones: clean(sheetRows(state, 'Milestones')),
    properties: Object.entries(clean(state.properties.document) as Record<string, string>)
      .map(([key, value]) => [key, key === 'drive.checked' ? sortedJson(value) : value])
      .sort(([a = ''], [b = '']) => a.localeCompare(b)),
  };
}
