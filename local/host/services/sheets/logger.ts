import { format } from 'node:util';
import { counted, type ServiceContext } from '../../service-context.js';

/** `Logger.log(format, ...values)`: `%s`-style formatting, one line to the execution log. */
export class Logger {
  constructor(private readonly ctx: ServiceContext) {
    counted(ctx, 'Logger', this);
  }

  /** Logs one line. */
  log(data: unknown, ...values: unknown[]): Logger {
    this.ctx.log(format(data, ...values));
    return this;
  }
}

/** Levels that Apps Script's execution log shows apart; plain `log`/`info` lines go unmarked. */
const MARKS = { log: '', info: '', warn: 'WARN ', error: 'ERROR ' } as const;

/**
 * The context's `console`: each call is one execution-log line. Not counted: logging is not a
 * service call a test should budget, and Apps Script does not bill it either.
 */
export function createConsole(ctx: ServiceContext): Record<keyof typeof MARKS, (...args: unknown[]) => void> {
  const line =
    (mark: string) =>
    (...args: unknown[]): void =>
      ctx.log(`${mark}${format(...args)}`);
  return { log: line(MARKS.log), info: line(MARKS.info), warn: line(MARKS.warn), error: line(MARKS.error) };
}
