import { describe, expect, it } from 'vitest';
import { newWorkspaceState } from '../../../local/host/new-state.js';
import type { DocBlock, WorkspaceState } from '../../../local/host/state.js';
import { failure, runOk, runScript } from './harness.js';

/** A workspace holding one Doc with these blocks; returns its id. */
function withDoc(blocks: DocBlock[]): { state: WorkspaceState; id: string } {
  const state = newWorkspaceState();
  const id = runOk(
    `return Drive.Files.create({ name: 'Plan', mimeType: 'application/vnd.google-apps.document' }).id;`,
    {
      state,
    },
  ).value as string;
  const file = state.drive.files[0];
  if (!file?.doc) throw new Error('no doc');
  file.doc.blocks = blocks;
  return { state, id };
}

/** The parts of the Docs v1 Document resource these tests read. */
interface Indexed {
  startIndex?: number;
  endIndex: number;
}
interface ParagraphElement extends Indexed {
  paragraph: {
    elements: Array<Indexed & { textRun: { content: string } }>;
    paragraphStyle: { namedStyleType: string };
  };
}
interface Cell extends Indexed {
  content: ParagraphElement[];
}
interface TableElement extends Indexed {
  table: { rows: number; columns: number; tableRows: Array<Indexed & { tableCells: Cell[] }> };
}
type Element = Indexed & Partial<ParagraphElement> & Partial<TableElement>;
interface DocumentJson {
  documentId: string;
  title: string;
  body: { content: Element[] };
  tabs: Array<{ documentTab: { body: { content: Element[] } } }>;
}

describe('Docs.Documents.get', () => {
  it('computes UTF-16 indexes for a heading, paragraphs and a table as the Docs API lays them out', () => {
    const { state, id } = withDoc([
      { kind: 'paragraph', style: 'HEADING_1', text: 'Welcome' },
      { kind: 'paragraph', style: 'NORMAL_TEXT', text: 'Hi 😀' },
      {
        kind: 'table',
        rows: [
          ['A', 'B'],
          ['C', ''],
        ],
      },
      { kind: 'paragraph', style: 'NORMAL_TEXT', text: 'End' },
    ]);
    const doc = runOk(`return Docs.Documents.get(a);`, { state, args: [id] }).value as DocumentJson;
    const content = doc.body.content;
    expect(doc.documentId).toBe(id);
    expect(doc.title).toBe('Plan');
    // The section break has no startIndex: proto3 JSON leaves the 0 out.
    expect(content[0]).toMatchObject({ endIndex: 1, sectionBreak: {} });
    expect(content[0]).not.toHaveProperty('startIndex');
    expect(content[1]).toMatchObject({
      startIndex: 1,
      endIndex: 9,
      paragraph: {
        elements: [{ startIndex: 1, endIndex: 9, textRun: { content: 'Welcome\n' } }],
        paragraphStyle: { namedStyleType: 'HEADING_1' },
      },
    });
    // "Hi 😀\n" is 6 UTF-16 code units: the emoji counts twice.
    expect(content[2]).toMatchObject({ startIndex: 9, endIndex: 15 });
    const table = content[3] as TableElement;
    expect(table).toMatchObject({ startIndex: 15, endIndex: 30, table: { rows: 2, columns: 2 } });
    const rows = table.table.tableRows;
    expect(rows.map((row) => [row.startIndex, row.endIndex])).toEqual([
      [16, 23],
      [23, 29],
    ]);
    const cells = rows.flatMap((row) => row.tableCells);
    expect(cells.map((cell) => [cell.startIndex, cell.endIndex])).toEqual([
      [17, 20],
      [20, 23],
      [24, 27],
      [27, 29],
    ]);
    expect(cells.map((cell) => cell.content[0]?.paragraph.elements[0]?.textRun.content)).toEqual([
      'A\n',
      'B\n',
      'C\n',
      '\n',
    ]);
    expect(cells[0]?.content[0]).toMatchObject({ startIndex: 18, endIndex: 20 });
    expect(content[4]).toMatchObject({
      startIndex: 30,
      endIndex: 34,
      paragraph: { elements: [{ textRun: { content: 'End\n' } }] },
    });
  });

  it('matches the documented offsets of an empty 2x2 table at S (S..S+12)', () => {
    const { state, id } = withDoc([
      { kind: 'paragraph', style: 'NORMAL_TEXT', text: '' },
      {
        kind: 'table',
        rows: [
          ['', ''],
          ['', ''],
        ],
      },
    ]);
    const content = runOk(`return Docs.Documents.get(a).body.content;`, { state, args: [id] })
      .value as Element[];
    const table = content[2] as TableElement;
    const s = 2;
    expect([table.startIndex, table.endIndex]).toEqual([s, s + 12]);
    const cells = table.table.tableRows.flatMap((row) => row.tableCells);
    expect(cells.map((cell) => (cell.startIndex ?? 0) - s)).toEqual([2, 4, 7, 9]);
    // A Doc's body always ends with a paragraph, so one follows a table at the end.
    expect(content[3]).toMatchObject({ startIndex: s + 12, endIndex: s + 13 });
  });

  it('creates an empty Doc in My Drive and can return the body inside tabs', () => {
    const { state, value } = runOk(`
      var d = Docs.Documents.create({ title: 'Kick-off', body: { content: [] } });
      return [d, Docs.Documents.get(d.documentId, { includeTabsContent: true })];
    `);
    const [created, tabbed] = value as DocumentJson[];
    expect(created?.title).toBe('Kick-off');
    expect(created?.body.content).toHaveLength(2);
    expect(created?.body.content[1]).toMatchObject({ startIndex: 1, endIndex: 2 });
    expect(tabbed).not.toHaveProperty('body');
    expect(tabbed?.tabs[0]?.documentTab.body.content).toEqual(created?.body.content);
    expect(state.drive.files[0]).toMatchObject({ name: 'Kick-off', parents: ['root'] });
  });

  it('answers a missing document and a folder as the Docs API does', () => {
    const state = newWorkspaceState();
    expect(failure(runScript(`Docs.Documents.get('nope');`, { state }))).toBe(
      'API call to docs.documents.get failed with error: Requested entity was not found.',
    );
    const folder = runOk(
      `return Drive.Files.create({ name: 'F', mimeType: 'application/vnd.google-apps.folder' }).id;`,
      {
        state,
      },
    ).value;
    expect(failure(runScript(`Docs.Documents.get('${folder}');`, { state }))).toMatch(
      /not supported for this document/,
    );
  });
});
