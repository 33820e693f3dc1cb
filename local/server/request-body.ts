import type { IncomingMessage } from 'node:http';

/**
 * The largest RPC body read. The largest real call is `onboardClient` with its notes filling
 * one Sheets cell: 50,000 characters, up to 3 bytes each in UTF-8, about 150 KB with the other
 * fields; 1 MiB is that times a margin of about six, and keeps a hostile body from growing the
 * process.
 */
export const MAX_RPC_BODY_BYTES = 1024 * 1024;

/**
 * Seconds a request may take to arrive in full. The page on this machine sends a body in
 * milliseconds; ten seconds leaves room for a busy machine and frees a stalled connection soon.
 */
export const BODY_TIMEOUT_SECONDS = 10;

/** Why a body was not read: the status to answer and a short reason. */
export class BodyRefused extends Error {
  constructor(
    readonly status: 400 | 408 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** Limits of one body read. */
export interface BodyLimits {
  maxBytes: number;
  timeoutMs: number;
}

const DEFAULT_LIMITS: BodyLimits = { maxBytes: MAX_RPC_BODY_BYTES, timeoutMs: BODY_TIMEOUT_SECONDS * 1000 };

/**
 * Reads a request body as UTF-8, refusing (BodyRefused) one declared or found larger than
 * `maxBytes` (413, as soon as that is known), one not in full within `timeoutMs` (408) and a
 * broken upload (400). It stops reading at the refusal, so nothing more is buffered.
 */
export function readLimitedBody(
  request: IncomingMessage,
  limits: BodyLimits = DEFAULT_LIMITS,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new BodyRefused(413, `Request body larger than ${limits.maxBytes} bytes.`);
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error?: BodyRefused) => {
      clearTimeout(timer);
      request.off('data', onData).off('end', onEnd).off('error', onError).off('aborted', onError);
      if (error) {
        request.pause();
        reject(error);
      } else resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) finish(tooLarge());
      else chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onError = () => finish(new BodyRefused(400, 'The request body broke off.'));
    const timer = setTimeout(
      () => finish(new BodyRefused(408, `Request body not received within ${limits.timeoutMs / 1000} s.`)),
      limits.timeoutMs,
    );
    request.on('data', onData).on('end', onEnd).on('error', onError).on('aborted', onError);
  });
}
