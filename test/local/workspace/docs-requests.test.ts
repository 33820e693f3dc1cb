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
      P('Total {{price}} {{PRICE}}'),
    ]);
    const outcome = batch([
      {
        replaceAllText: {
          containsText: { text: '{{name}}', matchCase: true },
          replaceText: '$& and $1 \\1 C:\\temp',
        },
      },
      { replaceAllText: { containsText: { text: '{{price}}', matchCase: true }, replaceText: '$$5' } },
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
      P('Total $$5 {{PRICE}}'),
    ]);
    expect(doc.revision).toBe(2);
  });

  it('splits paragraphs on a newline in the replacement', () => {
    const { doc, batch } = withDoc([P('Hello name and name', 'HEADING_2')]);
    batch([{ replaceAllText: { containsText: { text: 'name', matchCase: true }, replaceText: 'X\nY' } }]);
    expect(doc.blocks).toEqual([P('Hello X', 'HEADING_2'), P('Y and X', 'HEADING_2'), P('Y', 'HEADING_2')]);
  });
});

describe('insertText, deleteContentRange', () => {
  it('inserts at an index, splits paragraphs on newlines and strips control characters', () => {
    const { doc, batch } = withDoc([P('Title', 'HEADING_1'), P('Body')]);
    const outcome = batch([
      { insertText: { location: { index: 6 }, text: ' line\nSecond' } },
      { insertText: { location: { index: 23 }, text: ' end\u0007' } },
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

  it('deletes text inside one paragraph, of the body or of a cell, as the table marker is deleted', () => {
    const { doc, batch } = withDoc([P('Heading', 'HEADING_1'), { kind: 'table', rows: [['abc']] }]);
    // "Heading\n" spans 1..9, the table starts at 9, its row at 10, its cell at 11, "abc\n" at 12..16.
    batch([
      { deleteContentRange: { range: { startIndex: 13, endIndex: 15 } } },
      { deleteContentRange: { range: { startIndex: 2, endIndex: 5 } } },
    ]);
    expect(doc.blocks).toEqual([P('Hing', 'HEADING_1'), { kind: 'table', rows: [['a']] }, P('')]);
  });

  it('refuses a deletion that takes a newline, or an empty one', () => {
    const { doc, batch } = withDoc([P('Heading', 'HEADING_1'), P('Body')]);
    // "Heading\n" spans 1..9: 5..9 takes its newline, 5..10 the first letter of "Body" too.
    for (const endIndex of [9, 10]) {
      expect(failure(batch([{ deleteContentRange: { range: { startIndex: 5, endIndex } } }]))).toBe(
        'API call to docs.documents.batchUpdate failed with error: Invalid requests[0].deleteContentRange: Deleting a newline (across paragraphs) is not supported by the Launch Desk local host.',
      );
    }
    expect(failure(batch([{ deleteContentRange: { range: { startIndex: 3, endIndex: 3 } } }]))).toMatch(
      /The range should not be empty/,
    );
    expect(doc.blocks).toEqual([P('Heading', 'HEADING_1'), P('Body')]);
  });
});

describe('batchUpdate as a whole', () => {
  it('applies all requests or none: a bad third request leaves the Doc untouched', () => {
    const { doc, batch } = withDoc([P('Hello {{name}}')]);
    const outcome = batch([
      { replaceAllText: { containsText: { text: '{{name}}', matchCase: true }, replaceText: 'Ana' } },
      { insertText: { location: { index: 1 }, text: '>' } },
      { insertText: { location: { index: 500 }, text: 'x' } },
    ]);
    expect(failure(outcome)).toMatch(/Invalid requests\[2\]\.insertText/);
    expect(outcome.result.error?.name).toBe('GoogleJsonResponseException');
    expect(doc.blocks).toEqual([P('Hello {{name}}')]);
    expect(doc.revision).toBe(1);
  });

  it('refuses every request, field and criterion the add-on does not send, naming it', () => {
    const { doc, batch } = withDoc([P('x')]);
    const refused: Array<[unknown, string]> = [
      [
        { updateParagraphStyle: {} },
        'Invalid requests[1]: the request updateParagraphStyle is not supported',
      ],
      [
        { insertPageBreak: { location: { index: 1 } } },
        'Invalid requests[1]: the request insertPageBreak is not supported',
      ],
      [{ replaceEverything: {} }, 'Invalid requests[1]: the request replaceEverything is not supported'],
      [
        { insertText: { endOfSegmentLocation: {}, text: 'a' } },
        'Invalid requests[1].insertText.endOfSegmentLocation is not supported',
      ],
      [
        { insertText: { location: { index: 1, segmentId: '' }, text: 'a' } },
        'Invalid requests[1].insertText.location.segmentId is not supported',
      ],
      [
        {
          replaceAllText: {
            containsText: { text: 'x', matchCase: true, searchByRegex: true },
            replaceText: 'y',
          },
        },
        'Invalid requests[1].replaceAllText.containsText.searchByRegex is not supported',
      ],
      [
        { replaceAllText: { containsText: { text: 'x' }, replaceText: 'y' } },
        'Invalid requests[1].replaceAllText: containsText without matchCase: true is not supported',
      ],
      [
        {
          replaceAllText: {
            containsText: { text: 'x', matchCase: true },
            replaceText: 'y',
            tabsCriteria: {},
          },
        },
        'Invalid requests[1].replaceAllText.tabsCriteria is not supported',
      ],
      [
        { deleteContentRange: { range: { startIndex: 1, endIndex: 2, tabId: 't' } } },
        'Invalid requests[1].deleteContentRange.range.tabId is not supported',
      ],
      [
        { insertTable: { rows: 1, columns: 1, endOfSegmentLocation: {} } },
        'Invalid requests[1].insertTable.endOfSegmentLocation is not supported',
      ],
    ];
    for (const [request, message] of refused) {
      const sent = [{ insertText: { location: { index: 1 }, text: 'a' } }, request];
      expect(failure(batch(sent))).toBe(
        `API call to docs.documents.batchUpdate failed with error: ${message} by the Launch Desk local host.`,
      );
    }
    expect(doc.blocks).toEqual([P('x')]);
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
