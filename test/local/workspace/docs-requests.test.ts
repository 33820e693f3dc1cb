import { describe, expect, it } from 'vitest';
import { newWorkspaceState } from '../../../local/host/new-state.js';
import type { DocBlock, WorkspaceState } from '../../../local/host/state.js';
import { failure, runOk, runScript } from './harness.js';

const P = (text: string, style = 'NORMAL_TEXT'): DocBlock => ({ kind: 'paragraph', style, text });

/** A workspace with one Doc holding `blocks`, its id, and a way to run a batch on it. */
function withDoc(blocks: DocBlock[]) {
  const state: WorkspaceState = newWorkspaceState();
  const id = runOk(
    `return Drive.Files.create({ name: 'Plan', mimeType: 'application/vnd.google-apps.document' }).id;`,
    {
      state,
    },
  ).value as string;
  const stored = state.drive.files[0];
  if (!stored?.doc) throw new Error('no doc');
  stored.doc.blocks = blocks;
  const doc = stored.doc;
  const batch = (requests: unknown[]) =>
    runScript(`return Docs.Documents.batchUpdate({ requests: a }, b);`, { state, args: [requests, id] });
  return { state, id, doc, batch };
}

describe('replaceAllText', () => {
  it('replaces literally in paragraphs and table cells: $&, $1 and backslashes stay as written', () => {
    const { doc, batch } = withDoc([
      P('Dear {{name}}, {{NAME}}!', 'HEADING_1'),
      { kind: 'table', rows: [['{{name}}', 'Price: {{price}}']] },
      P('Total {{price}}'),
    ]);
    const outcome = batch([
      {
        replaceAllText: {
          containsText: { text: '{{name}}', matchCase: true },
          replaceText: '$& and $1 \\1 C:\\temp',
        },
      },
      { replaceAllText: { containsText: { text: '{{PRICE}}' }, replaceText: '$$5' } },
      { replaceAllText: { containsText: { text: '{{missing}}', matchCase: true }, replaceText: 'x' } },
    ]);
    expect(outcome.result.ok).toBe(true);
    // occurrencesChanged is left out when it is 0 (proto3 JSON).
    expect((outcome.value as { replies: unknown[] }).replies).toEqual([
      { replaceAllText: { occurrencesChanged: 2 } },
      { replaceAllText: { occurrencesChanged: 2 } },
      { replaceAllText: {} },
    ]);
    expect(doc.blocks).toEqual([
      P('Dear $& and $1 \\1 C:\\temp, {{NAME}}!', 'HEADING_1'),
      { kind: 'table', rows: [['$& and $1 \\1 C:\\temp', 'Price: $$5']] },
      P('Total $$5'),
    ]);
    expect(doc.revision).toBe(2);
  });

  it('matches case-insensitively unless matchCase is true, and splits paragraphs on a newline in the replacement', () => {
    const { doc, batch } = withDoc([P('Hello NAME and name', 'HEADING_2')]);
    batch([{ replaceAllText: { containsText: { text: 'name' }, replaceText: 'X\nY' } }]);
    expect(doc.blocks).toEqual([P('Hello X', 'HEADING_2'), P('Y and X', 'HEADING_2'), P('Y', 'HEADING_2')]);
  });
});

describe('insertText, updateParagraphStyle, deleteContentRange', () => {
  it('inserts at an index, splits paragraphs on newlines and appends at the end of the segment', () => {
    const { doc, batch } = withDoc([P('Title', 'HEADING_1'), P('Body')]);
    const outcome = batch([
      { insertText: { location: { index: 6 }, text: ' line\nSecond' } },
      { insertText: { endOfSegmentLocation: {}, text: ' end\u0007' } },
    ]);
    expect(outcome.value).toMatchObject({ replies: [{}, {}] });
    expect(doc.blocks).toEqual([P('Title line', 'HEADING_1'), P('Second', 'HEADING_1'), P('Body end')]);
  });

  it('inserts into a table cell at the cell paragraph index', () => {
    const { doc, batch } = withDoc([P(''), { kind: 'table', rows: [['', 'b']] }]);
    // table at 2, row at 3, cell at 4, its paragraph at 5.
    batch([{ insertText: { location: { index: 5 }, text: 'a' } }]);
    expect(doc.blocks).toEqual([P(''), { kind: 'table', rows: [['a', 'b']] }, P('')]);
  });

  it('refuses an index outside a paragraph or past the end, with the API message', () => {
    // "ab\n" spans 1..4, the table 4..10 (its cell paragraph 7..9), the paragraph Docs keeps after it 10..11.
    const { batch } = withDoc([P('ab'), { kind: 'table', rows: [['x']] }]);
    expect(failure(batch([{ insertText: { location: { index: 4 }, text: 'z' } }]))).toMatch(
      /^API call to docs\.documents\.batchUpdate failed with error: Invalid requests\[0\]\.insertText: The insertion index must be inside the bounds of an existing paragraph/,
    );
    expect(failure(batch([{ insertText: { location: { index: 99 }, text: 'z' } }]))).toMatch(
      /Invalid requests\[0\]\.insertText: Index 99 must be less than the end index of the referenced segment, 11\./,
    );
  });

  it('sets the named style of every paragraph the range touches', () => {
    const { doc, batch } = withDoc([P('One'), P('Two'), P('Three')]);
    batch([
      {
        updateParagraphStyle: {
          range: { startIndex: 2, endIndex: 6 },
          paragraphStyle: { namedStyleType: 'HEADING_3' },
          fields: 'namedStyleType',
        },
      },
    ]);
    expect(doc.blocks).toEqual([P('One', 'HEADING_3'), P('Two', 'HEADING_3'), P('Three')]);
  });

  it('deletes text and merges paragraphs, but never the last newline of the body', () => {
    const { doc, batch } = withDoc([P('Heading', 'HEADING_1'), P('Body text'), P('Tail')]);
    // Delete "ing\nBody " (indexes 5..14): the heading keeps its style and absorbs "text".
    batch([{ deleteContentRange: { range: { startIndex: 5, endIndex: 14 } } }]);
    expect(doc.blocks).toEqual([P('Headtext', 'HEADING_1'), P('Tail')]);
    expect(failure(batch([{ deleteContentRange: { range: { startIndex: 10, endIndex: 15 } } }]))).toMatch(
      /The range cannot include the newline character at the end of the segment/,
    );
  });
});

describe('batchUpdate as a whole', () => {
  it('applies all requests or none: a bad third request leaves the Doc untouched', () => {
    const { doc, batch } = withDoc([P('Hello {{name}}')]);
    const outcome = batch([
      { replaceAllText: { containsText: { text: '{{name}}' }, replaceText: 'Ana' } },
      { insertText: { location: { index: 1 }, text: '>' } },
      { insertText: { location: { index: 500 }, text: 'x' } },
    ]);
    expect(failure(outcome)).toMatch(/Invalid requests\[2\]\.insertText/);
    expect(outcome.result.error?.name).toBe('GoogleJsonResponseException');
    expect(doc.blocks).toEqual([P('Hello {{name}}')]);
    expect(doc.revision).toBe(1);
  });

  it('refuses unknown request names and kinds the host does not implement', () => {
    const { batch } = withDoc([P('x')]);
    expect(failure(batch([{ replaceEverything: {} }]))).toBe(
      'API call to docs.documents.batchUpdate failed with error: Invalid JSON payload received. Unknown name "replaceEverything" at \'requests[0]\': Cannot find field.',
    );
    expect(
      failure(
        batch([
          { insertText: { endOfSegmentLocation: {}, text: 'a' } },
          { insertPageBreak: { location: { index: 1 } } },
        ]),
      ),
    ).toMatch(
      /Invalid requests\[1\]\.insertPageBreak: This request is not supported by the Launch Desk local host\./,
    );
  });

  it('answers with the document id and the new revision, and counts one call per batch', () => {
    const { id, batch } = withDoc([P('x')]);
    const outcome = batch([{ insertText: { location: { index: 1 }, text: 'a' } }]);
    expect(outcome.value).toEqual({
      documentId: id,
      replies: [{}],
      writeControl: { requiredRevisionId: 'rev-000002' },
    });
    expect(outcome.result.calls['Docs.Documents.batchUpdate']).toBe(1);
  });
});
