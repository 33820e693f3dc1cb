import type { DriveFileState, WorkspaceState } from '../../state.js';
import { isTrashed } from './drive-store.js';
import { ApiFailure } from './errors.js';

/**
 * The `q` of `files.list`, as far as the add-on writes it (`listTagged` in the gas layer):
 *
 *   appProperties has { key='K' and value='V' } and trashed = false
 *
 * that is, `appProperties has` and `trashed = true|false` terms joined by `and`. Strings are
 * single-quoted with `\'` and `\\` as escapes, as Drive's search-terms guide writes them. Any
 * other term (Drive knows many: `name contains`, `'ID' in parents`, `or`, `not`...) is refused
 * with an error that names it, so a new query in the add-on fails here before it reaches Google.
 */

/** A query the host does not read; the message names the term. */
class QueryError extends ApiFailure {
  constructor(term: string) {
    super(`Invalid Value: the query term "${term}" is not supported by the Launch Desk local host.`);
  }
}

/** A compiled query: does this file match? */
export type FilePredicate = (file: DriveFileState) => boolean;

/** A single-quoted string literal with its backslash escapes. */
const STRING = /'((?:[^'\\]|\\[\s\S])*)'/g;
/** Where a string literal stood once literals are set aside (NUL cannot occur in a query). */
const SLOT = '\u0000(\\d+)';
const TAGGED = new RegExp(
  `^appProperties\\s+has\\s*\\{\\s*key\\s*=\\s*${SLOT}\\s+and\\s+value\\s*=\\s*${SLOT}\\s*\\}$`,
);
const TRASHED = /^trashed\s*=\s*(true|false)$/;
/** `and` between terms, not the one inside `{ key=... and value=... }`. */
const AND = /\s+and\s+(?![^{]*\})/;

/** Compiles a query into a predicate over the files of `state`; an empty query matches every file. */
export function compileQuery(q: string, state: WorkspaceState): FilePredicate {
  const literals: string[] = [];
  const shape = q.replace(STRING, (literal) => `\u0000${literals.push(literal) - 1}`).trim();
  const literal = (slot: string | undefined): string => literals[Number(slot)] ?? '';
  const value = (slot: string | undefined): string =>
    literal(slot)
      .slice(1, -1)
      .replace(/\\([\s\S])/g, '$1');
  if (shape === '') return () => true;
  const terms = shape.split(AND).map((term): FilePredicate => {
    const tagged = TAGGED.exec(term);
    if (tagged) {
      const key = value(tagged[1]);
      const wanted = value(tagged[2]);
      return (file) => file.appProperties[key] === wanted;
    }
    const trashed = TRASHED.exec(term);
    if (trashed) {
      const wanted = trashed[1] === 'true';
      return (file) => isTrashed(state, file) === wanted;
    }
    throw new QueryError(term.replace(new RegExp(SLOT, 'g'), (_, slot: string) => literal(slot)));
  });
  return (file) => terms.every((term) => term(file));
}
