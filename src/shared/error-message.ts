/**
 * The message of anything thrown, for a log line, a result or a person. Read by shape, not by
 * `instanceof Error`: an error from another realm (the vm host's services, a sidebar call) is an
 * Error there but not here. Anything without a string message (a thrown string, null) is
 * stringified.
 */
export function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : String(error);
}
