import type { Realm } from '../../realm.js';

/**
 * ScriptApp's enums. In Apps Script each value is an object whose `toString()` (and `name()`)
 * gives its name, so `String(ScriptApp.WeekDay.MONDAY)` is `MONDAY` and `==` against the name
 * holds; values are compared by identity, so one execution builds each value once.
 */

const AUTH_MODES = ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const;
const AUTHORIZATION_STATUSES = ['REQUIRED', 'NOT_REQUIRED'] as const;
const EVENT_TYPES = [
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
] as const;
const TRIGGER_SOURCES = ['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const;
const INSTALLATION_SOURCES = ['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON'] as const;
/** In JavaScript's `getDay()` order, so a value's ordinal is the day number TriggerState keeps. */
export const WEEK_DAYS = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
] as const;

/** One enum: its values by name. */
type EnumOf<K extends string> = Readonly<Record<K, object>>;

/** The enums of one execution. */
export interface ScriptEnums {
  readonly AuthMode: EnumOf<(typeof AUTH_MODES)[number]>;
  readonly AuthorizationStatus: EnumOf<(typeof AUTHORIZATION_STATUSES)[number]>;
  readonly EventType: EnumOf<(typeof EVENT_TYPES)[number]>;
  readonly TriggerSource: EnumOf<(typeof TRIGGER_SOURCES)[number]>;
  readonly InstallationSource: EnumOf<(typeof INSTALLATION_SOURCES)[number]>;
  readonly WeekDay: EnumOf<(typeof WEEK_DAYS)[number]>;
}

/** The names of the values this module built, to read an enum argument back. */
const names = new WeakMap<object, string>();

function makeEnum<K extends string>(realm: Realm, keys: readonly K[]): EnumOf<K> {
  const out = realm.import({}) as Record<K, object>;
  keys.forEach((key, ordinal) => {
    const value = realm.import({}) as object;
    Object.defineProperties(value, {
      toString: { value: () => key },
      name: { value: () => key },
      ordinal: { value: () => ordinal },
    });
    names.set(value, key);
    out[key] = value;
  });
  return Object.freeze(out);
}

/** Builds the enums for one execution's ScriptApp. */
export function createScriptEnums(realm: Realm): ScriptEnums {
  return {
    AuthMode: makeEnum(realm, AUTH_MODES),
    AuthorizationStatus: makeEnum(realm, AUTHORIZATION_STATUSES),
    EventType: makeEnum(realm, EVENT_TYPES),
    TriggerSource: makeEnum(realm, TRIGGER_SOURCES),
    InstallationSource: makeEnum(realm, INSTALLATION_SOURCES),
    WeekDay: makeEnum(realm, WEEK_DAYS),
  };
}

/** The name of an enum value built here, or undefined for anything else (a string is not an enum). */
export function enumName(value: unknown): string | undefined {
  return value !== null && typeof value === 'object' ? names.get(value) : undefined;
}
