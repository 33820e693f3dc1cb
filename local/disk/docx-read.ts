import { Parser } from 'htmlparser2';
import JSZip from 'jszip';
import type { DocBlock } from '../host/state.js';
import { mainPartPath, partText, xmlElements } from './ooxml-package.js';

/**
 * Reads the text of a .docx a person edited (in Word or LibreOffice) back into Doc blocks:
 * paragraphs with their heading style (Title, Subtitle, Heading 1-6, by the style's name so a
 * localised Word works too) and tables as rows of cell text. Drawings, text boxes and deleted
 * (tracked) text are left out.
 */
export async function readDocxBlocks(bytes: Uint8Array): Promise<DocBlock[]> {
  const zip = await JSZip.loadAsync(bytes);
  const documentPath = await mainPartPath(zip, 'word/document.xml');
  const documentXml = await partText(zip, documentPath);
  if (documentXml === undefined) throw new Error(`it has no ${documentPath}`);
  const folder = documentPath.slice(0, documentPath.lastIndexOf('/') + 1);
  const styleNames = parseStyleNames((await partText(zip, `${folder}styles.xml`)) ?? '');
  return parseBody(documentXml, (styleId) => namedStyle(styleNames.get(styleId) ?? styleId));
}

/** Paragraph style ids to their names (`Heading1` → `heading 1`; in German Word `berschrift1` → `heading 1`). */
function parseStyleNames(stylesXml: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const style of xmlElements(stylesXml, 'w:style')) {
    const id = style.attribs['w:styleId'];
    const name = xmlElements(style.children, 'w:name')[0];
    if (id !== undefined && name !== undefined) names.set(id, name.attribs['w:val'] ?? id);
  }
  return names;
}

/** A Word style name (or id) as a Docs named style. */
function namedStyle(name: string): string {
  const key = name.toLowerCase().replace(/\s+/g, '');
  if (key === 'title') return 'TITLE';
  if (key === 'subtitle') return 'SUBTITLE';
  const heading = /^heading([1-6])$/.exec(key);
  return heading === null ? 'NORMAL_TEXT' : `HEADING_${heading[1]}`;
}

/** Elements whose text is not body text: drawings, text boxes, legacy fallbacks. */
const SKIPPED = new Set(['w:drawing', 'w:pict', 'w:object', 'mc:Fallback', 'w:txbxContent', 'w:del']);

/**
 * Walks the body's elements as htmlparser2 reads them (an empty element `<w:p/>` opens and closes
 * at once), collecting paragraph text and the cells of top-level tables.
 */
function parseBody(xml: string, styleOf: (styleId: string) => string): DocBlock[] {
  const blocks: DocBlock[] = [];
  let skip = 0;
  let inRun = false;
  let inText = false;
  let paragraph: { styleId?: string; text: string } | undefined;
  let tableDepth = 0;
  let rows: string[][] = [];
  let row: string[] = [];
  let cell: string[] = [];
  const endParagraph = (): void => {
    if (paragraph === undefined) return;
    if (tableDepth > 0) cell.push(paragraph.text);
    else {
      const style = paragraph.styleId === undefined ? 'NORMAL_TEXT' : styleOf(paragraph.styleId);
      blocks.push({ kind: 'paragraph', style, text: paragraph.text });
    }
    paragraph = undefined;
  };
  const open = (name: string, attributes: Record<string, string>): void => {
    switch (name) {
      case 'w:p':
        paragraph = { text: '' };
        break;
      case 'w:pStyle':
        if (paragraph !== undefined) paragraph.styleId = attributes['w:val'];
        break;
      case 'w:r':
        inRun = true;
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
        // A tab inside a run is text; w:tab inside paragraph properties is a tab stop.
        if (inRun && paragraph !== undefined) paragraph.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (inRun && paragraph !== undefined) paragraph.text += '\n';
        break;
      case 'w:tbl':
        tableDepth++;
        if (tableDepth === 1) rows = [];
        break;
      case 'w:tr':
        if (tableDepth === 1) row = [];
        break;
      case 'w:tc':
        if (tableDepth === 1) cell = [];
        break;
    }
  };
  const close = (name: string): void => {
    if (name === 'w:t') inText = false;
    else if (name === 'w:r') inRun = false;
    else if (name === 'w:p') endParagraph();
    else if (name === 'w:tc' && tableDepth === 1) {
      row.push(cell.join('\n'));
      cell = [];
    } else if (name === 'w:tr' && tableDepth === 1) {
      rows.push(row);
      row = [];
    } else if (name === 'w:tbl') {
      tableDepth--;
      if (tableDepth === 0) blocks.push({ kind: 'table', rows });
    }
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED.has(name)) skip++;
        else if (skip === 0) open(name, attributes);
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skip--;
        else if (skip === 0) close(name);
      },
      ontext(text) {
        if (skip === 0 && inText && paragraph !== undefined) paragraph.text += text;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return blocks;
}
