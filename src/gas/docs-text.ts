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

/**
 * Fills placeholders with one `batchUpdate` of `replaceAllText` requests. Docs replaces text
 * literally (no pattern syntax), so values such as `$&` or `\1` stay as typed.
 */
export function replacePlaceholders(documentId: string, values: Record<string, string>): void {
  const requests = Object.entries(values).map(([placeholder, value]) => ({
    replaceAllText: { containsText: { text: placeholder, matchCase: true }, replaceText: value },
  }));
  if (requests.length) docs().Documents.batchUpdate({ requests }, documentId);
}
