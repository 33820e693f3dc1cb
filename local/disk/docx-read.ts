import JSZip from 'jszip';
import type { DocBlock } from '../host/state.js';
import { mainPartPath, partText } from './ooxml-package.js';
import { xmlAttribute, xmlTokens } from './xml-text.js';

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
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = xmlAttribute(m[1] ?? '', 'w:styleId');
    const name = /<w:name\b([^>]*)>/.exec(m[2] ?? '');
    if (id !== undefined && name !== null) names.set(id, xmlAttribute(name[1] ?? '', 'w:val') ?? id);
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
  for (const token of xmlTokens(xml)) {
    if (token.kind === 'text') {
      if (skip === 0 && inText && paragraph !== undefined) paragraph.text += token.text;
      continue;
    }
    const name = token.name;
    if (SKIPPED.has(name)) {
      if (token.kind === 'open' && !token.selfClosing) skip++;
      else if (token.kind === 'close') skip--;
      continue;
    }
    if (skip > 0) continue;
    if (token.kind === 'close') {
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
      continue;
    }
    switch (name) {
      case 'w:p':
        paragraph = { text: '' };
        if (token.selfClosing) endParagraph();
        break;
      case 'w:pStyle':
        if (paragraph !== undefined) paragraph.styleId = xmlAttribute(token.attributes, 'w:val');
        break;
      case 'w:r':
        inRun = !token.selfClosing;
        break;
      case 'w:t':
        inText = !token.selfClosing;
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
  }
  return blocks;
}
