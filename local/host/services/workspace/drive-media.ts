import type { DocBlock } from '../../state.js';
import { normalizeBlocks } from './doc-blocks.js';
import { DOC_MIME, FOLDER_MIME } from './drive-store.js';
import { ApiFailure } from './errors.js';
import { htmlToDoc } from './html-to-doc.js';

/**
 * The media a `files.create` or `files.update` uploads: a Blob from the bundle (Utilities.newBlob
 * or any object with `getDataAsString()` and `getContentType()`), stored as bytes or, when the
 * target is a Google Doc, converted into one as Drive's import converts it.
 */

/** What the host reads from a blob. */
export interface Media {
  text: string;
  contentType: string;
  name?: string;
}

/** Why an upload cannot be stored: the caller turns it into Drive's error. */
class MediaError extends ApiFailure {}

/** Reads a blob handed in by the bundle (none for null or undefined), or refuses something that is not one. */
export function readMedia(blob: unknown): Media | undefined {
  if (blob === undefined || blob === null) return undefined;
  const source = blob as { getDataAsString?: unknown; getContentType?: unknown; getName?: unknown } | null;
  if (typeof source?.getDataAsString !== 'function' || typeof source.getContentType !== 'function') {
    throw new MediaError('Media must be a Blob (an object with getDataAsString() and getContentType()).');
  }
  const text = String(source.getDataAsString.call(source));
  const contentType = String(source.getContentType.call(source) ?? 'application/octet-stream');
  const name = typeof source.getName === 'function' ? source.getName.call(source) : undefined;
  return typeof name === 'string' && name !== '' ? { text, contentType, name } : { text, contentType };
}

/** Doc blocks from an importable upload: HTML through the HTML reader, plain text one paragraph a line. */
function importDoc(media: Media): DocBlock[] {
  const type = media.contentType.split(';')[0]?.trim().toLowerCase();
  if (type === 'text/html') return htmlToDoc(media.text).blocks;
  if (type === 'text/plain') {
    return normalizeBlocks(
      media.text
        .replace(/\r\n?/g, '\n')
        .replace(/\n$/, '')
        .split('\n')
        .map((text): DocBlock => ({ kind: 'paragraph', style: 'NORMAL_TEXT', text })),
    );
  }
  throw new MediaError(
    `Conversion of ${media.contentType} to a Google Doc is not supported by the Launch Desk local host.`,
  );
}

/** How the upload is stored for a file of `mimeType`: as Doc blocks or as base64 bytes. */
export function storedContent(
  mimeType: string,
  media: Media,
): { blocks: DocBlock[] } | { contentBase64: string } {
  if (mimeType === DOC_MIME) return { blocks: importDoc(media) };
  if (mimeType === FOLDER_MIME || mimeType.startsWith('application/vnd.google-apps.')) {
    throw new MediaError(`Uploading content into a ${mimeType} is not supported.`);
  }
  return { contentBase64: Buffer.from(media.text, 'utf8').toString('base64') };
}
