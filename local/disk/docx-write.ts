import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { xmlSafe } from '../../src/core/text-normal.js';
import type { DocBlock, DocState } from '../host/state.js';

/** Docs' named styles as Word paragraph styles (Word's own style ids, which LibreOffice keeps). */
const WORD_STYLES: Record<string, string> = {
  TITLE: HeadingLevel.TITLE,
  SUBTITLE: 'Subtitle',
  HEADING_1: HeadingLevel.HEADING_1,
  HEADING_2: HeadingLevel.HEADING_2,
  HEADING_3: HeadingLevel.HEADING_3,
  HEADING_4: HeadingLevel.HEADING_4,
  HEADING_5: HeadingLevel.HEADING_5,
  HEADING_6: HeadingLevel.HEADING_6,
};

/**
 * A Google Doc as a .docx file: paragraphs with their heading styles, tables as tables. Line
 * breaks inside a paragraph (`\n`, or Docs' `\v`) become Word line breaks. Only text and
 * structure are kept: Docs formatting beyond named styles is not in the DocState. Characters XML
 * forbids are left out (Docs keeps them, but no other program could open the file).
 */
export async function docToDocx(doc: DocState): Promise<Buffer> {
  const children = doc.blocks.flatMap((block) => blockToDocx(block));
  const document = new Document({
    title: xmlSafe(doc.title),
    creator: 'Launch Desk',
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

function blockToDocx(block: DocBlock): Array<Paragraph | Table> {
  if (block.kind === 'paragraph') return [paragraph(block.text, block.style)];
  const width = Math.max(0, ...block.rows.map((row) => row.length));
  // Word needs at least one row and one cell; a table with none has no text to keep.
  if (width === 0) return [];
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: block.rows.map(
        (row) =>
          new TableRow({
            children: Array.from(
              { length: width },
              (_, c) =>
                new TableCell({ children: (row[c] ?? '').split('\n').map((line) => paragraph(line)) }),
            ),
          }),
      ),
    }),
  ];
}

function paragraph(text: string, style = 'NORMAL_TEXT'): Paragraph {
  const runs = text
    .split(/[\n\v]/)
    .map((line, i) => new TextRun({ text: xmlSafe(line), break: i > 0 ? 1 : 0 }));
  const wordStyle = WORD_STYLES[style];
  return new Paragraph({ children: runs, ...(wordStyle === undefined ? {} : { style: wordStyle }) });
}
