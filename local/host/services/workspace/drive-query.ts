import type { DriveFileState, WorkspaceState } from '../../state.js';
import { isTrashed } from './drive-store.js';
import { ApiFailure } from './errors.js';

/**
 * The `q` of `files.list`: Drive's search grammar, for the terms the add-on uses.
 *
 *   'FOLDER' in parents           name = 'X' / != / contains     mimeType = '...' / != / contains
 *   trashed = false / true        appProperties has { key='k' and value='v' } (also properties)
 *   createdTime / modifiedTime  = != < <= > >=  '2024-05-01T00:00:00'
 *   'me' in owners, 'a@b' in owners / writers / readers        starred = false
 *
 * joined with `and`, `or`, `not` and parentheses. Strings are single-quoted, with `\'` and `\\`
 * as escapes. Anything else is refused the way Drive refuses it, with `Invalid Value`.
 */

/** A query Drive would refuse. */
class QueryError extends ApiFailure {
  constructor() {
    super('Invalid Value');
  }
}

/** A compiled query: does this file match? */
export type FilePredicate = (file: DriveFileState) => boolean;

type Token =
  | { kind: 'string'; value: string }
  | { kind: 'word'; value: string }
  | { kind: 'op'; value: string }
  | { kind: 'punct'; value: '(' | ')' | '{' | '}' };

function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i] ?? '';
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === "'") {
      let value = '';
      i += 1;
      for (;;) {
        const c = q[i];
        if (c === undefined) throw new QueryError();
        if (c === "'") break;
        if (c === '\\') {
          i += 1;
          const escaped = q[i];
          if (escaped === undefined) throw new QueryError();
          value += escaped;
        } else {
          value += c;
        }
        i += 1;
      }
      i += 1;
      tokens.push({ kind: 'string', value });
    } else if ('(){}'.includes(ch)) {
      tokens.push({ kind: 'punct', value: ch as '(' | ')' | '{' | '}' });
      i += 1;
    } else {
      const op = /^(?:!=|<=|>=|=|<|>)/.exec(q.slice(i));
      if (op) {
        tokens.push({ kind: 'op', value: op[0] });
        i += op[0].length;
        continue;
      }
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(q.slice(i));
      if (!word) throw new QueryError();
      tokens.push({ kind: 'word', value: word[0] });
      i += word[0].length;
    }
  }
  return tokens;
}

/** `name contains 'x'` matches names with a word starting with x (Drive matches name terms by prefix). */
function nameContains(name: string, term: string): boolean {
  const needle = term.toLowerCase();
  const lower = name.toLowerCase();
  if (lower.startsWith(needle)) return true;
  return lower.split(/[^\p{L}\p{N}]+/u).some((word) => word !== '' && word.startsWith(needle));
}

function compare(op: string, a: number | string | boolean, b: number | string | boolean): boolean {
  switch (op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    default:
      throw new QueryError();
  }
}

/** Parses a query into a predicate over the files of `state`. */
export function compileQuery(q: string, state: WorkspaceState): FilePredicate {
  const tokens = tokenize(q);
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const next = (): Token => {
    const token = tokens[at];
    if (!token) throw new QueryError();
    at += 1;
    return token;
  };
  const isWord = (token: Token | undefined, word: string): boolean =>
    token?.kind === 'word' && token.value.toLowerCase() === word;
  const expect = (kind: Token['kind'], value?: string): Token => {
    const token = next();
    if (token.kind !== kind || (value !== undefined && token.value.toLowerCase() !== value)) {
      throw new QueryError();
    }
    return token;
  };
  const stringValue = (): string => expect('string').value;
  const booleanValue = (): boolean => {
    const token = expect('word');
    const value = token.value.toLowerCase();
    if (value !== 'true' && value !== 'false') throw new QueryError();
    return value === 'true';
  };
  const timeValue = (): number => {
    const ms = Date.parse(stringValue());
    if (Number.isNaN(ms)) throw new QueryError();
    return ms;
  };

  const membership = (value: string, collection: string): FilePredicate => {
    switch (collection) {
      case 'parents':
        return (file) => file.parents.includes(value);
      case 'owners':
        return () => value === 'me' || value === state.user.email;
      case 'writers':
      case 'readers': {
        const roles =
          collection === 'writers' ? ['owner', 'writer'] : ['owner', 'writer', 'commenter', 'reader'];
        const email = value === 'me' ? state.user.email : value;
        return (file) => file.permissions.some((p) => p.emailAddress === email && roles.includes(p.role));
      }
      default:
        throw new QueryError();
    }
  };

  const propertyHas = (field: 'appProperties'): FilePredicate => {
    expect('punct', '{');
    expect('word', 'key');
    expect('op', '=');
    const key = stringValue();
    expect('word', 'and');
    expect('word', 'value');
    expect('op', '=');
    const value = stringValue();
    expect('punct', '}');
    return (file) => file[field][key] === value;
  };

  const term = (): FilePredicate => {
    const first = next();
    if (first.kind === 'string') {
      expect('word', 'in');
      return membership(first.value, expect('word').value);
    }
    if (first.kind !== 'word') throw new QueryError();
    const field = first.value;
    const operator = next();
    if (
      operator.kind === 'word' &&
      operator.value === 'has' &&
      (field === 'appProperties' || field === 'properties')
    ) {
      // The host keeps only appProperties: public `properties` are never set, so nothing matches them.
      const predicate = propertyHas('appProperties');
      return field === 'appProperties' ? predicate : () => false;
    }
    if (operator.kind === 'word' && operator.value === 'contains') {
      const value = stringValue();
      if (field === 'name') return (file) => nameContains(file.name, value);
      if (field === 'mimeType') return (file) => file.mimeType.includes(value);
      throw new QueryError();
    }
    if (operator.kind !== 'op') throw new QueryError();
    const op = operator.value;
    switch (field) {
      case 'name':
      case 'mimeType': {
        if (op !== '=' && op !== '!=') throw new QueryError();
        const value = stringValue();
        return (file) => compare(op, file[field], value);
      }
      case 'trashed':
      case 'starred': {
        if (op !== '=' && op !== '!=') throw new QueryError();
        const value = booleanValue();
        return field === 'trashed'
          ? (file) => compare(op, isTrashed(state, file), value)
          : () => compare(op, false, value);
      }
      case 'createdTime':
      case 'modifiedTime': {
        const value = timeValue();
        return (file) => compare(op, Date.parse(file[field]), value);
      }
      default:
        throw new QueryError();
    }
  };

  const unary = (): FilePredicate => {
    if (isWord(peek(), 'not')) {
      next();
      const inner = unary();
      return (file) => !inner(file);
    }
    if (peek()?.kind === 'punct' && peek()?.value === '(') {
      next();
      const inner = disjunction();
      expect('punct', ')');
      return inner;
    }
    return term();
  };
  const conjunction = (): FilePredicate => {
    const parts = [unary()];
    while (isWord(peek(), 'and')) {
      next();
      parts.push(unary());
    }
    return (file) => parts.every((part) => part(file));
  };
  const disjunction = (): FilePredicate => {
    const parts = [conjunction()];
    while (isWord(peek(), 'or')) {
      next();
      parts.push(conjunction());
    }
    return (file) => parts.some((part) => part(file));
  };

  if (tokens.length === 0) return () => true;
  const predicate = disjunction();
  if (at !== tokens.length) throw new QueryError();
  return predicate;
}
