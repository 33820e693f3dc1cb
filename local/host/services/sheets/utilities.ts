import { isDate } from '../../realm.js';
import { counted, type ServiceContext } from '../../service-context.js';
import { Blob, encodingOf, toBytes, toSignedBytes } from './blob.js';
import { serviceError, signatureError } from './errors.js';
import { formatDatePattern } from './format-date.js';
import { epochToWall, offsetAt } from './time-zone.js';

/** Apps Script refuses to sleep longer than five minutes. */
const MAX_SLEEP_MS = 300_000;

/** `Utilities`: date formatting, blobs, base64, ids. */
export class Utilities {
  constructor(private readonly ctx: ServiceContext) {
    counted(ctx, 'Utilities', this);
  }

  /**
   * Formats a date in a zone with a SimpleDateFormat pattern (see format-date.ts). An unknown
   * zone id formats in GMT, as Java does.
   */
  formatDate(date: unknown, timeZone: unknown, format: unknown): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureError(this.ctx, 'Utilities.formatDate', [date, timeZone, format]);
    }
    const ms = date.getTime();
    const fail = (message: string): never => {
      throw serviceError(this.ctx, message);
    };
    return formatDatePattern(epochToWall(ms, timeZone), offsetAt(ms, timeZone), format, fail);
  }

  /** A Blob from a string or a byte array, with an optional content type and name. */
  newBlob(data: unknown, contentType?: string, name?: string): Blob {
    const bytes = toBytes(data);
    if (bytes === undefined) throw signatureError(this.ctx, 'Utilities.newBlob', [data]);
    return new Blob(this.ctx, {
      bytes,
      // A string blob is text; a byte blob has no type until given one.
      contentType:
        contentType !== undefined ? String(contentType) : typeof data === 'string' ? 'text/plain' : null,
      name: name !== undefined ? String(name) : null,
    });
  }

  /**
   * A fresh UUID (version-4 layout). Built from the workspace's id counter rather than
   * randomness, so runs repeat exactly and ids stay unique across executions.
   */
  getUuid(): string {
    const n = Number.parseInt(this.ctx.newId(''), 36);
    return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  }

  /**
   * Pauses the script. The host cannot move the execution clock itself (its clock advances only
   * with `msPerCall`), so it only checks the argument.
   */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || milliseconds > MAX_SLEEP_MS) {
      throw serviceError(this.ctx, `Invalid argument: milliseconds`);
    }
  }

  /** Base64 of a string (in `charset`, UTF-8 by default) or of a byte array. */
  base64Encode(data: unknown, charset?: string): string {
    const encoding = encodingOf(charset);
    const bytes =
      typeof data === 'string' && encoding !== undefined ? Buffer.from(data, encoding) : toBytes(data);
    if (bytes === undefined) throw signatureError(this.ctx, 'Utilities.base64Encode', [data]);
    return bytes.toString('base64');
  }

  /** The bytes a base64 string encodes, as signed Java bytes. */
  base64Decode(encoded: unknown): number[] {
    if (typeof encoded !== 'string') throw signatureError(this.ctx, 'Utilities.base64Decode', [encoded]);
    return toSignedBytes(this.ctx.realm, Buffer.from(encoded, 'base64'));
  }
}
