/** Why a workspace operation was refused; the CLI maps every one of them to exit code 2. */
export type WorkspaceErrorCode =
  | 'not-found'
  | 'not-a-workspace'
  | 'not-empty'
  | 'not-writable'
  | 'unsupported-version'
  | 'locked'
  | 'broken-file'
  | 'not-loaded'
  | 'conflict'
  | 'flush-failed'
  | 'invalid-setting';

/**
 * A problem with the workspace folder that a person can fix: the message names the file and
 * says what to do, so the CLI prints it as is (no stack trace).
 */
export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError';

  constructor(
    readonly code: WorkspaceErrorCode,
    message: string,
    /** The file or folder the problem is about. */
    readonly path?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
