/**
 * Mail built from people's typing: a subject is one header line (a newline in a subject would
 * start a new header). HTML escaping of values is `renderTemplate(..., { html: true })`.
 */

/** A subject line: line breaks and tabs become spaces, runs of spaces one, at most `max` characters. */
export function oneLine(text: string, max = 200): string {
  const flat = text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The UTF-8 size of a text in bytes (Apps Script's property limits count bytes). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: 2 + 2 for its two halves.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}
