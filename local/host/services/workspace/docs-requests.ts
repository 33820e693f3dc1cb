import type { DocBlock } from '../../state.js';
import { type Block, type BodyLayout, fromModel, layoutBody, type Para, toModel } from './docs-model.js';
import { ApiFailure } from './errors.js';
import { isRecord, optionalString, recordOrEmpty, refuseOtherKeys } from './values.js';

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

/** One request being applied: its position and kind name its errors. */
interface Step {
  readonly where: string;
  readonly body: Record<string, unknown>;
  readonly blocks: Block[];
}

type Handler = (step: Step) => Record<string, unknown>;

/** The requests the add-on sends (`src/core/doc-requests.ts`), with the fields each may carry. */
const HANDLERS: Record<string, { fields: readonly string[]; apply: Handler }> = {
  replaceAllText: { fields: ['containsText', 'replaceText'], apply: replaceAllText },
  insertText: { fields: ['text', 'location'], apply: insertText },
  deleteContentRange: { fields: ['range'], apply: deleteContentRange },
  insertTable: { fields: ['rows', 'columns', 'location'], apply: insertTable },
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
  refuseOtherKeys(value, ['startIndex', 'endIndex'], `${step.where}.range`);
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
  refuseOtherKeys(criteria, ['text', 'matchCase'], `${step.where}.containsText`);
  const search = optionalString(criteria.text) ?? '';
  if (search === '') fail(step, 'The text to search for must not be empty.');
  // The add-on always matches case; the API's default (false) would ignore it.
  if (criteria.matchCase !== true) {
    fail(step, 'containsText without matchCase: true is not supported by the Launch Desk local host.');
  }
  const replacement = sanitize(optionalString(step.body.replaceText) ?? '');
  const layout = layoutBody(step.blocks);
  let occurrences = 0;
  for (const run of [...layout.runs].reverse()) {
    let touched = false;
    const paras = run.paras.flatMap((para) => {
      const pieces = para.text.split(search);
      occurrences += pieces.length - 1;
      touched ||= pieces.length > 1;
      return split(pieces.join(replacement), para.style);
    });
    if (touched) run.replace(paras);
  }
  return { replaceAllText: occurrences > 0 ? { occurrencesChanged: occurrences } : {} };
}

/** The index a request inserts at: its `location` in the body. */
function insertionIndex(step: Step, layout: BodyLayout): number {
  const location = step.body.location;
  if (!isRecord(location)) return fail(step, 'The location must be set.');
  refuseOtherKeys(location, ['index'], `${step.where}.location`);
  const index = integer(step, location.index, 'location.index');
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

/**
 * Deletes text inside one paragraph (of the body or a cell), as the add-on deletes the table
 * marker. A range that takes a paragraph's newline, merging paragraphs, is refused.
 */
function deleteContentRange(step: Step): Record<string, unknown> {
  const layout = layoutBody(step.blocks);
  const { start, end } = range(step, layout);
  const slot = layout.slots.find((s) => s.start <= start && end < s.end);
  if (!slot) {
    return fail(
      step,
      'Deleting a newline (across paragraphs) is not supported by the Launch Desk local host.',
    );
  }
  const paras = [...slot.run.paras];
  const text = slot.para.text;
  paras[slot.at] = {
    style: slot.para.style,
    text: text.slice(0, start - slot.start) + text.slice(end - slot.start),
  };
  slot.run.replace(paras);
  return {};
}

function requestKind(step: Omit<Step, 'body'>, request: unknown): string {
  if (!isRecord(request)) throw new RequestError(`${step.where}: No request set.`);
  const kinds = Object.keys(request).filter((key) => request[key] !== undefined && request[key] !== null);
  const [kind, extra] = kinds;
  if (kind === undefined) throw new RequestError(`${step.where}: No request set.`);
  if (!Object.hasOwn(HANDLERS, kind)) {
    throw new RequestError(
      `${step.where}: the request ${kind} is not supported by the Launch Desk local host.`,
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
    const handler = HANDLERS[kind] as (typeof HANDLERS)[string];
    const body = recordOrEmpty((request as Record<string, unknown>)[kind]);
    refuseOtherKeys(body, handler.fields, where);
    const reply = handler.apply({ where, body, blocks: model });
    const counted = reply.replaceAllText as { occurrencesChanged?: number } | undefined;
    changed ||= counted === undefined || (counted.occurrencesChanged ?? 0) > 0;
    replies.push(reply);
  });
  return { blocks: fromModel(model), replies, changed };
}
