import { readFile } from 'node:fs/promises';
import { errorMessage } from '../../src/shared/error-message.js';
import { isObject, kindOf } from '../disk/state-shapes.js';
import { CliError, type CliIo } from './io.js';

/** The JSON kinds a client file's fields may have. */
type Kind = 'text' | 'a number' | 'a list of text' | 'an object of text';

/**
 * The JSON kind of each field of a client (src/shared/client.ts). Only the kind is checked here,
 * before anything runs: the add-on's own validation judges the values (and names what is
 * missing) in the workspace's language. A value of another kind (an object where text belongs,
 * `{"toString": …}` included) never reaches it. Fields not listed are left to it.
 */
const FIELD_KINDS: Record<string, Kind> = {
  clientName: 'text',
  projectName: 'text',
  contactName: 'text',
  contactEmail: 'text',
  ccEmails: 'a list of text',
  language: 'text',
  targetAmount: 'a number',
  currency: 'text',
  tier: 'text',
  serviceLevel: 'text',
  playbook: 'text',
  dates: 'an object of text',
  notes: 'text',
};

/** A field (or a member of one) whose JSON kind is wrong. */
interface Misfit {
  field: string;
  needs: string;
  found: string;
}

/** The places in `value` that do not have the kind; a list's items and an object's members each count. */
function misfits(field: string, value: unknown, kind: Kind): Misfit[] {
  const wrong = [{ field, needs: kind, found: kindOf(value) }];
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? [] : wrong;
    case 'a number':
      return typeof value === 'number' ? [] : wrong;
    case 'a list of text':
      if (!Array.isArray(value)) return wrong;
      return value.flatMap((item, index) => misfits(`${field}[${index}]`, item, 'text'));
    case 'an object of text':
      if (!isObject(value)) return wrong;
      return Object.entries(value).flatMap(([key, item]) => misfits(`${field}.${key}`, item, 'text'));
  }
}

/**
 * The client file's shape: one JSON object whose known fields have their JSON kinds. A field that
 * is absent or `null` is left to the add-on (it says whether it is required). Every wrong field is
 * named, with its kind and the kind it needs; invalid input, exit 1.
 */
function checkClientShape(json: unknown, path: string): Record<string, unknown> {
  if (!isObject(json)) {
    throw new CliError(
      `--client ${path} must hold one JSON object (a client: {"clientName": …, "dates": {…}}), not ${kindOf(json)}.`,
      1,
      [{ field: 'client', message: `a JSON object, not ${kindOf(json)}` }],
    );
  }
  const errors = Object.entries(FIELD_KINDS)
    .filter(([field]) => json[field] !== undefined && json[field] !== null)
    .flatMap(([field, kind]) => misfits(field, json[field], kind))
    .map(({ field, needs, found }) => ({ field, message: `must be ${needs} in JSON, not ${found}` }));
  // JSON.parse keeps "__proto__" as a plain key, but copied into the add-on's context it would
  // become the client's prototype and lend it fields the file never named.
  if (Object.hasOwn(json, '__proto__')) errors.push({ field: '__proto__', message: 'is not a client field' });
  if (errors.length > 0) {
    const list = errors.map((error) => `${error.field} ${error.message}`).join('; ');
    throw new CliError(`--client ${path}: ${list}. Fix these fields and run again.`, 1, errors);
  }
  return json;
}

/** Reads a client input from a JSON file, or from standard input when the path is `-`. */
export async function readClientFile(path: string, io: CliIo): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = path === '-' ? await io.readStdin() : await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read --client ${path}: ${errorMessage(error)}`, 2);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`--client ${path} is not JSON: ${errorMessage(error)}`, 1, [
      { field: 'client', message: 'not JSON' },
    ]);
  }
  return checkClientShape(json, path === '-' ? '- (standard input)' : path);
}
