import type { DocBlock } from '../../state.js';
import { normalizeBlocks } from './doc-blocks.js';

/**
 * A small HTML reader that turns the simple HTML the add-on uploads (`Drive.Files.create` of a
 * `text/html` blob as a Google Doc) into DocState blocks, the way Drive's import lays it out:
 *
 * - `h1`..`h6` become HEADING_1..6 paragraphs; `p` a NORMAL_TEXT paragraph (`class="title"` /
 *   `class="subtitle"` give TITLE / SUBTITLE, as in the HTML Docs exports); `div` and other
 *   block elements only separate paragraphs.
 * - `li` becomes a paragraph starting with `• ` (or `1. `, `2. `... inside `ol`): DocState has no
 *   lists, so the glyph is kept as text.
 * - `table`/`tr`/`td`/`th` become a table block; paragraphs inside one cell are joined with `\n`.
 * - `br` is a line break inside the paragraph, U+000B, which is how the Docs API reports a
 *   soft line break in a text run.
 * - `<title>` is not body content: it is returned as `title`. `head`, `script`, `style` and
 *   comments are dropped; inline tags (`b`, `span`, `a`...) keep only their text.
 * - Whitespace collapses as a browser collapses it; entities are decoded.
 *
 * It uses no package (only DocState's types and the block normalizer), so the disk backend can
 * reuse it to read HTML into the same DocState.
 */

/** What `htmlToDoc` reads from a page. */
export interface HtmlDoc {
  /** The text of `<title>`, when there is one. */
  title?: string;
  /** The body as Doc blocks, normalized (at least one paragraph, a paragraph after a table). */
  blocks: DocBlock[];
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  deg: '°',
  times: '×',
  divide: '÷',
  shy: '\u00ad',
};

/** Decodes `&amp;`, `&#39;`, `&#x1F600;` and the common named entities; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      // Browsers map NUL and out-of-range code points to U+FFFD.
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const HEADING = /^h([1-6])$/;
/** A soft line break inside a paragraph, as the Docs API writes `<br>` in a text run. */
const LINE_BREAK = '\u000b';
/** Elements that end the paragraph before them and after them, without being one. */
const SEPARATORS = new Set([
  'div',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'pre',
  'body',
  'html',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'address',
  'hr',
  'center',
]);
/** Elements whose content is not text of the page. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);

interface TableBuilder {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
}

/** Collects paragraphs and tables while the tokenizer walks the page. */
class DocBuilder {
  readonly blocks: DocBlock[] = [];
  private text = '';
  private style = 'NORMAL_TEXT';
  private prefix = '';
  /** A `p`, `h1` or `li` is open: close it as a paragraph even when it holds no text. */
  private explicit = false;
  private readonly lists: Array<{ ordered: boolean; count: number }> = [];
  private readonly tables: TableBuilder[] = [];

  appendText(raw: string): void {
    let chunk = decodeEntities(raw.replace(/[ \t\n\r\f]+/g, ' '));
    if (this.text === '' || this.text.endsWith(' ') || this.text.endsWith(LINE_BREAK)) {
      chunk = chunk.replace(/^ /, '');
    }
    this.text += chunk;
  }

  lineBreak(): void {
    this.text = `${this.text.replace(/ +$/, '')}${LINE_BREAK}`;
  }

  startParagraph(style: string, prefix = ''): void {
    if (this.explicit && this.prefix !== '' && this.text === '') {
      // `<li><p>Text</p></li>`: the block continues the list item rather than leaving it empty.
      this.style = style;
      return;
    }
    this.flush();
    this.style = style;
    this.prefix = prefix;
    this.explicit = true;
  }

  /** Ends the open paragraph, if any: emitted when it has text or was opened by a tag. */
  flush(): void {
    // Spaces before a line break or at the end of a paragraph are not shown: drop them.
    const text = this.text
      .split(LINE_BREAK)
      .map((line) => line.replace(/ +$/, ''))
      .join(LINE_BREAK);
    if (text !== '' || this.explicit) this.emit(this.prefix + text);
    this.text = '';
    this.style = 'NORMAL_TEXT';
    this.prefix = '';
    this.explicit = false;
  }

  startList(ordered: boolean): void {
    this.flush();
    this.lists.push({ ordered, count: 0 });
  }

  endList(): void {
    this.flush();
    this.lists.pop();
  }

  startItem(): void {
    const list = this.lists.at(-1);
    if (list) list.count += 1;
    this.startParagraph('NORMAL_TEXT', list?.ordered ? `${list.count}. ` : '• ');
  }

  startTable(): void {
    this.flush();
    this.tables.push({ rows: [], row: null, cell: null });
  }

  startRow(): void {
    const table = this.tables.at(-1);
    if (!table) {
      this.flush();
      return;
    }
    this.endRow();
    table.row = [];
  }

  startCell(): void {
    const table = this.tables.at(-1);
    if (!table) {
      this.flush();
      return;
    }
    this.endCell();
    table.row ??= [];
    table.cell = [];
  }

  endCell(): void {
    this.flush();
    const table = this.tables.at(-1);
    if (!table?.cell) return;
    table.row ??= [];
    table.row.push(table.cell.join('\n'));
    table.cell = null;
  }

  endRow(): void {
    this.endCell();
    const table = this.tables.at(-1);
    if (!table?.row) return;
    table.rows.push(table.row);
    table.row = null;
  }

  endTable(): void {
    if (this.tables.length === 0) {
      this.flush();
      return;
    }
    this.endRow();
    const table = this.tables.pop();
    if (!table || table.rows.length === 0) return;
    // A table nested in a cell cannot be kept in DocState: its cells become the outer cell's paragraphs.
    if (this.tables.length > 0) for (const row of table.rows) for (const cell of row) this.emit(cell);
    else this.blocks.push({ kind: 'table', rows: table.rows });
  }

  finish(): DocBlock[] {
    while (this.tables.length > 0) this.endTable();
    this.flush();
    return normalizeBlocks(this.blocks);
  }

  private emit(text: string): void {
    const cell = this.tables.at(-1)?.cell;
    if (cell) cell.push(text);
    else this.blocks.push({ kind: 'paragraph', style: this.style, text });
  }
}

function attribute(attrs: string, name: string): string | undefined {
  for (const match of attrs.matchAll(/([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
    if (match[1]?.toLowerCase() !== name) continue;
    const value = match[2] ?? '';
    return decodeEntities(value.replace(/^["']|["']$/g, ''));
  }
  return undefined;
}

function paragraphStyle(attrs: string): string {
  const classes = (attribute(attrs, 'class') ?? '').split(/\s+/);
  if (classes.includes('title')) return 'TITLE';
  if (classes.includes('subtitle')) return 'SUBTITLE';
  return 'NORMAL_TEXT';
}

function openTag(builder: DocBuilder, name: string, attrs: string): void {
  const heading = HEADING.exec(name);
  if (heading) builder.startParagraph(`HEADING_${heading[1]}`);
  else if (name === 'p') builder.startParagraph(paragraphStyle(attrs));
  else if (name === 'br') builder.lineBreak();
  else if (name === 'ul' || name === 'ol') builder.startList(name === 'ol');
  else if (name === 'li') builder.startItem();
  else if (name === 'table') builder.startTable();
  else if (name === 'tr') builder.startRow();
  else if (name === 'td' || name === 'th') builder.startCell();
  else if (SEPARATORS.has(name)) builder.flush();
}

function closeTag(builder: DocBuilder, name: string): void {
  if (HEADING.test(name) || name === 'p' || name === 'li') builder.flush();
  else if (name === 'ul' || name === 'ol') builder.endList();
  else if (name === 'table') builder.endTable();
  else if (name === 'tr') builder.endRow();
  else if (name === 'td' || name === 'th') builder.endCell();
  else if (SEPARATORS.has(name)) builder.flush();
}

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;

/** Reads a page of simple HTML into Doc blocks (see the module comment for what is understood). */
export function htmlToDoc(html: string): HtmlDoc {
  const builder = new DocBuilder();
  let title: string | undefined;
  let inHead = false;
  let i = 0;
  /** The index just past the next `marker` at or after `from` (the end of a comment, doctype or tag). */
  const skipPast = (marker: string, from: number): number => {
    const end = html.indexOf(marker, from);
    return end < 0 ? html.length : end + marker.length;
  };
  while (i < html.length) {
    TAG.lastIndex = i;
    const tag = html[i] === '<' ? TAG.exec(html) : null;
    if (!tag) {
      if (html.startsWith('<!--', i)) {
        i = skipPast('-->', i + 4);
      } else if (html.startsWith('<!', i) || html.startsWith('<?', i)) {
        i = skipPast('>', i);
      } else {
        // Text up to the next tag; a `<` that starts no tag is text, as browsers read it.
        const next = html.indexOf('<', i + 1);
        const end = next < 0 ? html.length : next;
        if (!inHead) builder.appendText(html.slice(i, end));
        i = end;
      }
      continue;
    }
    i += tag[0].length;
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    if (!closing && RAW_TEXT.has(name)) {
      // Searched case-insensitively in place: lower-casing the page could change its length.
      const closer = new RegExp(`</${name}`, 'gi');
      closer.lastIndex = i;
      const end = closer.exec(html)?.index ?? html.length;
      if (name === 'title') {
        title = decodeEntities(
          html
            .slice(i, end)
            .replace(/[ \t\n\r\f]+/g, ' ')
            .trim(),
        );
      }
      i = skipPast('>', end);
      continue;
    }
    if (name === 'head') {
      inHead = !closing;
      continue;
    }
    if (name === 'body') inHead = false;
    if (inHead) continue;
    if (closing) closeTag(builder, name);
    else openTag(builder, name, tag[3] ?? '');
  }
  const blocks = builder.finish();
  return title === undefined ? { blocks } : { title, blocks };
}
