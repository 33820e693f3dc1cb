import { counted, type ServiceContext } from '../../service-context.js';
import { requireAuthorization } from './auth-guard.js';
import { serviceError, signatureError } from './errors.js';

/** Apps Script's quotas: 9 KB a value, 500 KB a store (keys and values, UTF-8 bytes). */
const PROPERTY_VALUE_LIMIT = 9 * 1024;
const PROPERTY_STORE_LIMIT = 500 * 1024;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function storeSize(store: Record<string, string>): number {
  let total = 0;
  for (const [key, value] of Object.entries(store)) total += bytes(key) + bytes(value);
  return total;
}

/** Empties a store in place: the record is the state's own, shared with the backend. */
function clear(store: Record<string, string>): void {
  for (const key of Object.keys(store)) delete store[key];
}

/**
 * One property store, live over its record in the state. Values are strings; every write is
 * checked against the quotas before anything changes, so a refused write leaves the store as it was.
 */
export class Properties {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly store: Record<string, string>,
  ) {
    counted(ctx, 'Properties', this);
  }

  /** The value, or null when the key is not set. */
  getProperty(key: string): string | null {
    const name = String(key);
    return Object.hasOwn(this.store, name) ? (this.store[name] as string) : null;
  }

  /** Sets one value (stringified). */
  setProperty(key: string, value: unknown): Properties {
    this._apply({ [String(key)]: String(value) }, false);
    return this;
  }

  /** Sets several values; with `deleteAllOthers`, the store ends up holding exactly these. */
  setProperties(properties: unknown, deleteAllOthers?: boolean): Properties {
    if (typeof properties !== 'object' || properties === null) {
      throw signatureError(this.ctx, 'Properties.setProperties', [properties]);
    }
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(properties)) values[key] = String(value);
    this._apply(values, Boolean(deleteAllOthers));
    return this;
  }

  /** A copy of all values, as a context object. */
  getProperties(): Record<string, string> {
    return this.ctx.realm.import({ ...this.store });
  }

  /** The keys, as a context array. */
  getKeys(): string[] {
    return this.ctx.realm.import(Object.keys(this.store));
  }

  /** Removes one key (no error when absent). */
  deleteProperty(key: string): Properties {
    delete this.store[String(key)];
    return this;
  }

  /** Empties the store. */
  deleteAllProperties(): Properties {
    clear(this.store);
    return this;
  }

  /** Checks the quotas for the store after the change, then makes it. */
  private _apply(values: Record<string, string>, replace: boolean): void {
    for (const value of Object.values(values)) {
      if (bytes(value) > PROPERTY_VALUE_LIMIT) throw serviceError(this.ctx, 'Argument too large: value');
    }
    const next = replace ? { ...values } : { ...this.store, ...values };
    if (storeSize(next) > PROPERTY_STORE_LIMIT) {
      throw serviceError(
        this.ctx,
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    if (replace) clear(this.store);
    Object.assign(this.store, values);
  }
}

/** `PropertiesService`: the document, script and user stores of the workspace. */
export class PropertiesService {
  constructor(private readonly ctx: ServiceContext) {
    counted(ctx, 'PropertiesService', this);
  }

  /** Properties of this spreadsheet, shared by its users; null in a time-driven run (no document is open). */
  getDocumentProperties(): Properties | null {
    requireAuthorization(this.ctx, 'PropertiesService.getDocumentProperties');
    if (this.ctx.runContext === 'trigger') return null;
    return new Properties(this.ctx, this.ctx.state.properties.document);
  }

  /** Properties of the script, shared by every user and document. */
  getScriptProperties(): Properties {
    requireAuthorization(this.ctx, 'PropertiesService.getScriptProperties');
    return new Properties(this.ctx, this.ctx.state.properties.script);
  }

  /** Properties of the current user. */
  getUserProperties(): Properties {
    requireAuthorization(this.ctx, 'PropertiesService.getUserProperties');
    return new Properties(this.ctx, this.ctx.state.properties.user);
  }
}
