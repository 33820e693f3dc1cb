import type { MailState, TriggerState, WorkspaceState } from '../host/state.js';
import { WorkspaceError } from './errors.js';

/**
 * What a JSON value in a state file must look like. A state file is written by Launch Desk, but
 * a hand edit, a sync tool or a half-restored backup can leave `{}` or `null` in it; used as it
 * is, that becomes a JavaScript error in the middle of a run, after the run already wrote part
 * of its work. So each file is checked whole at load, before anything runs or is written.
 */
type Shape =
  | 'text'
  | 'number'
  | 'boolean'
  | { list: Shape }
  /** An object whose every member has the shape (keys are free). */
  | { map: Shape }
  /** An object with these fields; the optional ones may be absent, never of another kind. */
  | { fields: Record<string, Shape>; optional?: readonly string[] }
  /** An object whose text field `kind` names which fields it has. */
  | { byKind: Record<string, Shape> };

/** What a JSON value is, in the words of the messages (`undefined`: a field that is not there). */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Whether a JSON value is an object (not null, not a list). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(shape: Shape): string {
  if (typeof shape === 'string') return shape === 'text' ? 'text' : `a ${shape}`;
  return 'list' in shape ? 'a list' : 'an object';
}

/** The first place in `value` that does not fit `shape`, as "`at` is X, should be Y". */
function misfit(value: unknown, shape: Shape, at: string): string | undefined {
  const wrong = `${at || 'the file'} is ${kindOf(value)}, should be ${describe(shape)}`;
  if (typeof shape === 'string') {
    const fits =
      shape === 'number' ? Number.isFinite(value) : typeof value === (shape === 'text' ? 'string' : shape);
    return fits ? undefined : wrong;
  }
  if ('list' in shape) {
    if (!Array.isArray(value)) return wrong;
    return firstOf(value.map((item, index) => () => misfit(item, shape.list, `${at}[${index}]`)));
  }
  if (!isObject(value)) return wrong;
  const dot = at ? `${at}.` : '';
  if ('map' in shape) {
    return firstOf(
      Object.entries(value).map(
        ([key, item]) =>
          () =>
            misfit(item, shape.map, `${dot}${key}`),
      ),
    );
  }
  if ('byKind' in shape) {
    const fields = typeof value.kind === 'string' ? shape.byKind[value.kind] : undefined;
    if (fields === undefined) {
      return `${dot}kind is ${JSON.stringify(value.kind)}, should be one of ${Object.keys(shape.byKind).join(', ')}`;
    }
    return misfit(value, fields, at);
  }
  return firstOf(
    Object.entries(shape.fields).map(([key, field]) => () => {
      if (value[key] === undefined && shape.optional?.includes(key)) return undefined;
      return misfit(value[key], field, `${dot}${key}`);
    }),
  );
}

/** The first problem the checks find, running them only until one does. */
function firstOf(checks: Array<() => string | undefined>): string | undefined {
  for (const check of checks) {
    const problem = check();
    if (problem !== undefined) return problem;
  }
  return undefined;
}

const PROPERTIES: Shape = {
  fields: { document: { map: 'text' }, script: { map: 'text' }, user: { map: 'text' } },
};

const TRIGGERS: Shape = {
  list: {
    fields: {
      id: 'text',
      handler: 'text',
      schedule: {
        byKind: {
          daily: { fields: { hour: 'number', everyDays: 'number' } },
          weekly: { fields: { weekDay: 'number', hour: 'number' } },
          once: { fields: { at: 'number' } },
        },
      },
      disabled: 'boolean',
      lastFired: 'number',
    },
    optional: ['lastFired'],
  },
};

const MAIL: Shape = {
  fields: {
    sent: {
      list: {
        fields: {
          id: 'text',
          to: 'text',
          cc: 'text',
          bcc: 'text',
          replyTo: 'text',
          name: 'text',
          subject: 'text',
          body: 'text',
          htmlBody: 'text',
          sentAt: 'number',
        },
      },
    },
    delivered: { list: 'text' },
  },
};

const DOC_BLOCK: Shape = {
  byKind: {
    paragraph: { fields: { style: 'text', text: 'text' } },
    table: { fields: { rows: { list: { list: 'text' } } } },
  },
};

const DRIVE: Shape = {
  fields: {
    version: 'number',
    files: {
      list: {
        fields: {
          id: 'text',
          name: 'text',
          mimeType: 'text',
          parents: { list: 'text' },
          trashed: 'boolean',
          createdTime: 'text',
          modifiedTime: 'text',
          description: 'text',
          appProperties: { map: 'text' },
          permissions: { list: { fields: { id: 'text', type: 'text', role: 'text' } } },
          doc: { fields: { title: 'text', blocks: { list: DOC_BLOCK }, revision: 'number' } },
          contentBase64: 'text',
        },
        optional: ['description', 'doc', 'contentBase64'],
      },
    },
    disk: { map: { fields: { kind: 'text', path: 'text' } } },
  },
};

const META: Shape = {
  fields: {
    createdAt: 'text',
    user: { fields: { email: 'text', locale: 'text' } },
    grantedScopes: { list: 'text' },
    advancedServices: { list: 'text' },
    nextId: 'number',
    dailyMailQuota: 'number',
  },
};

const RANGE: Shape = { fields: { row: 'number', column: 'number', numRows: 'number', numColumns: 'number' } };

const SHEET_META: Shape = {
  fields: {
    version: 'number',
    spreadsheet: { fields: { id: 'text', name: 'text', timeZone: 'text', locale: 'text' } },
    sheets: {
      map: {
        fields: {
          sheetId: 'number',
          xlsxName: 'text',
          maxRows: 'number',
          maxColumns: 'number',
          protections: { list: { fields: { range: RANGE, description: 'text', warningOnly: 'boolean' } } },
          aspects: {
            fields: {
              frozenRows: 'number',
              columnWidths: { map: 'number' },
              numberFormats: { list: { fields: { range: RANGE, format: 'text' } } },
              boldRanges: { list: RANGE },
              validations: {
                list: {
                  fields: {
                    range: RANGE,
                    rule: {
                      byKind: {
                        checkbox: { fields: {} },
                        list: { fields: { values: { list: 'text' }, allowInvalid: 'boolean' } },
                      },
                    },
                  },
                },
              },
              conditionalRules: {
                list: {
                  fields: {
                    ranges: { list: RANGE },
                    whenTextEqualTo: 'text',
                    formula: 'text',
                    background: 'text',
                    fontColor: 'text',
                  },
                  optional: ['whenTextEqualTo', 'formula', 'background', 'fontColor'],
                },
              },
            },
          },
          written: { map: 'text' },
        },
      },
    },
  },
};

/** The state files a load reads, with the type each one holds once it passed its check. */
interface StateFiles {
  properties: WorkspaceState['properties'];
  triggers: TriggerState[];
  mail: { sent: MailState[]; delivered: string[] };
  drive: unknown;
  meta: unknown;
  sheetMeta: unknown;
}

const SHAPES: Record<keyof StateFiles, Shape> = {
  properties: PROPERTIES,
  triggers: TRIGGERS,
  mail: MAIL,
  drive: DRIVE,
  meta: META,
  sheetMeta: SHEET_META,
};

/** A second way out, for the files a load can do without. */
const OTHER_FIX: Partial<Record<keyof StateFiles, string>> = {
  sheetMeta:
    ', or delete it: the tracker is then read from tracker.xlsx alone, and range protections lose their warning-only mark',
};

/**
 * Checks the JSON of one state file (as read; `undefined` when the file does not exist) and
 * returns it typed. A file that does not fit stops the load with a WorkspaceError naming the file,
 * the first place that is wrong and the fix (exit 2); nothing has been written by then.
 */
export function checkStateFile<K extends keyof StateFiles>(
  file: K,
  json: unknown,
  path: string,
): StateFiles[K] | undefined {
  if (json === undefined) return undefined;
  const problem = misfit(json, SHAPES[file], '');
  if (problem === undefined) return json as StateFiles[K];
  throw new WorkspaceError(
    'broken-file',
    `${path} is damaged: ${problem}. Launch Desk writes this file itself; restore it from a ` +
      `backup of the workspace (or undo the edit)${OTHER_FIX[file] ?? ''}. Nothing was changed.`,
    path,
  );
}
