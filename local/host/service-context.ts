import type { Realm } from './realm.js';
import type { WorkspaceState } from './state.js';

/** How an execution was authorised: `onOpen` in an add-on may run with NONE. */
export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

/**
 * What started the execution. A `ui` run (menu, sidebar, onOpen) has the spreadsheet open: an
 * active spreadsheet, its document properties and lock. A `trigger` run (a time-driven
 * trigger) of an editor add-on has no document around it: those three are null, and the code
 * opens its spreadsheet by id.
 */
export type RunContext = 'ui' | 'trigger';

/** Decides whether the service call about to run fails: return an error message to throw. */
export type FaultPlan = (call: { index: number; name: string }) => string | undefined;

/** What every service of one execution shares. */
export interface ServiceContext {
  readonly state: WorkspaceState;
  readonly realm: Realm;
  readonly authMode: AuthMode;
  readonly runContext: RunContext;
  /** The host clock, epoch ms; it may advance as calls are made. */
  now(): number;
  /**
   * Counts one call of `name` (e.g. `Range.getValues`) and throws the injected fault, if any,
   * before the call has any effect. Every public service method calls it first.
   */
  count(name: string): void;
  /** A fresh id, unique in this workspace (`prefix` + counter). */
  newId(prefix: string): string;
  /** Lines the bundle logged with `console.*` or `Logger.log`. */
  log(line: string): void;
  /** Which user-facing UI calls were made (menus, sidebars), for tests of `onOpen`. */
  readonly ui: UiLog;
}

/** A record of what the bundle showed the user in this execution. */
export interface UiLog {
  menus: Array<{
    title: string;
    items: Array<{ caption: string; functionName: string } | { submenu: string }>;
  }>;
  sidebars: Array<{ title: string; file: string }>;
  alerts: string[];
  toasts: string[];
}

/**
 * Wraps each method of `target` so that calling it counts `prefix.method` first.
 * The service classes call it once in their constructor; plain data members are left alone.
 */
export function counted<T extends object>(ctx: ServiceContext, prefix: string, target: T): T {
  const proto = Object.getPrototypeOf(target) as object;
  const names = new Set([...Object.getOwnPropertyNames(proto), ...Object.keys(target)]);
  for (const name of names) {
    if (name === 'constructor' || name.startsWith('_')) continue;
    const member = (target as Record<string, unknown>)[name];
    if (typeof member !== 'function') continue;
    const method = member as (...args: unknown[]) => unknown;
    Object.defineProperty(target, name, {
      value: (...args: unknown[]) => {
        ctx.count(`${prefix}.${name}`);
        return method.apply(target, args);
      },
      enumerable: false,
      configurable: true,
      writable: true,
    });
  }
  return target;
}
