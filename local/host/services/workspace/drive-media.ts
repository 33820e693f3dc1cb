import type { DocBlock } from '../../state.js';
import { DOC_MIME } from './drive-store.js';
import { ApiFailure } from './errors.js';
import { htmlToDoc } from './html-to-doc.js';

/**
 * The media a `files.create` or `files.update` uploads: a Blob from the bundle (Utilities.newBlob
 * or any object with `getDataAsString()` and `getContentType()`), converted into a Google Doc as
 * Drive's import converts it.
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

/**
 * The Doc blocks an upload becomes: the add-on uploads HTML into a new Google Doc, which Drive
 * converts as `htmlToDoc` reads it. Any other upload is refused, naming its types.
 */
export function importedDoc(mimeType: string, media: Media): DocBlock[] {
  const type = media.contentType.split(';')[0]?.trim().toLowerCase();
  if (mimeType === DOC_MIME && type === 'text/html') return htmlToDoc(media.text);
  throw new MediaError(
    `Uploading ${media.contentType} into a ${mimeType} is not supported by the Launch Desk local host.`,
  );
}
