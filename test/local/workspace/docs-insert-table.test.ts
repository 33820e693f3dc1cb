import { describe, expect, it } from 'vitest';
import { newWorkspaceState } from '../../../local/host/new-state.js';
import type { DocBlock, WorkspaceState } from '../../../local/host/state.js';
import { tableRequests } from '../../../src/core/doc-requests.js';
import { runOk, runScript } from './harness.js';

const P = (text: string, style = 'NORMAL_TEXT'): DocBlock => ({ kind: 'paragraph', style, text });

function withDoc(blocks: DocBlock[]) {
  const state: WorkspaceState = newWorkspaceState();
  const id = runOk(
    `return Drive.Files.create({ name: 'Plan', mimeType: 'application/vnd.google-apps.document' }).id;`,
    { state },
  ).value as string;
  const stored = state.drive.files[0];
  if (!stored?.doc) throw new Error('no doc');
  stored.doc.blocks = blocks;
  const batch = (requests: unknown[]) =>
    runScript(`return Docs.Documents.batchUpdate({ requests: a }, b);`, { state, args: [requests, id] });
  const get = () =>
    runOk(`return Docs.Documents.get(a);`, { state, args: [id] }).value as {
      body: {
        content: Array<{ startIndex?: number; endIndex: number; table?: unknown; paragraph?: unknown }>;
      };
    };
  return { doc: stored.doc, batch, get };
}

describe('insertTable', () => {
  it('ends the paragraph at the location with a newline and puts the table one index later', () => {
    const { doc, batch, get } = withDoc([P('Title', 'HEADING_1'), P('before after')]);
    // "before after" starts at 7; "before " is 7 characters, so the table goes at 14.
    const result = batch([{ insertTable: { rows: 2, columns: 2, location: { index: 14 } } }]);
    expect(result.result.ok).toBe(true);
    expect(doc.blocks).toEqual([
      P('Title', 'HEADING_1'),
      P('before '),
      {
        kind: 'table',
        rows: [
          ['', ''],
          ['', ''],
        ],
      },
      P('after'),
    ]);
    const table = get().body.content.find((element) => element.table);
    expect(table?.startIndex).toBe(15);
    expect(table?.endIndex).toBe(15 + 12);
  });

  it('refuses a location inside a table and a table without rows', () => {
    const { batch } = withDoc([P('x'), { kind: 'table', rows: [['a']] }, P('')]);
    expect(batch([{ insertTable: { rows: 1, columns: 1, location: { index: 5 } } }]).result.ok).toBe(false);
    expect(batch([{ insertTable: { rows: 0, columns: 1, location: { index: 1 } } }]).result.ok).toBe(false);
  });

  it('takes the requests core builds for the milestone table: every cell lands in place', () => {
    const { doc, batch } = withDoc([
      P('Timeline', 'HEADING_1'),
      P('Intro'),
      P('{{milestoneTable}}'),
      P('End'),
    ]);
    const rows = [
      ['Date', 'Milestone', 'Who'],
      ['1 Mar 2027', 'Launch', 'Both'],
      ['2 Mar 2027', '', 'You'],
    ];
    // The marker paragraph starts after "Timeline\n" (1..10) and "Intro\n" (10..16).
    const result = batch(tableRequests(16, rows));
    expect(result.result.ok, JSON.stringify(result.result.error)).toBe(true);
    expect(doc.blocks).toEqual([
      P('Timeline', 'HEADING_1'),
      P('Intro'),
      P(''),
      { kind: 'table', rows },
      P(''),
      P('End'),
    ]);
  });
});
