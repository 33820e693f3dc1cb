/** Where the CLI writes; tests pass their own to capture output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Standard input as text, for `--client -`. */
  readStdin(): Promise<string>;
}

/**
 * Writes lines to a process stream until its reader goes away. A reader that stops early
 * (`launch-desk plan | head -1`) makes the next write fail with EPIPE, reported as an `error`
 * event; unheard, Node throws it as an uncaught exception: a stack trace, and a process stopped
 * wherever it was. Every command prints only after its run flushed the workspace, so the rest of
 * the output is dropped and the command ends with its own exit code.
 */
function lineWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let gone = false;
  let listening = false;
  return (text) => {
    if (!listening) {
      listening = true;
      stream.on('error', () => {
        gone = true;
      });
    }
    if (!gone) stream.write(`${text}\n`);
  };
}

/** The process's own streams. */
export const processIo: CliIo = {
  out: lineWriter(process.stdout),
  err: lineWriter(process.stderr),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** Exit codes: 0 ok, 1 invalid input (the message names the fields), 2 anything else. */
export const EXIT = { ok: 0, invalid: 1, failed: 2 } as const;

/** A failure the CLI reports with an exit code and a message naming the problem and the fix. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
