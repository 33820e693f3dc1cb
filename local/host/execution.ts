import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { WITHHELD_GLOBALS } from '../../src/gas/runtime-globals.js';
import { errorMessage } from '../../src/shared/error-message.js';
import { createRealm } from './realm.js';
import type { AuthMode, FaultPlan, RunContext, ServiceContext, UiLog } from './service-context.js';
import { createServices } from './services/index.js';
import type { WorkspaceState } from './state.js';

/** The built `Code.js`, compiled once and run in a fresh context per execution. */
export interface Bundle {
  readonly script: vm.Script;
  /** The global function names the bundle declares (its `function NAME(` footer). */
  readonly globals: string[];
}

/** Reads and compiles a built `Code.js`. */
export function loadBundle(path: string): Bundle {
  const source = readFileSync(path, 'utf8');
  const globals = [...source.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1] ?? '');
  // A file URL: coverage tools keep only file:// scripts, and map this one through Code.js.map.
  const filename = pathToFileURL(resolve(path)).href;
  return { script: new vm.Script(source, { filename }), globals };
}

/** How to run one execution. */
export interface ExecutionOptions {
  /** The host clock at the start (epoch ms, a Date or an ISO string); default: the real time. */
  now?: number | Date | string;
  /** Milliseconds the clock moves on with every service call (to test time budgets). */
  msPerCall?: number;
  /** Make the k-th service call (1-based) throw, or decide per call. */
  fail?: number | FaultPlan;
  authMode?: AuthMode;
  /** What started the run: `ui` (default: menu, sidebar, CLI) or `trigger` (a time-driven trigger firing). */
  context?: RunContext;
}

/** What an execution did. */
export interface ExecutionResult {
  ok: boolean;
  /** The function's return value, copied out of the context. */
  value?: unknown;
  error?: { name: string; message: string; stack?: string };
  /** Service calls by name (`Range.getValues`: 3) and in total. */
  calls: Record<string, number>;
  totalCalls: number;
  /** Call names in order, for reading a fault-injection failure. */
  callLog: string[];
  logs: string[];
  ui: UiLog;
  /** The clock when the execution ended (epoch ms). */
  endedAt: number;
}

/** Globals of Node that Apps Script does not have; a fresh vm context lacks them, and this list proves it. */
export { WITHHELD_GLOBALS };

function toMs(now: ExecutionOptions['now']): number {
  if (now === undefined) return Date.now();
  if (typeof now === 'number') return now;
  return typeof now === 'string' ? Date.parse(now) : now.getTime();
}

/**
 * Under mutation testing (`npm run mutate`) the bundle is built from instrumented sources, which
 * read which mutant is on, and record which test reached which mutant, in one object on their
 * global. A vm context has a global of its own, so the context gets the test process's object
 * when there is one, and nothing otherwise (production code never sees it).
 */
function mutationSwitch(): Record<string, unknown> {
  const shared = (globalThis as { __stryker__?: unknown }).__stryker__;
  return shared === undefined ? {} : { __stryker__: shared };
}

/** A clock `Date` for the context: `new Date()` and `Date.now()` read the host clock. */
const CLOCK_DATE = `(function (clock) {
  var RealDate = Date;
  function ClockDate() {
    if (!new.target) return new RealDate(clock()).toString();
    // Reflect.construct with new.target keeps a subclass's prototype (core's UTC Date extends Date).
    var args = arguments.length ? Array.prototype.slice.call(arguments) : [clock()];
    return Reflect.construct(RealDate, args, new.target);
  }
  ClockDate.prototype = RealDate.prototype;
  ClockDate.now = function () { return clock(); };
  ClockDate.UTC = RealDate.UTC;
  ClockDate.parse = RealDate.parse;
  globalThis.Date = ClockDate;
})`;

/**
 * Runs `fn(...args)` of the bundle in a fresh context over `state`, synchronously, as one
 * Apps Script execution. The state keeps every write made before an exception, as Apps Script does.
 */
export function runExecution(
  bundle: Bundle,
  state: WorkspaceState,
  fn: string,
  args: unknown[] = [],
  options: ExecutionOptions = {},
): ExecutionResult {
  let clockMs = toMs(options.now);
  const calls: Record<string, number> = {};
  const callLog: string[] = [];
  const logs: string[] = [];
  const ui: UiLog = { menus: [], sidebars: [], alerts: [], toasts: [] };
  const context = vm.createContext(mutationSwitch());
  const realm = createRealm(context);
  (vm.runInContext(CLOCK_DATE, context) as (clock: () => number) => void)(() => clockMs);
  const fail = options.fail;
  const ctx: ServiceContext = {
    state,
    realm,
    authMode: options.authMode ?? 'FULL',
    runContext: options.context ?? 'ui',
    ui,
    now: () => clockMs,
    count(name) {
      callLog.push(name);
      calls[name] = (calls[name] ?? 0) + 1;
      clockMs += options.msPerCall ?? 0;
      const index = callLog.length;
      const message =
        typeof fail === 'number'
          ? index === fail
            ? `Injected fault at call ${index} (${name})`
            : undefined
          : fail?.({ index, name });
      if (message !== undefined) throw realm.error(message);
    },
    newId(prefix) {
      state.nextId += 1;
      return `${prefix}${state.nextId.toString(36).padStart(6, '0')}${state.idTag ?? ''}`;
    },
    log: (line) => logs.push(line),
  };
  const globals = createServices(ctx);
  for (const [name, value] of Object.entries(globals)) context[name] = value;
  const finish = (partial: Pick<ExecutionResult, 'ok' | 'value' | 'error'>): ExecutionResult => ({
    ...partial,
    calls,
    totalCalls: callLog.length,
    callLog,
    logs,
    ui,
    endedAt: clockMs,
  });
  try {
    bundle.script.runInContext(context);
    const target = context[fn] as unknown;
    if (typeof target !== 'function') {
      throw new Error(`Script function not found: ${fn}`);
    }
    const value = (target as (...a: unknown[]) => unknown)(...realm.import(args));
    return finish({ ok: true, value: realm.export(value) });
  } catch (caught) {
    const err = caught as { name?: unknown; message?: unknown; stack?: unknown };
    return finish({
      ok: false,
      error: {
        name: typeof err?.name === 'string' ? err.name : 'Error',
        message: errorMessage(caught),
        ...(typeof err?.stack === 'string' ? { stack: err.stack } : {}),
      },
    });
  }
}
