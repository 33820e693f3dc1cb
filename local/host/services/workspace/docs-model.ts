import type { DocBlock } from '../../state.js';
import { normalizeBlocks } from './doc-blocks.js';

/**
 * A Google Doc's body as the Docs API addresses it: every paragraph and table marker has UTF-16
 * indexes. DocState keeps only text, so the indexes are computed here, following the layout the
 * Docs API documents ("Structure of a Google Docs document", "Work with tables"):
 *
 * - index 0 is the section break that opens the body, so the first paragraph starts at 1;
 * - a paragraph spans its text plus its closing `\n`;
 * - a table takes one index where it starts, each row one where the row starts, each cell one
 *   where the cell starts, then the cell's paragraphs, and one more where the table ends
 *   (an empty 2x2 table at S spans S..S+12: rows at S+1 and S+6, cells at S+2, S+4, S+7, S+9).
 *
 * The same layout serves `documents.get` (docs-structure.ts) and `batchUpdate` (docs-requests.ts).
 */

/** One paragraph while a document is read or edited: its text without the closing newline. */
export interface Para {
  style: string;
  text: string;
}

/** A body block while a document is read or edited; each table cell holds its paragraphs. */
export type Block = { kind: 'paragraph'; para: Para } | { kind: 'table'; rows: Para[][][] };

/** Turns stored blocks into the editable model (a cell's `\n`s separate its paragraphs). */
export function toModel(blocks: readonly DocBlock[]): Block[] {
  return normalizeBlocks(blocks).map((block) =>
    block.kind === 'paragraph'
      ? { kind: 'paragraph', para: { style: block.style, text: block.text } }
      : {
          kind: 'table',
          rows: block.rows.map((row) =>
            row.map((cell) => cell.split('\n').map((text) => ({ style: 'NORMAL_TEXT', text }))),
          ),
        },
  );
}

/**
 * Turns the model back into stored blocks. DocState keeps no style for a cell's paragraphs, so
 * a style set on one is lost here.
 */
export function fromModel(blocks: readonly Block[]): DocBlock[] {
  return normalizeBlocks(
    blocks.map((block) =>
      block.kind === 'paragraph'
        ? { kind: 'paragraph', style: block.para.style, text: block.para.text }
        : {
            kind: 'table',
            rows: block.rows.map((row) => row.map((cell) => cell.map((p) => p.text).join('\n'))),
          },
    ),
  );
}

/** A paragraph with its indexes: it spans [start, end) and its newline sits at `end - 1`. */
export interface ParaSlot {
  readonly para: Para;
  readonly start: number;
  readonly end: number;
  /** The run it belongs to and its position in the run's `paras`. */
  readonly run: Run;
  readonly at: number;
}

/**
 * Paragraphs that follow one another with nothing between them: body paragraphs between two
 * tables, or the paragraphs of one cell. An edit that splits or merges paragraphs rebuilds a
 * run's list and hands it to `replace`.
 */
interface Run {
  readonly kind: 'body' | 'cell';
  readonly paras: Para[];
  readonly slots: ParaSlot[];
  readonly start: number;
  end: number;
  replace(paras: Para[]): void;
}

/** A table cell: its marker at `start`, its paragraphs up to `end`. */
interface CellLayout {
  readonly start: number;
  readonly end: number;
  readonly run: Run;
}

/** A table row: its marker at `start`, its cells up to `end`. */
interface RowLayout {
  readonly start: number;
  readonly end: number;
  readonly cells: CellLayout[];
}

/** A body block with its indexes. */
export type BlockLayout =
  | { kind: 'paragraph'; slot: ParaSlot }
  | { kind: 'table'; start: number; end: number; rows: RowLayout[] };

/** The whole body with its indexes; `end` is the end index of the body segment. */
export interface BodyLayout {
  readonly blocks: BlockLayout[];
  /** Runs in document order. */
  readonly runs: Run[];
  /** Every paragraph, in the body and in cells, in document order. */
  readonly slots: ParaSlot[];
  readonly end: number;
}

function newRun(kind: Run['kind'], start: number, replace: (run: Run, paras: Para[]) => void): Run {
  const run: Run = {
    kind,
    paras: [],
    slots: [],
    start,
    end: start,
    replace: (paras) => replace(run, paras),
  };
  return run;
}

function addSlot(run: Run, para: Para, slots: ParaSlot[]): ParaSlot {
  const slot: ParaSlot = {
    para,
    start: run.end,
    end: run.end + para.text.length + 1,
    run,
    at: run.paras.length,
  };
  run.paras.push(para);
  run.slots.push(slot);
  slots.push(slot);
  run.end = slot.end;
  return slot;
}

/**
 * Computes the indexes of a body (which must end with a paragraph, as `toModel` makes it).
 * Runs replace their paragraphs in `blocks` in place; apply several replacements from the last
 * run to the first, so that the block positions of earlier runs stay valid.
 */
export function layoutBody(blocks: Block[]): BodyLayout {
  const layout: BlockLayout[] = [];
  const runs: Run[] = [];
  const slots: ParaSlot[] = [];
  let index = 1;
  let bodyRun: Run | undefined;
  blocks.forEach((block, position) => {
    if (block.kind === 'paragraph') {
      if (!bodyRun) {
        const first = position;
        bodyRun = newRun('body', index, (run, paras) => {
          blocks.splice(
            first,
            run.paras.length,
            ...paras.map((para): Block => ({ kind: 'paragraph', para })),
          );
        });
        runs.push(bodyRun);
      }
      const slot = addSlot(bodyRun, block.para, slots);
      index = slot.end;
      layout.push({ kind: 'paragraph', slot });
      return;
    }
    bodyRun = undefined;
    const start = index;
    index += 1;
    const rows = block.rows.map((row): RowLayout => {
      const rowStart = index;
      index += 1;
      const cells = row.map((cell): CellLayout => {
        const cellStart = index;
        const run = newRun('cell', cellStart + 1, (_, paras) => {
          cell.splice(0, cell.length, ...paras);
        });
        for (const para of cell) addSlot(run, para, slots);
        runs.push(run);
        index = run.end;
        return { start: cellStart, end: run.end, run };
      });
      return { start: rowStart, end: index, cells };
    });
    index += 1;
    layout.push({ kind: 'table', start, end: index, rows });
  });
  return { blocks: layout, runs, slots, end: index };
}
