import { SCRIPT_TIME_ZONE } from '../../new-state.js';
import { isDate } from '../../realm.js';
import { counted, type ServiceContext } from '../../service-context.js';
import type { TriggerState, WorkspaceState } from '../../state.js';
import { serviceError } from './errors.js';
import { enumName, type ScriptEnums, WEEK_DAYS } from './script-enums.js';

/**
 * Time-driven triggers: `ScriptApp.newTrigger(fn).timeBased()...create()` and the Trigger objects
 * ScriptApp hands out. Limits, as Apps Script enforces them on an add-on (the stricter reading
 * where sources differ):
 *
 * - 20 triggers per user per script: the 21st `create()` throws.
 * - An add-on may hold ONE time-based trigger per user per document: a second one in the same
 *   document throws `This add-on has created too many time-based triggers in this document for
 *   this Google user account.` Triggers the user created in OTHER documents (other trackers)
 *   do not count, but `getProjectTriggers()` lists them (see script-app.ts).
 * - Add-on time triggers may not recur more often than hourly (Google's installable-triggers
 *   guide), and a trigger created with `after(60 s)` is refused too (reported by add-on authors:
 *   "The recurrence interval for an Add-on trigger must be at least one hour", e.g.
 *   github.com/ttsukagoshi/mail-merge-for-gmail/issues/165). So `everyMinutes`, `everyHours(n < 1)`
 *   and `after(ms < 1 hour)` are refused with that message.
 * - `atHour` without `inTimezone` is an hour in the script's time zone (the manifest's
 *   `timeZone`), not the spreadsheet's: the stored schedule keeps the zone its hour is in.
 *
 * TriggerState keeps daily, weekly (every week) and one-off schedules; `everyHours(n >= 1)`,
 * `onMonthDay`, `atDate` and `everyWeeks(n > 1)` are refused as beyond the host. The minute
 * (`nearMinute`) is not stored: an add-on trigger fires somewhere in its hour anyway.
 */

const MAX_TRIGGERS = 20;
/** The shortest interval an add-on's time trigger may have, one-off `after` included. */
const ADD_ON_MIN_INTERVAL_MS = 60 * 60 * 1000;
const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
const TOO_MANY_ADD_ON_CLOCK_TRIGGERS =
  'This add-on has created too many time-based triggers in this document for this Google user account.';
const TOO_FREQUENT = 'The recurrence interval for an Add-on trigger must be at least one hour.';

/** The spreadsheet a stored trigger belongs to (absent: the workspace's own, see TriggerState). */
export function triggerDocument(trigger: TriggerState, state: WorkspaceState): string {
  return trigger.documentId ?? state.spreadsheet.id;
}

/** Whether a stored trigger is the workspace user's (absent: it is, see TriggerState). */
export function isUsersTrigger(trigger: TriggerState, state: WorkspaceState): boolean {
  return (trigger.user ?? state.user.email) === state.user.email;
}

/** The zone a recurring trigger's hour is in (absent: the script's, as Apps Script reads it). */
export function triggerZone(trigger: TriggerState): string {
  return trigger.schedule.kind === 'once'
    ? SCRIPT_TIME_ZONE
    : (trigger.schedule.timeZone ?? SCRIPT_TIME_ZONE);
}

/** The ids behind the Trigger objects handed out, for `deleteTrigger`. */
const triggerIds = new WeakMap<object, string>();

/** The unique id of a Trigger object this module made, or undefined for anything else. */
export function triggerIdOf(trigger: unknown): string | undefined {
  return trigger !== null && typeof trigger === 'object' ? triggerIds.get(trigger) : undefined;
}

/** A Trigger as ScriptApp returns it: a snapshot of a stored trigger. Disabled triggers are listed too. */
export class TriggerHandle {
  constructor(
    private readonly enums: ScriptEnums,
    private readonly id: string,
    private readonly handler: string,
    ctx: ServiceContext,
  ) {
    triggerIds.set(this, id);
    counted(ctx, 'Trigger', this);
  }

  getUniqueId(): string {
    return this.id;
  }

  getHandlerFunction(): string {
    return this.handler;
  }

  getEventType(): object {
    return this.enums.EventType.CLOCK;
  }

  getTriggerSource(): object {
    return this.enums.TriggerSource.CLOCK;
  }

  /** A clock trigger has no source document or calendar. */
  getTriggerSourceId(): null {
    return null;
  }
}

/** The hour and day of the week (0 = Sunday) of an instant in a zone. */
function zonedHourAndDay(ms: number, timeZone: string): { hour: number; day: number } {
  const parts: Record<string, string> = {};
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour: 'numeric',
    hourCycle: 'h23',
    weekday: 'short',
  });
  for (const part of format.formatToParts(ms)) parts[part.type] = part.value;
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? 'Sun');
  return { hour: Number(parts.hour ?? 0), day: Math.max(0, day) };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** What the builder was told, before `create()` turns it into a schedule. */
interface ClockSpec {
  everyDays?: number;
  everyWeeks?: number;
  weekDay?: number;
  hour?: number;
  once?: number;
  timeZone?: string;
  /** A setting the host cannot store, named for the error `create()` gives. */
  unsupported?: string;
}

/** `ScriptApp.newTrigger(fn).timeBased()`: each setter checks its argument and returns the builder. */
export class ClockTriggerBuilder {
  private readonly spec: ClockSpec = {};

  constructor(
    private readonly ctx: ServiceContext,
    private readonly enums: ScriptEnums,
    private readonly handler: string,
  ) {
    counted(ctx, 'ClockTriggerBuilder', this);
  }

  /** A one-off run `ms` milliseconds from now: at least an hour for an add-on. */
  after(durationMilliseconds: unknown): this {
    const ms = this._integer(durationMilliseconds, 'durationMilliseconds', 0);
    if (ms < ADD_ON_MIN_INTERVAL_MS) throw serviceError(this.ctx, TOO_FREQUENT);
    this.spec.once = this.ctx.now() + ms;
    return this;
  }

  /** A one-off run at this date. */
  at(date: unknown): this {
    if (!isDate(date) || Number.isNaN(date.getTime())) throw serviceError(this.ctx, 'Invalid argument: date');
    this.spec.once = date.getTime();
    return this;
  }

  atDate(_year: unknown, _month: unknown, _day: unknown): this {
    this.spec.unsupported = 'atDate';
    return this;
  }

  /** The hour (0-23) of a daily or weekly run. */
  atHour(hour: unknown): this {
    this.spec.hour = this._integer(hour, 'hour', 0, 23);
    return this;
  }

  everyDays(n: unknown): this {
    this.spec.everyDays = this._integer(n, 'n', 1);
    return this;
  }

  /** Refused below one hour (an add-on's floor); hourly schedules are beyond the host. */
  everyHours(n: unknown): this {
    if (typeof n === 'number' && n < 1) throw serviceError(this.ctx, TOO_FREQUENT);
    this.spec.unsupported = 'everyHours';
    return this;
  }

  /** Always refused: minutes are below an add-on's hourly floor. */
  everyMinutes(_n: unknown): this {
    throw serviceError(this.ctx, TOO_FREQUENT);
  }

  everyWeeks(n: unknown): this {
    this.spec.everyWeeks = this._integer(n, 'n', 1);
    return this;
  }

  inTimezone(timezone: unknown): this {
    const zone = String(timezone);
    if (!isTimeZone(zone)) throw serviceError(this.ctx, `Invalid argument: ${zone}`);
    this.spec.timeZone = zone;
    return this;
  }

  /** Accepted and not stored: an add-on's trigger runs somewhere in its hour anyway. */
  nearMinute(minute: unknown): this {
    this._integer(minute, 'minute', 0, 59);
    return this;
  }

  onMonthDay(_day: unknown): this {
    this.spec.unsupported = 'onMonthDay';
    return this;
  }

  onWeekDay(day: unknown): this {
    const name = enumName(day);
    const index = name === undefined ? -1 : (WEEK_DAYS as readonly string[]).indexOf(name);
    if (index < 0) throw serviceError(this.ctx, 'Invalid argument: day');
    this.spec.weekDay = index;
    return this;
  }

  /** Stores the trigger, within the add-on's limits, and returns it. */
  create(): TriggerHandle {
    const schedule = this._schedule();
    const { state } = this.ctx;
    // The add-on runs in the workspace's one spreadsheet: UI runs have it open, and the
    // scheduler fires only its triggers.
    const documentId = state.spreadsheet.id;
    const users = state.triggers.filter((trigger) => isUsersTrigger(trigger, state));
    if (users.length >= MAX_TRIGGERS) throw serviceError(this.ctx, TOO_MANY_TRIGGERS);
    if (users.some((trigger) => triggerDocument(trigger, state) === documentId)) {
      throw serviceError(this.ctx, TOO_MANY_ADD_ON_CLOCK_TRIGGERS);
    }
    const trigger: TriggerState = {
      id: this.ctx.newId('trigger'),
      handler: this.handler,
      documentId,
      user: state.user.email,
      schedule,
      disabled: false,
    };
    const triggers = state.triggers;
    triggers.push(trigger);
    return new TriggerHandle(this.enums, trigger.id, trigger.handler, this.ctx);
  }

  private _schedule(): TriggerState['schedule'] {
    const { spec } = this;
    if (spec.unsupported) {
      throw serviceError(
        this.ctx,
        `ClockTriggerBuilder.${spec.unsupported} is not supported by the Launch Desk local host.`,
      );
    }
    const recurring =
      spec.everyDays !== undefined || spec.everyWeeks !== undefined || spec.weekDay !== undefined;
    if (spec.once !== undefined) {
      if (recurring || spec.hour !== undefined) {
        throw serviceError(
          this.ctx,
          'A one-off trigger (after or at) cannot also recur (everyDays, everyWeeks, onWeekDay, atHour).',
        );
      }
      return { kind: 'once', at: spec.once };
    }
    if (!recurring) {
      throw serviceError(
        this.ctx,
        'The trigger has no schedule: call everyDays, everyWeeks, onWeekDay, after or at before create().',
      );
    }
    // Without inTimezone the hour is the script's (manifest) zone's, not the spreadsheet's.
    const timeZone = spec.timeZone ?? SCRIPT_TIME_ZONE;
    // Without atHour, Apps Script picks the hour; the host takes the current one in the trigger's zone.
    const now = zonedHourAndDay(this.ctx.now(), timeZone);
    const hour = spec.hour ?? now.hour;
    if (spec.everyWeeks !== undefined || spec.weekDay !== undefined) {
      if (spec.everyDays !== undefined) {
        throw serviceError(this.ctx, 'everyDays cannot be combined with everyWeeks or onWeekDay.');
      }
      if ((spec.everyWeeks ?? 1) !== 1) {
        throw serviceError(
          this.ctx,
          'ClockTriggerBuilder.everyWeeks(n > 1) is not supported by the Launch Desk local host.',
        );
      }
      return { kind: 'weekly', weekDay: spec.weekDay ?? now.day, hour, timeZone };
    }
    return { kind: 'daily', hour, everyDays: spec.everyDays ?? 1, timeZone };
  }

  private _integer(value: unknown, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
    const number = Number(value);
    if (typeof value !== 'number' || !Number.isInteger(number) || number < min || number > max) {
      throw serviceError(this.ctx, `Invalid argument: ${name}`);
    }
    return number;
  }
}

/** `ScriptApp.newTrigger(fn)`: only time-based triggers are supported by the host. */
export class TriggerBuilder {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly enums: ScriptEnums,
    private readonly handler: string,
  ) {
    counted(ctx, 'TriggerBuilder', this);
  }

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.ctx, this.enums, this.handler);
  }
}
