import { StringDecoder } from 'node:string_decoder';
import type JSZip from 'jszip';
import { mainPartPath, partRelationships, partText, xmlElements } from './ooxml-package.js';
import { type CellStyle, type ScannedSheet, SheetDataScanner } from './xlsx-cells.js';

/** A worksheet of the workbook: its tab name and the zip part holding it. */
export interface SheetPart {
  name: string;
  part: string;
}

/** The workbook's sheets in tab order, and its date system. `undefined` when it has no workbook part. */
export async function workbookParts(
  zip: JSZip,
): Promise<{ sheets: SheetPart[]; date1904: boolean } | undefined> {
  const workbookPath = await mainPartPath(zip, 'xl/workbook.xml');
  const workbookXml = await partText(zip, workbookPath);
  if (workbookXml === undefined) return undefined;
  const targets = new Map((await partRelationships(zip, workbookPath)).map((rel) => [rel.id, rel.target]));
  const sheets: SheetPart[] = [];
  for (const { attribs } of xmlElements(workbookXml, 'sheet')) {
    const part = targets.get(attribs['r:id'] ?? '');
    if (attribs.name !== undefined && part !== undefined) sheets.push({ name: attribs.name, part });
  }
  const pr = xmlElements(workbookXml, 'workbookPr')[0]?.attribs.date1904;
  const date1904 = ['1', 'true'].includes(pr ?? '');
  return { sheets, date1904 };
}

/** jszip's chunked reader, which its type declarations leave out (its nodeStream is not async-iterable). */
interface StreamingZipObject {
  internalStream(type: 'uint8array'): ZipStreamHelper;
}
interface ZipStreamHelper {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ZipStreamHelper;
  on(event: 'error', listener: (error: Error) => void): ZipStreamHelper;
  on(event: 'end', listener: () => void): ZipStreamHelper;
  resume(): ZipStreamHelper;
}

/**
 * Streams a worksheet part through the cell scanner, and returns the part without its cells for
 * exceljs to read the rest (views, widths, validations, conditional formats) in no time.
 */
export async function scanWorksheet(
  zip: JSZip,
  part: string,
  strings: string[],
  styles: CellStyle[],
  date1904: boolean,
): Promise<{ sheet: ScannedSheet; withoutCells: string }> {
  const scanner = new SheetDataScanner(strings, styles, date1904);
  const file = zip.file(part);
  if (file === null) return { sheet: scanner.finish(), withoutCells: '' };
  const decoder = new StringDecoder('utf8');
  let phase: 'head' | 'data' | 'tail' = 'head';
  let pending = '';
  let head = '';
  let tail = '';
  const consume = (final: boolean): void => {
    if (phase === 'head') {
      const start = pending.search(/<sheetData[\s/>]/);
      const close = start < 0 ? -1 : pending.indexOf('>', start);
      if (close < 0) return;
      head = pending.slice(0, start);
      const selfClosing = pending[close - 1] === '/';
      pending = pending.slice(close + 1);
      phase = selfClosing ? 'tail' : 'data';
    }
    if (phase === 'data') {
      const end = pending.indexOf('</sheetData>');
      if (end >= 0) {
        scanner.scan(pending.slice(0, end));
        pending = pending.slice(end + '</sheetData>'.length);
        phase = 'tail';
      } else {
        // Scan whole rows only; the rest waits for the next chunk.
        const cut = final ? pending.length : pending.lastIndexOf('</row>') + '</row>'.length;
        if (cut >= '</row>'.length) {
          scanner.scan(pending.slice(0, cut));
          pending = pending.slice(cut);
        }
      }
    }
    if (phase === 'tail') {
      tail += pending;
      pending = '';
    }
  };
  await new Promise<void>((resolve, reject) => {
    (file as unknown as StreamingZipObject)
      .internalStream('uint8array')
      .on('data', (chunk) => {
        pending += decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        consume(false);
      })
      .on('error', reject)
      .on('end', () => resolve())
      .resume();
  });
  pending += decoder.end();
  consume(true);
  // A part without <sheetData> (not valid xlsx, but harmless) goes to exceljs as it is.
  if (phase === 'head') return { sheet: scanner.finish(), withoutCells: pending };
  return { sheet: scanner.finish(), withoutCells: `${head}<sheetData/>${tail}` };
}
