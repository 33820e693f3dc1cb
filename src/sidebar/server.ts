import { errorMessage } from '../shared/error-message';
import type { ServerApi } from '../shared/rpc';
import { tr } from './text';

interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: Error) => void): Runner;
  [name: string]: unknown;
}

declare const google: { script: { run: Runner } };

/**
 * Calls a public server global through `google.script.run` as a promise, typed by the RPC
 * contract. Arguments must be JSON-like: the contract has no Date anywhere.
 */
export function callServer<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

/** What the sidebar says when a server call failed: the server's own words. */
export function serverErrorText(error: unknown): string {
  return tr('serverError', { error: errorMessage(error) });
}
