/**
 * Just enough XML for the parts of .xlsx and .docx files we read by hand (cell values, document
 * text): entity decoding, attributes, and a flat tag tokenizer. Office files are machine-written
 * XML without DTDs, so this is safe; it is not a general XML parser.
 */

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes `&lt;`, `&#233;`, `&#x1F680;` and friends. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    ENTITY,
    (_, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name !== undefined) return NAMED[name] ?? '';
      const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    },
  );
}

/** An attribute's decoded value from a tag's attribute text (`name` may carry a prefix: `w:val`). */
export function xmlAttribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(
    attributes,
  );
  return match === null ? undefined : decodeXml(match[2] ?? match[3] ?? '');
}

/** One piece of an XML document. */
export type XmlToken =
  | { kind: 'open'; name: string; attributes: string; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const TOKEN =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:"[^"]*"|'[^']*'|[^'">])*?)(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][\s\S]*?>|([^<]+)/g;

/** The tags and (decoded) text of an XML document, in order; declarations and comments are skipped. */
export function* xmlTokens(xml: string): Generator<XmlToken> {
  for (const m of xml.matchAll(TOKEN)) {
    const [, slash, name, attributes, selfClosing, cdata, text] = m;
    if (name !== undefined) {
      if (slash === '/') yield { kind: 'close', name };
      else yield { kind: 'open', name, attributes: attributes ?? '', selfClosing: selfClosing === '/' };
    } else if (cdata !== undefined) {
      yield { kind: 'text', text: cdata };
    } else if (text !== undefined) {
      yield { kind: 'text', text: decodeXml(text) };
    }
  }
}
