/**
 * File names for Drive names. Drive allows any text and duplicate names; file systems do not.
 * Only the name on disk changes: the Drive name stays in state/drive.json.
 */

/** Characters Windows, macOS or Linux refuse in a name, and control characters. */
const UNSAFE = /[/\\:*?"<>|\p{Cc}]/gu;
/** Names Windows reserves whatever their extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
/** Most file systems allow 255 bytes a name; leave room for a ` (12)` suffix and a temp prefix. */
const MAX_BYTES = 200;

/**
 * A file-system-safe form of a Drive name: unsafe characters become `_`, trailing dots and spaces
 * (which Windows drops) go, reserved device names get a leading `_`, and long names are cut on a
 * character boundary (CJK and emoji are kept whole). `extension` (like `.docx`) is kept in full.
 */
export function safeFileName(name: string, extension = ''): string {
  let stem = name.normalize('NFC').replace(UNSAFE, '_');
  if (extension === '') stem = stem.replace(/[. ]+$/, '');
  if (stem === '' || stem === '.' || stem === '..') stem = 'untitled';
  if (RESERVED.test(stem + extension)) stem = `_${stem}`;
  return cutToBytes(stem, MAX_BYTES - Buffer.byteLength(extension)) + extension;
}

/** Cuts text to at most `max` UTF-8 bytes without splitting a character or an emoji sequence. */
function cutToBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  let out = '';
  let bytes = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    bytes += Buffer.byteLength(segment);
    if (bytes > max) break;
    out += segment;
  }
  return out;
}

/**
 * How file systems that ignore case or Unicode normalisation (macOS, Windows) compare names, so
 * `Plan` and `plan` never land on one file.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** `Plan.docx` → `Plan (2).docx`; folders (no extension) get the suffix at the end. */
export function withCopyNumber(name: string, n: number, isFolder: boolean): string {
  if (isFolder) return `${name} (${n})`;
  const dot = name.lastIndexOf('.');
  const hasExtension = dot > 0 && name.length - dot <= 10 && !name.slice(dot).includes(' ');
  return hasExtension ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}
