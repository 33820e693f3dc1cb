import type { DocState, DriveFileState } from '../../state.js';
import { type BlockLayout, layoutBody, type ParaSlot, toModel } from './docs-model.js';

/**
 * The Docs v1 `Document` resource computed from DocState, as `documents.get` returns it.
 *
 * Like every proto3 JSON answer of Google's APIs, fields holding their default value are left
 * out: the section break that opens the body has an `endIndex` of 1 and no `startIndex` (0).
 */

type Json = Record<string, unknown>;

const SECTION_BREAK: Json = {
  endIndex: 1,
  sectionBreak: {
    sectionStyle: {
      columnSeparatorStyle: 'NONE',
      contentDirection: 'LEFT_TO_RIGHT',
      sectionType: 'CONTINUOUS',
    },
  },
};

const DOCUMENT_STYLE: Json = {
  background: { color: {} },
  pageNumberStart: 1,
  marginTop: { magnitude: 72, unit: 'PT' },
  marginBottom: { magnitude: 72, unit: 'PT' },
  marginRight: { magnitude: 72, unit: 'PT' },
  marginLeft: { magnitude: 72, unit: 'PT' },
  pageSize: { height: { magnitude: 792, unit: 'PT' }, width: { magnitude: 612, unit: 'PT' } },
};

/** The opaque revision id of a stored revision number. */
export function revisionId(doc: DocState): string {
  return `rev-${doc.revision.toString(36).padStart(6, '0')}`;
}

function paragraphElement(slot: ParaSlot): Json {
  const { start, end, para } = slot;
  const style: Json = { namedStyleType: para.style, direction: 'LEFT_TO_RIGHT' };
  // Docs gives every heading an id that links and the outline use; ours is derived from its place.
  if (para.style.startsWith('HEADING_')) style.headingId = `h.${start.toString(36)}`;
  return {
    startIndex: start,
    endIndex: end,
    paragraph: {
      elements: [{ startIndex: start, endIndex: end, textRun: { content: `${para.text}\n`, textStyle: {} } }],
      paragraphStyle: style,
    },
  };
}

function structuralElement(block: BlockLayout): Json {
  if (block.kind === 'paragraph') return paragraphElement(block.slot);
  const columns = block.rows[0]?.cells.length ?? 0;
  return {
    startIndex: block.start,
    endIndex: block.end,
    table: {
      rows: block.rows.length,
      columns,
      tableRows: block.rows.map((row) => ({
        startIndex: row.start,
        endIndex: row.end,
        tableCells: row.cells.map((cell) => ({
          startIndex: cell.start,
          endIndex: cell.end,
          content: cell.run.slots.map(paragraphElement),
          tableCellStyle: { rowSpan: 1, columnSpan: 1, contentAlignment: 'TOP' },
        })),
        tableRowStyle: { minRowHeight: { unit: 'PT' } },
      })),
      tableStyle: {
        tableColumnProperties: Array.from({ length: columns }, () => ({ widthType: 'EVENLY_DISTRIBUTED' })),
      },
    },
  };
}

/** The `body` of a Doc: the section break, then its paragraphs and tables with their indexes. */
function documentBody(doc: DocState): Json {
  const layout = layoutBody(toModel(doc.blocks));
  return { content: [SECTION_BREAK, ...layout.blocks.map(structuralElement)] };
}

/**
 * The Document resource of a Doc file. With `includeTabsContent` the body moves into
 * `tabs[0].documentTab`, as the API returns it for tab-aware callers.
 */
export function documentResource(file: DriveFileState, doc: DocState, includeTabsContent = false): Json {
  const head: Json = { documentId: file.id, title: file.name, revisionId: revisionId(doc) };
  const body = documentBody(doc);
  if (includeTabsContent) {
    return {
      ...head,
      tabs: [
        {
          tabProperties: { tabId: 't.0', title: 'Tab 1' },
          documentTab: { body, documentStyle: DOCUMENT_STYLE },
        },
      ],
      suggestionsViewMode: 'SUGGESTIONS_INLINE',
    };
  }
  return { ...head, body, documentStyle: DOCUMENT_STYLE, suggestionsViewMode: 'SUGGESTIONS_INLINE' };
}
