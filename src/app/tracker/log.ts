import { LOG_SHEET } from '../../core/tracker/schema';
import { appendRows, findSheet, literalText, readTable, rowFor } from '../../gas/table';
import { errorMessage } from '../../shared/error-message';

/** One line of the Log sheet: what was done, for which client, and how it went. */
export interface LogEntry {
  action: string;
  client: string;
  detail: string;
  result: 'ok' | 'warning' | 'error' | 'skipped';
}

/**
 * Collects a run's log lines and writes them in one batch at the end (or in a `finally` when
 * the run fails), so logging costs two Sheets calls per run, not one per line.
 */
export class RunLog {
  readonly entries: LogEntry[] = [];

  /** Adds a line. */
  add(action: string, client: string, detail: string, result: LogEntry['result'] = 'ok'): void {
    this.entries.push({ action, client, detail, result });
  }

  /**
   * Writes the collected lines to the Log sheet (when there is one) and forgets them. It never
   * throws: the Log records work already done, and a Log sheet whose headers a person broke must
   * not turn a finished onboarding or daily run into an error. The lines then go to the
   * execution log instead.
   */
  flush(): void {
    if (!this.entries.length || !findSheet(LOG_SHEET)) return;
    try {
      this.write();
    } catch (error) {
      const lines = this.entries.map(
        (entry) => `${entry.action} ${entry.client} ${entry.detail} ${entry.result}`,
      );
      console.error(`The Log sheet could not be written (${errorMessage(error)}):\n${lines.join('\n')}`);
    }
    this.entries.length = 0;
  }

  private write(): void {
    const table = readTable(LOG_SHEET);
    const now = new Date();
    appendRows(
      table,
      this.entries.map((entry) =>
        rowFor(table, {
          time: now,
          action: entry.action,
          client: literalText(entry.client),
          detail: literalText(entry.detail),
          result: entry.result,
        }),
      ),
    );
  }
}
