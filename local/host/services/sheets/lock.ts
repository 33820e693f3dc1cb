import { counted, type ServiceContext } from '../../service-context.js';
import { requireAuthorization } from './auth-guard.js';
import { serviceError } from './errors.js';

/** The three locks LockService hands out. */
export type LockKind = 'script' | 'document' | 'user';

/**
 * The locks this execution holds. They live only as long as the execution (Apps Script releases
 * them when it ends), so they are never written to the state; `state.locks` only describes holds
 * by other executions, which tests set to simulate contention.
 */
export type HeldLocks = Set<LockKind>;

/**
 * A lock. The host runs one execution at a time and cannot wait, so a lock held by another
 * execution (`state.locks[kind]` later than now) is simply unavailable: `tryLock` answers
 * false and `waitLock` throws at once, as they would after the timeout.
 */
export class Lock {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly kind: LockKind,
    private readonly held: HeldLocks,
  ) {
    counted(ctx, 'Lock', this);
  }

  /** Takes the lock if no other execution holds it; true when this execution now holds it. */
  tryLock(_timeoutInMillis: number): boolean {
    if (this.held.has(this.kind)) return true;
    if (this._heldElsewhere()) return false;
    this.held.add(this.kind);
    return true;
  }

  /** Takes the lock or throws Apps Script's timeout error. */
  waitLock(_timeoutInMillis: number): void {
    if (this.held.has(this.kind)) return;
    if (this._heldElsewhere()) {
      throw serviceError(this.ctx, 'Lock timeout: another process was holding the lock for too long.');
    }
    this.held.add(this.kind);
  }

  /** Whether this execution holds the lock. */
  hasLock(): boolean {
    return this.held.has(this.kind);
  }

  /** Releases this execution's hold (another execution's hold is not ours to release). */
  releaseLock(): void {
    this.held.delete(this.kind);
  }

  private _heldElsewhere(): boolean {
    const until = this.ctx.state.locks[this.kind];
    return until !== undefined && until > this.ctx.now();
  }
}

/** `LockService`, over the execution's own set of held locks. */
export class LockService {
  private readonly held: HeldLocks = new Set();

  constructor(private readonly ctx: ServiceContext) {
    counted(ctx, 'LockService', this);
  }

  /** The lock shared by every run of the script. */
  getScriptLock(): Lock {
    return this._lock('script', 'LockService.getScriptLock');
  }

  /** The lock of this document; null in a time-driven run (no document is open). */
  getDocumentLock(): Lock | null {
    const lock = this._lock('document', 'LockService.getDocumentLock');
    return this.ctx.runContext === 'trigger' ? null : lock;
  }

  /** The lock of the current user. */
  getUserLock(): Lock {
    return this._lock('user', 'LockService.getUserLock');
  }

  private _lock(kind: LockKind, method: string): Lock {
    requireAuthorization(this.ctx, method);
    return new Lock(this.ctx, kind, this.held);
  }
}
