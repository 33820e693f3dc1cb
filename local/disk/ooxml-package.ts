import { DomUtils, parseDocument } from 'htmlparser2';
import type JSZip from 'jszip';

/** An element of an XML part, as htmlparser2 reads it (attributes and text decoded). */
export type XmlElement = ReturnType<typeof DomUtils.getElementsByTagName>[number];
/** A parsed XML part, one of its nodes, or a list of nodes. */
export type XmlNode = Parameters<typeof DomUtils.getElementsByTagName>[1];

/** Parses an XML part (Office files are machine-written XML). */
export function parseXml(xml: string): XmlNode {
  return parseDocument(xml, { xmlMode: true });
}

/** The elements named `name` (with its prefix: `w:style`) in an XML part or under nodes, in document order. */
export function xmlElements(xml: string | XmlNode, name: string): XmlElement[] {
  return DomUtils.getElementsByTagName(name, typeof xml === 'string' ? parseXml(xml) : xml, true);
}

/** One relationship of an Office Open XML package part, its target resolved to a zip path. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** A part's text, or `undefined` when the zip does not have it. */
export async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async('string');
}

/** The relationships of the part at `partPath` (`''` for the package itself). */
export async function partRelationships(zip: JSZip, partPath: string): Promise<Relationship[]> {
  const slash = partPath.lastIndexOf('/');
  const folder = partPath.slice(0, slash + 1);
  const xml = (await partText(zip, `${folder}_rels/${partPath.slice(slash + 1)}.rels`)) ?? '';
  return xmlElements(xml, 'Relationship').map(({ attribs }) => {
    const target = attribs.Target ?? '';
    return {
      id: attribs.Id ?? '',
      type: attribs.Type ?? '',
      // Targets are relative to the part's folder, or absolute from the package root.
      target: target.startsWith('/') ? target.slice(1) : resolvePath(folder + target),
    };
  });
}

/** The main part of the package (`xl/workbook.xml`, `word/document.xml`), or `fallback`. */
export async function mainPartPath(zip: JSZip, fallback: string): Promise<string> {
  const rels = await partRelationships(zip, '');
  return rels.find((rel) => rel.type.endsWith('/officeDocument'))?.target ?? fallback;
}

function resolvePath(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}
