/** Where the CLI writes; tests pass their own to capture output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Standard input as text, for `--client -`. */
  readStdin(): Promise<string>;
}

/** The process's own streams. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
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
