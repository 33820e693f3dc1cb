import type { DocBlock } from '../../state.js';
import { NAMED_STYLES } from './doc-blocks.js';
import {
  type Block,
  type BodyLayout,
  fromModel,
  layoutBody,
  type Para,
  type Run,
  toModel,
} from './docs-model.js';
import { ApiFailure } from './errors.js';
import { isRecord, optionalString } from './values.js';

/**
 * The requests of `documents.batchUpdate` the add-on needs, applied to DocState as the Docs API
 * applies them: in order, each one seeing the document the previous ones left, and all or
 * nothing (the caller stores the result only when every request succeeded).
 */

/** A request the Docs API would refuse; the message is the API's, e.g. `Invalid requests[0].insertText: ...`. */
class RequestError extends ApiFailure {}

/** What a successful batch produced. */
export interface BatchOutcome {
  blocks: DocBlock[];
  /** One reply per request, `{}` for those that return nothing. */
  replies: Array<Record<string, unknown>>;
  changed: boolean;
}

/** Every request kind of Docs v1; those without a handler below are refused as unsupported by the host. */
const KNOWN_KINDS = new Set([
  'replaceAllText',
  'insertText',
  'updateTextStyle',
  'createParagraphBullets',
  'deleteParagraphBullets',
  'createNamedRange',
  'deleteNamedRange',
  'updateParagraphStyle',
  'deleteContentRange',
  'insertInlineImage',
  'insertTable',
  'insertTableRow',
  'insertTableColumn',
  'deleteTableRow',
  'deleteTableColumn',
  'insertPageBreak',
  'deletePositionedObject',
  'updateTableColumnProperties',
  'updateTableCellStyle',
  'updateTableRowStyle',
  'replaceImage',
  'updateDocumentStyle',
  'mergeTableCells',
  'unmergeTableCells',
  'createHeader',
  'createFooter',
  'createFootnote',
  'replaceNamedRangeContent',
  'updateSectionStyle',
  'insertSectionBreak',
  'deleteHeader',
  'deleteFooter',
  'pinTableHeaderRows',
  'addDocumentTab',
  'deleteTab',
  'updateDocumentTabProperties',
  'insertPerson',
  'insertDate',
]);

/** One request being applied: its position and kind name its errors. */
interface Step {
  readonly where: string;
  readonly body: Record<string, unknown>;
  readonly blocks: Block[];
}

type Handler = (step: Step) => Record<string, unknown>;

const HANDLERS: Record<string, Handler> = {
  replaceAllText,
  insertText,
  updateParagraphStyle,
  deleteContentRange,
  insertTable,
};

/**
 * Characters the Docs API strips from inserted text: C0 controls other than tab, newline and
 * vertical tab (a soft line break), and the BMP private-use area.
 */
function sanitize(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const stripped = code <= 0x08 || (code >= 0x0c && code <= 0x1f) || (code >= 0xe000 && code <= 0xf8ff);
    if (!stripped) out += ch;
  }
  return out;
}

/** Paragraphs made from a text that may hold newlines, all in one style (the Docs rule for inserted newlines). */
function split(text: string, style: string): Para[] {
  return text.split('\n').map((piece) => ({ style, text: piece }));
}

function fail(step: Step, detail: string): never {
  throw new RequestError(`${step.where}: ${detail}`);
}

function integer(step: Step, value: unknown, field: string): number {
  // Proto3 leaves zero out of JSON, so a missing index reads as 0.
  const number = value === undefined ? 0 : Number(value);
  if (!Number.isInteger(number)) fail(step, `Invalid value at '${field}' (TYPE_INT32), ${String(value)}`);
  return number;
}

function requireBodySegment(step: Step, holder: Record<string, unknown>): void {
  const segment = optionalString(holder.segmentId);
  if (segment !== undefined && segment !== '') fail(step, `The segment ID ${segment} was not found.`);
}

function outOfSegment(step: Step, index: number, layout: BodyLayout): never {
  return fail(
    step,
    `Index ${index} must be less than the end index of the referenced segment, ${layout.end}.`,
  );
}

/** Reads and checks `range`: non-empty, inside the body. */
function range(step: Step, layout: BodyLayout): { start: number; end: number } {
  const value = step.body.range;
  if (!isRecord(value)) return fail(step, 'The range must be set.');
  requireBodySegment(step, value);
  const start = integer(step, value.startIndex, 'range.start_index');
  const end = integer(step, value.endIndex, 'range.end_index');
  if (start >= end) fail(step, 'The range should not be empty.');
  if (start < 1) fail(step, `The range start index ${start} must be at least 1.`);
  if (end > layout.end) outOfSegment(step, end - 1, layout);
  return { start, end };
}

/** Replaces every occurrence literally: `$&`, `$1` and backslashes in the replacement are plain text. */
function replaceAllText(step: Step): Record<string, unknown> {
  const criteria = isRecord(step.body.containsText) ? step.body.containsText : {};
  const search = optionalString(criteria.text) ?? '';
  if (search === '') fail(step, 'The text to search for must not be empty.');
  if (criteria.searchByRegex === true) {
    fail(step, 'searchByRegex is not supported by the Launch Desk local host.');
  }
  const replacement = sanitize(optionalString(step.body.replaceText) ?? '');
  const escaped = search.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  // SubstringMatchCriteria.matchCase is false by default: the search ignores case unless asked.
  const pattern = new RegExp(escaped, criteria.matchCase === true ? 'gu' : 'giu');
  const layout = layoutBody(step.blocks);
  let occurrences = 0;
  for (const run of [...layout.runs].reverse()) {
    let touched = false;
    const paras = run.paras.flatMap((para) => {
      const text = para.text.replace(pattern, () => {
        occurrences += 1;
        touched = true;
        return replacement;
      });
      return split(text, para.style);
    });
    if (touched) run.replace(paras);
  }
  return { replaceAllText: occurrences > 0 ? { occurrencesChanged: occurrences } : {} };
}

/** The index a request inserts at: its `location`, or the end of the body for `endOfSegmentLocation`. */
function insertionIndex(step: Step, layout: BodyLayout): number {
  let index: number;
  if (isRecord(step.body.location)) {
    requireBodySegment(step, step.body.location);
    index = integer(step, step.body.location.index, 'location.index');
  } else if (isRecord(step.body.endOfSegmentLocation)) {
    requireBodySegment(step, step.body.endOfSegmentLocation);
    index = layout.end - 1;
  } else {
    return fail(step, 'Either location or endOfSegmentLocation must be set.');
  }
  if (index >= layout.end) outOfSegment(step, index, layout);
  return index;
}

function insertText(step: Step): Record<string, unknown> {
  const text = sanitize(optionalString(step.body.text) ?? '');
  const layout = layoutBody(step.blocks);
  const index = insertionIndex(step, layout);
  const slot = layout.slots.find((s) => s.start <= index && index < s.end);
  if (!slot) {
    fail(
      step,
      'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
    );
  }
  if (text === '') return {};
  const offset = index - slot.start;
  const paras = [...slot.run.paras];
  const joined = slot.para.text.slice(0, offset) + text + slot.para.text.slice(offset);
  paras.splice(slot.at, 1, ...split(joined, slot.para.style));
  slot.run.replace(paras);
  return {};
}

/**
 * Inserts an empty table of `rows` x `columns` inside a body paragraph. As the Docs API does, a
 * newline goes in first at the location, ending the paragraph there; the table starts one index
 * later and the rest of the paragraph follows it. Tables inside table cells are not supported here.
 */
function insertTable(step: Step): Record<string, unknown> {
  const rows = integer(step, step.body.rows, 'rows');
  const columns = integer(step, step.body.columns, 'columns');
  if (rows < 1 || columns < 1) fail(step, 'A table must have at least one row and one column.');
  const layout = layoutBody(step.blocks);
  const index = insertionIndex(step, layout);
  const position = layout.blocks.findIndex(
    (block) => block.kind === 'paragraph' && block.slot.start <= index && index < block.slot.end,
  );
  const block = layout.blocks[position];
  if (block?.kind !== 'paragraph') {
    return fail(step, 'Inserting a table inside a table is not supported by the Launch Desk local host.');
  }
  const { para } = block.slot;
  const offset = index - block.slot.start;
  const table: Block = {
    kind: 'table',
    rows: Array.from({ length: rows }, () =>
      Array.from({ length: columns }, () => [{ style: 'NORMAL_TEXT', text: '' }]),
    ),
  };
  step.blocks.splice(
    position,
    1,
    { kind: 'paragraph', para: { style: para.style, text: para.text.slice(0, offset) } },
    table,
    { kind: 'paragraph', para: { style: para.style, text: para.text.slice(offset) } },
  );
  return {};
}

function updateParagraphStyle(step: Step): Record<string, unknown> {
  const fields = (optionalString(step.body.fields) ?? '')
    .split(',')
    .map((field) => field.trim())
    .filter((field) => field !== '');
  if (fields.length === 0) fail(step, "At least one field must be listed in 'fields'.");
  const layout = layoutBody(step.blocks);
  const { start, end } = range(step, layout);
  // Other paragraph-style fields (alignment, spacing...) are accepted but DocState cannot keep them.
  if (!fields.includes('*') && !fields.includes('namedStyleType')) return {};
  const style = isRecord(step.body.paragraphStyle) ? step.body.paragraphStyle : {};
  // A field listed in the mask but absent from the style is reset to its default.
  const named = optionalString(style.namedStyleType) ?? 'NORMAL_TEXT';
  if (!(NAMED_STYLES as readonly string[]).includes(named)) {
    fail(
      step,
      `Invalid value at 'requests[].update_paragraph_style.paragraph_style.named_style_type', "${named}"`,
    );
  }
  for (const slot of layout.slots) {
    if (slot.start < end && start < slot.end) slot.para.style = named;
  }
  return {};
}

/** The run holding all of [start, end), if the range stays inside one. */
function runHolding(layout: BodyLayout, start: number, end: number): Run | undefined {
  return layout.runs.find((run) => run.start <= start && end <= run.end);
}

/**
 * Deletes text inside one run of paragraphs (body paragraphs between tables, or one cell),
 * merging the paragraphs whose newlines it removes. Deleting table structure is not supported.
 */
function deleteContentRange(step: Step): Record<string, unknown> {
  const layout = layoutBody(step.blocks);
  const { start, end } = range(step, layout);
  const run = runHolding(layout, start, end);
  if (!run) return fail(step, 'Deleting across a table is not supported by the Launch Desk local host.');
  if (end === run.end) {
    if (run.last) fail(step, 'The range cannot include the newline character at the end of the segment.');
    fail(step, 'Invalid deletion range. Cannot delete the requested range.');
  }
  // Each paragraph's style belongs to its newline; the merged paragraph keeps the style of the
  // newline that survives, unless the deletion starts inside a paragraph, which then keeps its own.
  const text = run.paras.map((para) => `${para.text}\n`).join('');
  const from = start - run.start;
  const to = end - run.start;
  const kept = `${text.slice(0, from)}${text.slice(to)}`;
  const survivingStyles: string[] = [];
  let offset = 0;
  for (const para of run.paras) {
    const newline = offset + para.text.length;
    if (newline < from || newline >= to) survivingStyles.push(para.style);
    offset = newline + 1;
  }
  const first = run.slots.find((slot) => slot.start <= start && start < slot.end);
  const pieces = kept.slice(0, -1).split('\n');
  const paras = pieces.map((piece, i) => ({ style: survivingStyles[i] ?? 'NORMAL_TEXT', text: piece }));
  if (first && start > first.start) {
    const merged = paras[first.at];
    if (merged) merged.style = first.para.style;
  }
  run.replace(paras);
  return {};
}

function requestKind(step: Omit<Step, 'body'>, request: unknown): string {
  if (!isRecord(request)) throw new RequestError(`${step.where}: No request set.`);
  const kinds = Object.keys(request).filter((key) => request[key] !== undefined && request[key] !== null);
  const [kind, extra] = kinds;
  if (kind === undefined) throw new RequestError(`${step.where}: No request set.`);
  if (!KNOWN_KINDS.has(kind)) {
    throw new RequestError(
      `Invalid JSON payload received. Unknown name "${kind}" at '${step.where.slice(8)}': Cannot find field.`,
    );
  }
  if (extra !== undefined) {
    throw new RequestError(`${step.where}: Only one request kind may be set; found ${kind} and ${extra}.`);
  }
  return kind;
}

/** Applies `requests` to a document's blocks without touching them; throws RequestError on the first bad one. */
export function applyRequests(blocks: readonly DocBlock[], requests: readonly unknown[]): BatchOutcome {
  const model = toModel(blocks);
  const replies: Array<Record<string, unknown>> = [];
  let changed = false;
  requests.forEach((request, i) => {
    const kind = requestKind({ where: `Invalid requests[${i}]`, blocks: model }, request);
    const where = `Invalid requests[${i}].${kind}`;
    const handler = HANDLERS[kind];
    if (!handler) {
      throw new RequestError(`${where}: This request is not supported by the Launch Desk local host.`);
    }
    const body = (request as Record<string, unknown>)[kind];
    const reply = handler({ where, body: isRecord(body) ? body : {}, blocks: model });
    const counted = reply.replaceAllText as { occurrencesChanged?: number } | undefined;
    changed ||= counted === undefined || (counted.occurrencesChanged ?? 0) > 0;
    replies.push(reply);
  });
  return { blocks: fromModel(model), replies, changed };
}
