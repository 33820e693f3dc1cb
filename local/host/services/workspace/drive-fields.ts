import { ApiFailure } from './errors.js';

/**
 * Drive's `fields` parameter, as far as the add-on writes it: names separated by commas, and in
 * a list the item field with its own names in parentheses (`nextPageToken,files(id,name)`).
 * Drive's FieldMask also has `a/b` paths, `*` and deeper nesting; the add-on uses none of them,
 * and the host refuses them, and any field it does not serve, naming the selection.
 *
 * Without `fields` Drive v3 returns only a default set, `kind,id,name,mimeType` for a file: the
 * classic v3 trap (no `appProperties`, no times unless asked). The host applies the same
 * defaults, so code that forgets to ask for a field fails here as it would in Apps Script.
 */

/** A mask Drive or the host refuses; the message starts as Drive's (`Invalid field selection foo`). */
class FieldMaskError extends ApiFailure {}

/** The fields of a list response, and of its items. */
interface ListSchema {
  readonly topFields: ReadonlySet<string>;
  readonly itemsField: string;
  readonly itemFields: ReadonlySet<string>;
}

/** A list's item field with its sub-selection: `files(id,name)`. */
const ITEMS = /^(.*?)\b(\w+)\(([^()]*)\)(.*)$/;

/** The names of a comma list, each one a field of `known`. */
function names(list: string, known: ReadonlySet<string>): string[] {
  return list.split(',').map((raw) => {
    const name = raw.trim();
    if (!known.has(name)) {
      throw new FieldMaskError(
        `Invalid field selection ${name}: the Launch Desk local host serves only ${[...known].join(', ')}.`,
      );
    }
    return name;
  });
}

/** The resource with only the `keys` it has. */
function pick(resource: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (resource[key] !== undefined) out[key] = resource[key];
  return out;
}

/** The mask to apply: `fields`, or the method's defaults when none is given. */
function maskOf(fields: string | undefined, defaults: string): string {
  return fields === undefined || fields.trim() === '' ? defaults : fields;
}

/** Masks one resource with `fields` (each one in `known`), or with the method's defaults. */
export function selectFields(
  resource: Record<string, unknown>,
  fields: string | undefined,
  known: ReadonlySet<string>,
  defaults: string,
): Record<string, unknown> {
  return pick(resource, names(maskOf(fields, defaults), known));
}

/** Masks a list response; its item field must come with a sub-selection of item fields. */
export function selectListFields(
  response: Record<string, unknown>,
  fields: string | undefined,
  schema: ListSchema,
  defaults: string,
): Record<string, unknown> {
  const mask = maskOf(fields, defaults);
  const items = ITEMS.exec(mask);
  if (items && items[2] !== schema.itemsField)
    throw new FieldMaskError(`Invalid field selection ${items[2]}`);
  const top = names(items ? `${items[1]}${items[2]}${items[4]}` : mask, schema.topFields);
  if (items === null && top.includes(schema.itemsField)) {
    throw new FieldMaskError(
      `Invalid field selection ${schema.itemsField}: the Launch Desk local host needs its fields named, as in ${schema.itemsField}(id,name).`,
    );
  }
  const out = pick(response, top);
  if (items && Array.isArray(out[schema.itemsField])) {
    const itemNames = names(items[3] ?? '', schema.itemFields);
    out[schema.itemsField] = (out[schema.itemsField] as Record<string, unknown>[]).map((item) =>
      pick(item, itemNames),
    );
  }
  return out;
}
