import type { Language, Localized } from '../shared/i18n';
import { AUDIENCE_TEXT, TIMELINE_TABLE } from '../shared/messages/labels';
import type { Audience } from '../shared/playbook';
import type { Milestone } from '../shared/schedule';
import { MILESTONE_TABLE_MARKER } from './documents';
import { formatDay } from './format';
import { PLACEHOLDERS } from './templates';

/**
 * The Docs `batchUpdate` requests that fill a client's copy of a master, built as plain JSON so
 * they can be tested without Google: one `replaceAllText` per placeholder and, where the copy
 * holds the milestone-table marker, the requests that put a table there.
 */

/** A Docs v1 request, as JSON. */
export type DocsRequest = Record<string, unknown>;

/** A paragraph of a Doc body with the index of its first character. */
export interface DocParagraph {
  startIndex: number;
  text: string;
}

/**
 * One `replaceAllText` per placeholder, matching case. Docs replaces literally, so values such as
 * `$&` or `\1` stay as typed.
 */
export function replaceRequests(values: Readonly<Record<string, string>>): DocsRequest[] {
  return Object.entries(values).map(([name, value]) => ({
    replaceAllText: { containsText: { text: `{{${name}}}`, matchCase: true }, replaceText: value },
  }));
}

/** The index of the first milestone-table marker in a body's paragraphs, or null when there is none. */
export function findTableMarker(paragraphs: readonly DocParagraph[]): number | null {
  for (const paragraph of paragraphs) {
    const at = paragraph.text.indexOf(MILESTONE_TABLE_MARKER);
    if (at >= 0) return paragraph.startIndex + at;
  }
  return null;
}

const AUDIENCE_LABELS: Readonly<Record<Audience, Localized>> = AUDIENCE_TEXT;

/**
 * The rows of a client's timeline table: a header, then each milestone for the client (or for
 * both sides) with its day, title and who does it, in the client's language. The CSM's own
 * milestones stay in the tracker, and so do catch-up ones (past before the client came).
 */
export function timelineRows(milestones: readonly Milestone[], language: Language): string[][] {
  const header = [
    TIMELINE_TABLE.date[language],
    TIMELINE_TABLE.milestone[language],
    TIMELINE_TABLE.who[language],
  ];
  const rows = milestones
    .filter((milestone) => milestone.audience !== 'csm' && !milestone.catchUp)
    .map((milestone) => [
      formatDay(milestone.dueDate, language, { weekday: true }),
      milestone.title[language],
      AUDIENCE_LABELS[milestone.audience][language],
    ]);
  return [header, ...rows];
}

/**
 * Requests that replace the marker at `markerIndex` with a table of `rows`. Docs puts a new
 * table one index after its location (it inserts a newline first); in an empty table each row
 * takes 1 + 2 x columns indexes and each cell's paragraph sits one index after the cell. The
 * cells are written from the last to the first, so the text inserted never moves an index that
 * is still to be used. These requests must come before any other edit of the same batch.
 */
export function tableRequests(markerIndex: number, rows: readonly (readonly string[])[]): DocsRequest[] {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const requests: DocsRequest[] = [
    {
      deleteContentRange: {
        range: { startIndex: markerIndex, endIndex: markerIndex + MILESTONE_TABLE_MARKER.length },
      },
    },
    { insertTable: { rows: rows.length, columns, location: { index: markerIndex } } },
  ];
  const tableStart = markerIndex + 1;
  for (let r = rows.length - 1; r >= 0; r--) {
    for (let c = columns - 1; c >= 0; c--) {
      const text = rows[r]?.[c] ?? '';
      if (text === '') continue;
      const index = tableStart + 1 + r * (1 + 2 * columns) + 1 + 2 * c + 1;
      requests.push({ insertText: { text, location: { index } } });
    }
  }
  return requests;
}

/** Does any paragraph still hold a known placeholder (a copy not filled yet)? */
export function holdsPlaceholders(paragraphs: readonly DocParagraph[]): boolean {
  const tokens = Object.keys(PLACEHOLDERS).map((name) => `{{${name}}}`);
  return paragraphs.some((paragraph) => tokens.some((token) => paragraph.text.includes(token)));
}
