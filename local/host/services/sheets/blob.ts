import { isArray, type Realm } from '../../realm.js';
import { counted, type ServiceContext } from '../../service-context.js';
import { contextArrayOfLength } from './context-values.js';
import { serviceError } from './errors.js';

/** The bytes, type and name of a Blob, for services that take one (Drive uploads, attachments). */
export interface BlobData {
  bytes: Buffer;
  contentType: string | null;
  name: string | null;
}

/** Bytes from a string (UTF-8) or from a byte array (Java bytes, -128..127, or 0..255). */
export function toBytes(data: unknown): Buffer | undefined {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (isArray(data) && data.every((b) => typeof b === 'number')) {
    return Buffer.from((data as number[]).map((b) => b & 0xff));
  }
  return undefined;
}

/** Bytes as Apps Script returns them: a context array of signed Java bytes. */
export function toSignedBytes(realm: Realm, bytes: Buffer): number[] {
  const out = contextArrayOfLength<number>(realm, bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = ((bytes[i] ?? 0) << 24) >> 24;
  return out;
}

const CHARSETS: Record<string, BufferEncoding> = {
  'utf-8': 'utf8',
  utf8: 'utf8',
  'iso-8859-1': 'latin1',
  'us-ascii': 'ascii',
  'utf-16le': 'utf16le',
};

/** A Node encoding for a Java charset name; UTF-8 when absent. */
export function encodingOf(charset: unknown): BufferEncoding | undefined {
  return charset === undefined ? 'utf8' : CHARSETS[String(charset).toLowerCase()];
}

/** `Utilities.newBlob(...)`: bytes with an optional content type and name. */
export class Blob {
  private readonly data: BlobData;

  constructor(
    private readonly ctx: ServiceContext,
    data: BlobData,
  ) {
    this.data = data;
    counted(ctx, 'Blob', this);
  }

  /** The bytes decoded as text (UTF-8 unless a charset is given). */
  getDataAsString(charset?: string): string {
    const encoding = encodingOf(charset);
    if (encoding === undefined) throw serviceError(this.ctx, `Unsupported charset: ${charset}`);
    return this.data.bytes.toString(encoding);
  }

  /** The bytes, as signed Java bytes. */
  getBytes(): number[] {
    return toSignedBytes(this.ctx.realm, this.data.bytes);
  }

  /** The MIME type, or null when none was given. */
  getContentType(): string | null {
    return this.data.contentType;
  }

  /** Sets the MIME type. */
  setContentType(contentType: string | null): Blob {
    this.data.contentType = contentType === null || contentType === undefined ? null : String(contentType);
    return this;
  }

  /** The name, or null. */
  getName(): string | null {
    return this.data.name;
  }

  /** Sets the name. */
  setName(name: string): Blob {
    this.data.name = String(name);
    return this;
  }
}
