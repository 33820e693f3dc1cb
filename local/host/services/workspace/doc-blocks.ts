import type { DocBlock } from '../../state.js';

/** An empty paragraph: what a new Doc's body holds. */
export function emptyParagraph(): DocBlock {
  return { kind: 'paragraph', style: 'NORMAL_TEXT', text: '' };
}

/**
 * Blocks as a Google Doc can hold them: a paragraph's text carries no newline (a newline starts
 * the next paragraph), a table is rectangular, and the body always ends with a paragraph, so an
 * empty body is one empty paragraph and a table at the end is followed by one.
 */
export function normalizeBlocks(blocks: readonly DocBlock[]): DocBlock[] {
  const out: DocBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      for (const text of block.text.split('\n')) out.push({ kind: 'paragraph', style: block.style, text });
    } else if (block.rows.length > 0) {
      const columns = Math.max(1, ...block.rows.map((row) => row.length));
      const rows = block.rows.map((row) => Array.from({ length: columns }, (_, i) => row[i] ?? ''));
      out.push({ kind: 'table', rows });
    }
  }
  if (out.at(-1)?.kind !== 'paragraph') out.push(emptyParagraph());
  return out;
}
