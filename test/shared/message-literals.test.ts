/**
 * No person-facing text outside the message catalogue (src/shared/messages/). The rule, read
 * from the syntax tree of every source file (comments and regular expressions are not text):
 *
 * 1. Chinese anywhere: a string or template literal holding a CJK character (ideographs, CJK
 *    punctuation such as 「」、。, full-width forms such as ：（）) fails, wherever it is.
 * 2. English where a person reads it: a literal holding words ("two words of letters") fails
 *    when it is
 *    - an argument of a call that shows text: `alert`, `toast`, `showSidebar`, `addMenu`, `say`;
 *    - the value of a property named `message`, `hint`, `fix`, `caption`, `subject`, or
 *      `description` (what RPC results, problems, checks, menus and settings carry to a person);
 *    - the message of an Error thrown in src/app (the layer whose errors end in a toast, the
 *      sidebar or the Log sheet);
 *    - in the sidebar, a child text of `h(...)`, or a `textContent`, `title`, `placeholder` or
 *      `aria-label` value.
 *    Errors thrown in src/core and src/gas are invariants and host failures for the developer;
 *    they stay English, as do the Log sheet's detail lines (a technical record, like the
 *    execution log; a catalogue sentence a person must read is logged as it was said). Identifiers, codes, formats (YYYY-MM-DD), sheet and column keys, log
 *    action names and the product's name are not sentences and are not caught.
 *
 * Exempt: the catalogue itself, and content, which is not a message: the masters' template
 * documents (src/core/masters/) and the playbooks' milestone titles (src/core/playbooks/).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../src');
const EXEMPT = ['shared/messages/', 'core/masters/', 'core/playbooks/'];

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const WORDS = /[A-Za-z]{2,}[ ,:;']+[A-Za-z]{2,}/;
/** The product's name is the same in every language; it is not a text to translate. */
const PRODUCT = 'Launch Desk';
const SHOWING_CALLS = new Set(['alert', 'toast', 'showSidebar', 'addMenu', 'say']);
const PERSON_PROPERTIES = new Set(['message', 'hint', 'fix', 'caption', 'subject', 'description']);
const DOM_TEXT = new Set(['textContent', 'title', 'placeholder', 'aria-label']);

/** One literal that breaks the rule. */
interface Finding {
  line: number;
  text: string;
  why: string;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The literal text of a string or template literal (a template's pieces, joined). */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return undefined;
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

function propertyName(name: ts.PropertyName): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : '';
}

/**
 * Why a literal in English is person-facing where it stands, or undefined. A literal reaches
 * its sink through conditionals and parentheses (`ok ? 'Saved' : 'Not saved'`).
 */
function englishSink(node: ts.Node, area: string): string | undefined {
  let at: ts.Node = node;
  while (ts.isConditionalExpression(at.parent) || ts.isParenthesizedExpression(at.parent)) at = at.parent;
  const parent = at.parent;
  if (ts.isCallExpression(parent) && parent.arguments.includes(at as ts.Expression)) {
    const name = calleeName(parent);
    if (SHOWING_CALLS.has(name)) return `shown by ${name}()`;
    if (area === 'sidebar' && name === 'h' && parent.arguments[0] !== at) return 'sidebar element text';
  }
  if (ts.isNewExpression(parent) && calleeName(parent) === 'Error' && area === 'app')
    return 'error message in src/app';
  if (ts.isPropertyAssignment(parent) && parent.initializer === at) {
    const name = propertyName(parent.name);
    if (PERSON_PROPERTIES.has(name)) return `${name} property`;
    if (area === 'sidebar' && DOM_TEXT.has(name)) return `sidebar ${name}`;
  }
  if (
    area === 'sidebar' &&
    ts.isBinaryExpression(parent) &&
    parent.right === at &&
    ts.isPropertyAccessExpression(parent.left) &&
    DOM_TEXT.has(parent.left.name.text)
  )
    return `sidebar ${parent.left.name.text}`;
  return undefined;
}

/** Every literal of a source text that breaks the rule; `area` is its top folder under src/. */
function findLiterals(source: string, area: string): Finding[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2019, true);
  const findings: Finding[] = [];
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== undefined) {
      const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (CJK.test(text)) findings.push({ line, text, why: 'Chinese text' });
      else if (WORDS.test(text) && text !== PRODUCT) {
        const why = englishSink(node, area);
        if (why) findings.push({ line, text, why });
      }
      if (ts.isTemplateExpression(node)) for (const span of node.templateSpans) visit(span.expression);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

describe('person-facing text lives in the message catalogue', () => {
  const files = sources(ROOT)
    .map((path) => relative(ROOT, path).split(sep).join('/'))
    .filter((path) => !EXEMPT.some((folder) => path.startsWith(folder)));

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  for (const path of files) {
    it(path, () => {
      const found = findLiterals(readFileSync(join(ROOT, path), 'utf8'), path.split('/')[0] ?? '');
      expect(found.map((f) => `${path}:${f.line} ${f.why}: ${JSON.stringify(f.text)}`)).toEqual([]);
    });
  }
});

describe('the literal scan', () => {
  it('catches Chinese in any literal, but not in comments or regular expressions', () => {
    const source = [
      '// 註解不算',
      "const a = '已儲存';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text under test
      'const b = `共 ${n} 項`;',
      'const c = /[，、]/;',
    ].join('\n');
    expect(findLiterals(source, 'core').map((f) => f.line)).toEqual([2, 3]);
  });

  it('catches English sentences where a person reads them', () => {
    const source = [
      "toast('Diagnostics done', 'Launch Desk');",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text under test
      "const r = { ok: false, message: ok ? 'Saved it' : `Not saved: ${why}` };",
      "throw new Error('The master is missing');",
      "log({ action: 'daily-run', detail: 'sent two' });",
      "const key = 'client id';",
    ].join('\n');
    expect(findLiterals(source, 'app').map((f) => `${f.line} ${f.why}`)).toEqual([
      '1 shown by toast()',
      '2 message property',
      '2 message property',
      '3 error message in src/app',
    ]);
  });

  it('catches English text in sidebar elements', () => {
    const source = [
      "h('p', { class: 'muted' }, 'Nothing here yet');",
      "el.textContent = 'Please wait';",
      "h('button', { 'aria-label': 'Close the panel' });",
    ].join('\n');
    expect(findLiterals(source, 'sidebar').map((f) => f.line)).toEqual([1, 2, 3]);
  });
});
