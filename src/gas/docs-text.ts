import { docs } from './advanced';

type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;

/** Collects the text of a Doc body: paragraphs and table cells, in order. */
function textOf(content: StructuralElement[] | undefined, out: string[]): void {
  for (const element of content ?? []) {
    for (const part of element.paragraph?.elements ?? []) out.push(part.textRun?.content ?? '');
    for (const row of element.table?.tableRows ?? []) {
      for (const cell of row.tableCells ?? []) textOf(cell.content, out);
    }
  }
}

/** The whole text of a Google Doc (one read), for the template check. */
export function documentText(documentId: string): string {
  const out: string[] = [];
  textOf(docs().Documents.get(documentId).body?.content, out);
  return out.join('');
}

/** A paragraph of a Doc (in the body or a table cell) with the index of its first character. */
export interface DocParagraph {
  startIndex: number;
  text: string;
}

function paragraphsOf(content: StructuralElement[] | undefined, out: DocParagraph[]): void {
  for (const element of content ?? []) {
    if (element.paragraph) {
      const text = (element.paragraph.elements ?? []).map((part) => part.textRun?.content ?? '').join('');
      out.push({ startIndex: element.startIndex ?? 0, text });
    }
    for (const row of element.table?.tableRows ?? []) {
      for (const cell of row.tableCells ?? []) paragraphsOf(cell.content, out);
    }
  }
}

/** The paragraphs of a Google Doc with their indexes (one read), to place edits by position. */
export function documentParagraphs(documentId: string): DocParagraph[] {
  const out: DocParagraph[] = [];
  paragraphsOf(docs().Documents.get(documentId).body?.content, out);
  return out;
}

/**
 * Applies edits in one `batchUpdate`: Docs applies them in order, all or nothing, and
 * `replaceAllText` replaces literally (no pattern syntax), so values such as `$&` stay as typed.
 */
export function updateDocument(documentId: string, requests: object[]): void {
  if (requests.length) {
    docs().Documents.batchUpdate(
      { requests: requests as GoogleAppsScript.Docs.Schema.Request[] },
      documentId,
    );
  }
}
