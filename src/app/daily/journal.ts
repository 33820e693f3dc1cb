import { utf8Bytes } from '../../core/mail-safety';
import type { MarkState } from '../../core/reminder-marks';
import { deleteTrackerProperty, setTrackerProperty } from '../../gas/properties';
import type { ReminderKind } from '../../shared/schedule';

/** One reminder in flight: `[clientId, milestoneId, dueDate, kind, state]`. */
export type JournalEntry = [string, string, string, ReminderKind, MarkState];

const PREFIX = 'dailyJournal.';
/** Apps Script allows 9 KB a property (key and value); a chunk stays well below. */
const CHUNK_BYTES = 8000;

/**
 * Where a reminder's `pending` and `sent` states are made durable the moment they happen.
 *
 * The sent log proper is a column of the Milestones sheet (one entry per key, beside its
 * milestone): 5,000 clients × ~25 milestones × 2 kinds is some 250,000 keys, far beyond the
 * 500 KB a property store holds, while a column grows with the sheet (10 million cells) and is
 * read and written with the tracker at no extra call per client. But sheet writes are buffered
 * and a column is written once per run, so "pending before the send, sent after" needs a store
 * that is durable at once and readable by a time-driven run: the tracker properties (the user's
 * properties keyed by this tracker; a time-driven run has no document properties). The journal
 * holds only this run's keys (at most the day's mail quota, 1,500, some 90 KB of the user's
 * 500 KB), in chunks under the 9 KB limit; the run copies them to the column at its end and
 * clears the journal. A run that died leaves its journal behind, and the user's next run on
 * this tracker (its trigger, or the menu) copies it first: sent stays sent, pending stays
 * pending, for a person to review.
 */
export class Journal {
  /** The entries a previous run left behind. */
  readonly recovered: JournalEntry[] = [];
  private readonly chunks: JournalEntry[][] = [];
  /** Chunk numbers in use: those left behind come first and stay until {@link clear}. */
  private stored = 0;
  private base = 0;

  constructor(properties: Readonly<Record<string, string>>) {
    for (const [key, value] of Object.entries(properties)) {
      if (!key.startsWith(PREFIX)) continue;
      this.stored = Math.max(this.stored, Number(key.slice(PREFIX.length)) + 1);
      try {
        const entries = JSON.parse(value) as JournalEntry[];
        if (Array.isArray(entries))
          this.recovered.push(...entries.filter((e) => Array.isArray(e) && e.length === 5));
      } catch (_) {
        // A chunk cut short cannot name its keys; the digest's review list cannot either.
      }
    }
    // New chunks go after the old ones: overwriting an old chunk before the sheet holds its
    // keys would lose them if this run died too.
    this.base = this.stored;
  }

  /** Makes one reminder's state durable now; null removes it (a send that failed for sure). */
  record(
    clientId: string,
    milestoneId: string,
    dueDate: string,
    kind: ReminderKind,
    state: MarkState | null,
  ): void {
    const same = (e: JournalEntry) =>
      e[0] === clientId && e[1] === milestoneId && e[2] === dueDate && e[3] === kind;
    let at = this.chunks.findIndex((chunk) => chunk.some(same));
    if (at >= 0) {
      const chunk = (this.chunks[at] ?? []).filter((e) => !same(e));
      this.chunks[at] = chunk;
    }
    if (state !== null) {
      const entry: JournalEntry = [clientId, milestoneId, dueDate, kind, state];
      if (at < 0) {
        at = this.chunks.length - 1;
        const last = this.chunks[at];
        if (!last || utf8Bytes(JSON.stringify([...last, entry])) > CHUNK_BYTES) {
          this.chunks.push([]);
          at = this.chunks.length - 1;
        }
      }
      this.chunks[at]?.push(entry);
    }
    if (at < 0) return;
    setTrackerProperty(`${PREFIX}${this.base + at}`, JSON.stringify(this.chunks[at]));
    this.stored = Math.max(this.stored, this.base + at + 1);
  }

  /** Deletes the journal, once its keys are in the sheet. */
  clear(): void {
    for (let i = 0; i < this.stored; i++) deleteTrackerProperty(`${PREFIX}${i}`);
    this.stored = 0;
    this.base = 0;
    this.chunks.length = 0;
    this.recovered.length = 0;
  }
}
