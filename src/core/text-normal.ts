/**
 * Text as Launch Desk keeps it. Everything typed ends up in a spreadsheet cell, an .xlsx or .docx
 * file (XML) and mail, and is compared with what is already there: so it is kept in one Unicode
 * form (NFC), without the characters XML 1.0 cannot carry, and names also without the invisible
 * characters that make two look-alike names differ.
 */

/** Inclusive ranges of code points. */
type Ranges = ReadonlyArray<readonly [number, number]>;

/**
 * What XML 1.0 allows in a document (§2.2 Char: #x9, #xA, #xD, #x20–#xD7FF, #xE000–#xFFFD,
 * #x10000–#x10FFFF), https://www.w3.org/TR/xml/#charsets. Left out: the C0 controls but tab and
 * line breaks, U+FFFE, U+FFFF and surrogates standing alone.
 */
const XML_CHARS: Ranges = [
  [0x9, 0xa],
  [0xd, 0xd],
  [0x20, 0xd7ff],
  [0xe000, 0xfffd],
  [0x10000, 0x10ffff],
];

/**
 * Characters that show nothing yet make two names differ: C1 controls, the soft hyphen, the
 * grapheme joiner, zero-width spaces and joiners, bidirectional marks, embeddings and isolates,
 * invisible operators, the word joiner, Hangul fillers and the byte-order mark (Unicode's
 * Default_Ignorable_Code_Point and format characters).
 */
const INVISIBLE: Ranges = [
  [0x80, 0x9f],
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];

function within(ranges: Ranges, code: number): boolean {
  return ranges.some(([low, high]) => code >= low && code <= high);
}

/** `text` with only the characters `keep` says yes to (a surrogate pair is one character). */
function filtered(text: string, keep: (code: number) => boolean): string {
  let out = '';
  for (const character of text) if (keep(character.codePointAt(0) ?? 0)) out += character;
  return out;
}

/**
 * What may hold a character XML forbids, as one native test: almost every cell of a tracker is
 * clean and the .xlsx writer asks for each (1.8 million cells in ~0.15 s). Any surrogate matches,
 * paired or not (without the `u` flag, which makes the test three times slower): the exact
 * filter then keeps the pairs.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose.
const XML_DIRTY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/;

/** `text` without the characters XML 1.0 forbids (what no .xlsx, .docx or Sheets cell can keep). */
export function xmlSafe(text: string): string {
  return !XML_DIRTY.test(text) ? text : filtered(text, (code) => within(XML_CHARS, code));
}

/** Typed text as kept: composed (NFC), without the characters XML forbids. */
export function normalText(text: string): string {
  return xmlSafe(text.normalize('NFC'));
}

/** A name as kept: normal text without invisible characters. */
export function plainName(text: string): string {
  return filtered(normalText(text), (code) => !within(INVISIBLE, code));
}

/**
 * What two names are compared by: the plain name in compatibility form (full-width "Ａ" is "A"),
 * its runs of spaces as one, trimmed and in lower case. Two names with one key are one client.
 */
export function nameKey(text: string): string {
  return plainName(text).normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}
