import { isDate } from '../../realm.js';
import { counted, type ServiceContext } from '../../service-context.js';
import type { TriggerState } from '../../state.js';
import { serviceError } from './errors.js';
import { enumName, type ScriptEnums, WEEK_DAYS } from './script-enums.js';

/**
 * Time-driven triggers: `ScriptApp.newTrigger(fn).timeBased()...create()` and the Trigger objects
 * ScriptApp hands out. Limits, as Apps Script enforces them on an add-on:
 *
 * - 20 triggers per user per script: the 21st `create()` throws.
 * - An add-on may hold ONE time-based trigger per user per document: a second one throws
 *   `This add-on has created too many time-based triggers in this document for this Google
 *   user account.` (Apps Script's editor add-on rule: one trigger of each type per user per
 *   document). The host's state is one document, so every stored trigger is this document's.
 * - Add-on time triggers may not recur more often than hourly: `everyMinutes` is refused.
 *   A one-off `after(ms)` is a single run, not a recurrence, and is accepted whatever `ms` is.
 *
 * TriggerState keeps daily, weekly (every week) and one-off schedules; `everyHours`,
 * `onMonthDay`, `atDate` and `everyWeeks(n > 1)` are refused as beyond the host. The minute
 * (`nearMinute`) and the zone (`inTimezone`) are not stored: an add-on trigger fires somewhere
 * in its hour anyway, and the stored hour is in the zone the builder was given (default: the
 * spreadsheet's).
 */

export const MAX_TRIGGERS = 20;
const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
const TOO_MANY_ADD_ON_CLOCK_TRIGGERS =
  'This add-on has created too many time-based triggers in this document for this Google user account.';

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
  everyMinutes?: boolean;
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

  /** A one-off run `ms` milliseconds from now. */
  after(durationMilliseconds: unknown): this {
    this.spec.once = this.ctx.now() + this._integer(durationMilliseconds, 'durationMilliseconds', 0);
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

  everyHours(_n: unknown): this {
    this.spec.unsupported = 'everyHours';
    return this;
  }

  everyMinutes(_n: unknown): this {
    this.spec.everyMinutes = true;
    return this;
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
    const triggers = this.ctx.state.triggers;
    if (triggers.length >= MAX_TRIGGERS) throw serviceError(this.ctx, TOO_MANY_TRIGGERS);
    if (triggers.length > 0) throw serviceError(this.ctx, TOO_MANY_ADD_ON_CLOCK_TRIGGERS);
    const trigger: TriggerState = {
      id: this.ctx.newId('trigger'),
      handler: this.handler,
      schedule,
      disabled: false,
    };
    triggers.push(trigger);
    return new TriggerHandle(this.enums, trigger.id, trigger.handler, this.ctx);
  }

  private _schedule(): TriggerState['schedule'] {
    const { spec } = this;
    if (spec.everyMinutes) {
      throw serviceError(
        this.ctx,
        'Add-ons may not create time-based triggers that run more often than once an hour.',
      );
    }
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
    // Without atHour, Apps Script picks the hour; the host takes the current one in the trigger's zone.
    const now = zonedHourAndDay(this.ctx.now(), spec.timeZone ?? this.ctx.state.spreadsheet.timeZone);
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
      return { kind: 'weekly', weekDay: spec.weekDay ?? now.day, hour };
    }
    return { kind: 'daily', hour, everyDays: spec.everyDays ?? 1 };
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
