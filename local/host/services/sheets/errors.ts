import type { ServiceContext } from '../../service-context.js';

/**
 * An error the bundle can catch as its own: built with the context's `Error`, so
 * `e instanceof Error` holds inside the vm, as it does for Apps Script's exceptions.
 */
export function serviceError(ctx: ServiceContext, message: string): Error {
  return ctx.realm.error(message);
}

/** How Apps Script names an argument's type in a signature mismatch ("String", "number[]"). */
function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `${value.length > 0 ? typeName(value[0]) : 'Object'}[]`;
  if (Object.prototype.toString.call(value) === '[object Date]') return 'Date';
  switch (typeof value) {
    case 'string':
      return 'String';
    case 'number':
      return 'number';
    case 'boolean':
      return 'Boolean';
    default:
      return 'Object';
  }
}

/**
 * The error Apps Script throws when a method is called with arguments it has no overload for,
 * e.g. `The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.`
 */
export function signatureError(ctx: ServiceContext, method: string, args: readonly unknown[]): Error {
  const types = args.map(typeName).join(',');
  return serviceError(ctx, `The parameters (${types}) don't match the method signature for ${method}.`);
}
