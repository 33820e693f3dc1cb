/**
 * Globals that Apps Script's V8 runtime does not have, as Google documents it. The local hosts
 * withhold exactly these from the vm context, and the diagnostics look for each of them in the
 * real runtime: one list, so the hosts and the check cannot drift apart.
 */
export const WITHHELD_GLOBALS = [
  'require',
  'process',
  'module',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'fetch',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'atob',
  'btoa',
  'crypto',
  'structuredClone',
  'window',
  'Buffer',
  'queueMicrotask',
] as const;
