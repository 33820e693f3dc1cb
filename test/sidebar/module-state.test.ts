import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Does a declared type promise not to be changed (`Readonly<…>`, `readonly T[]`, `ReadonlyMap`…)? */
function readonlyType(type: ts.TypeNode | undefined): boolean {
  if (!type) return false;
  if (ts.isTypeOperatorNode(type)) return type.operator === ts.SyntaxKind.ReadonlyKeyword;
  return ts.isTypeReferenceNode(type) && /^Readonly/.test(type.typeName.getText());
}

/** Is the value `… as const`? */
function asConst(value: ts.Expression): boolean {
  return ts.isAsExpression(value) && value.type.getText() === 'const';
}

/**
 * The module-level state of a source: every `let` or `var` at the top, every top-level constant
 * made with `new` (a Map, a Set…), and every top-level array or object literal that neither its
 * type nor `as const` keeps from being changed, each as "name: why". A sidebar whose state lives
 * in the modules shares it between every render and every view; it belongs in what a view makes.
 */
function moduleState(text: string): string[] {
  const source = ts.createSourceFile('module.ts', text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    const constant = (list.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of list.declarations) {
      const name = declaration.name.getText();
      const value = declaration.initializer;
      if (!constant) found.push(`${name}: a module-level let or var`);
      else if (value && ts.isNewExpression(value)) found.push(`${name}: a module-level object made with new`);
      else if (
        value &&
        (ts.isArrayLiteralExpression(value) || ts.isObjectLiteralExpression(value)) &&
        !readonlyType(declaration.type)
      )
        found.push(`${name}: a module-level literal that may be changed (type it Readonly or add as const)`);
      else if (value && ts.isAsExpression(value) && !asConst(value) && !readonlyType(value.type))
        found.push(`${name}: a module-level value cast to a changeable type`);
    }
  }
  return found;
}

const ROOT = join(__dirname, '../../src/sidebar');
/**
 * The one kept exception: `text.ts` holds the page's language behind `tr()` (one page, one
 * language) and its zh-TW table; it is the message catalogue's file, and keeps its API.
 */
const KEPT: Readonly<Record<string, readonly string[]>> = { 'text.ts': ['current', 'ZH'] };

describe('the sidebar keeps no state in its modules', () => {
  it('finds module-level state where there is some', () => {
    expect(moduleState('let busy = false;\nvar count = 0;')).toEqual([
      'busy: a module-level let or var',
      'count: a module-level let or var',
    ]);
    expect(moduleState('const seen = new Set<string>();')).toEqual([
      'seen: a module-level object made with new',
    ]);
    expect(moduleState('const state = { busy: false };\nconst list: string[] = [];')).toHaveLength(2);
    expect(moduleState('const state = {} as { busy?: boolean };')).toHaveLength(1);
  });

  it('lets constants be', () => {
    const text = [
      "const A = ['x'] as const;",
      'const B: readonly string[] = [];',
      'const C: Readonly<Record<string, number>> = { a: 1 };',
      'const D = 300;',
      'const E = /^x$/;',
      'function f() { let busy = false; const seen = new Set(); return [busy, seen]; }',
    ].join('\n');
    expect(moduleState(text)).toEqual([]);
  });

  const files = sources(ROOT);
  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(8);
  });

  for (const file of files) {
    const name = relative(ROOT, file);
    it(name, () => {
      const kept = KEPT[name] ?? [];
      const found = moduleState(readFileSync(file, 'utf8')).filter(
        (f) => !kept.includes(f.split(':')[0] ?? ''),
      );
      expect(found).toEqual([]);
    });
  }
});
