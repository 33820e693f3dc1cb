import { Parser } from 'htmlparser2';
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
 * - `head` (with its `title`), `script`, `style` and comments are dropped; inline tags (`b`,
 *   `span`, `a`...) keep only their text.
 * - Whitespace collapses as a browser collapses it.
 *
 * htmlparser2 reads the page: tags, entities, and the end tags HTML implies (`<li>One<li>Two`).
 */

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

/** Collects paragraphs and tables while htmlparser2 walks the page. */
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
    let chunk = raw.replace(/[ \t\n\r\f]+/g, ' ');
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

function paragraphStyle(attributes: Record<string, string>): string {
  const classes = (attributes.class ?? '').split(/\s+/);
  if (classes.includes('title')) return 'TITLE';
  if (classes.includes('subtitle')) return 'SUBTITLE';
  return 'NORMAL_TEXT';
}

function openTag(builder: DocBuilder, name: string, attributes: Record<string, string>): void {
  const heading = HEADING.exec(name);
  if (heading) builder.startParagraph(`HEADING_${heading[1]}`);
  else if (name === 'p') builder.startParagraph(paragraphStyle(attributes));
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

/**
 * Reads a page of simple HTML into Doc blocks (see the module comment for what is understood),
 * normalized: at least one paragraph, and a paragraph after a table.
 */
export function htmlToDoc(html: string): DocBlock[] {
  const builder = new DocBuilder();
  /** How many open elements hold no body text (head, script, style, title, textarea). */
  let hidden = 0;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'head' || RAW_TEXT.has(name)) hidden += 1;
      else if (hidden === 0) openTag(builder, name, attributes);
    },
    onclosetag(name) {
      if (name === 'head' || RAW_TEXT.has(name)) hidden -= 1;
      else if (hidden === 0) closeTag(builder, name);
    },
    ontext(text) {
      if (hidden === 0) builder.appendText(text);
    },
  });
  parser.end(html);
  return builder.finish();
}
