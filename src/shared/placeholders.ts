/**
 * The `{{name}}` syntax shared by document templates and our own message catalog. Rendering
 * concatenates pieces (no String.replace with replacement patterns), so a value is inserted
 * exactly as typed: `$&`, `$1`, backslashes and `{{x}}` inside a value stay literal and are
 * never expanded again.
 */

/** A piece of a scanned template. */
type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; name: string; token: string; index: number }
  | { kind: 'malformed'; token: string; index: number };

/** A problem found in a template before anything is generated. */
export interface PlaceholderProblem {
  kind: 'unknown' | 'malformed';
  /** The text as written, e.g. "{{clientNmae}}" or "{{ name". */
  token: string;
  /** Position in the template (UTF-16 index). */
  index: number;
}

const NAME = /^[A-Za-z][A-Za-z0-9_.]*$/;
const OPEN = '{{';
const CLOSE = '}}';

function scan(template: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf(OPEN, at);
    if (open < 0) break;
    if (open > at) pieces.push({ kind: 'text', text: template.slice(at, open) });
    const close = template.indexOf(CLOSE, open + OPEN.length);
    const nextOpen = template.indexOf(OPEN, open + OPEN.length);
    // No closing braces, or another opening before them: "{{ name" is unbalanced. Report the
    // token up to the next opening (or the end of the line) so the author can find it.
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      const lineEnd = template.indexOf('\n', open);
      const stops = [nextOpen, lineEnd, template.length].filter((i) => i > open);
      const end = Math.min(...stops);
      pieces.push({ kind: 'malformed', token: template.slice(open, end), index: open });
      at = end;
      continue;
    }
    const token = template.slice(open, close + CLOSE.length);
    const name = template.slice(open + OPEN.length, close).trim();
    pieces.push(
      NAME.test(name)
        ? { kind: 'placeholder', name, token, index: open }
        : { kind: 'malformed', token, index: open },
    );
    at = close + CLOSE.length;
  }
  if (at < template.length) pieces.push({ kind: 'text', text: template.slice(at) });
  return pieces;
}

/**
 * Lists the placeholders of `template` that are malformed or whose name `isKnown` refuses,
 * in the order they appear. An empty list means the template can be rendered.
 */
export function findPlaceholderProblems(
  template: string,
  isKnown: (name: string) => boolean,
): PlaceholderProblem[] {
  return problemsOf(scan(template), isKnown);
}

function problemsOf(pieces: readonly Piece[], isKnown: (name: string) => boolean): PlaceholderProblem[] {
  const problems: PlaceholderProblem[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'malformed')
      problems.push({ kind: 'malformed', token: piece.token, index: piece.index });
    if (piece.kind === 'placeholder' && !isKnown(piece.name)) {
      problems.push({ kind: 'unknown', token: piece.token, index: piece.index });
    }
  }
  return problems;
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes a value for HTML text and attribute contexts. */
export function escapeHtml(value: string): string {
  // A replacer function, not a replacement string: its result is never read as a pattern.
  return value.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

/**
 * Fills every `{{name}}` of `template` with `values[name]`, literally; in the `html` context
 * values are escaped (the template's own markup is not). Throws when a placeholder is malformed
 * or has no value: check the template first (see checkTemplate) so nothing half-filled is sent.
 */
export function renderTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
  options: { html?: boolean } = {},
): string {
  const names = new Set(Object.keys(values));
  const has = (name: string) => names.has(name);
  const pieces = scan(template);
  const problems = problemsOf(pieces, has);
  if (problems.length > 0) {
    throw new Error(`Template cannot be rendered: ${problems.map((p) => `${p.kind} ${p.token}`).join(', ')}`);
  }
  let out = '';
  for (const piece of pieces) {
    if (piece.kind === 'text') out += piece.text;
    else if (piece.kind === 'placeholder') {
      const value = values[piece.name] ?? '';
      out += options.html ? escapeHtml(value) : value;
    }
  }
  return out;
}
