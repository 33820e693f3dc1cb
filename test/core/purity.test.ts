import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const ROOT = join(__dirname, '../../src');
const FILES = [...sources(join(ROOT, 'core')), ...sources(join(ROOT, 'shared'))];

/** What the pure core may not touch: globals, the clock, the host's time zone, post-ES2019 APIs. */
const FORBIDDEN: Array<[RegExp, string]> = [
  [
    /\b(SpreadsheetApp|DriveApp|DocumentApp|GmailApp|MailApp|ScriptApp|LockService|PropertiesService|HtmlService|Utilities|Session|Logger|UrlFetchApp)\b/,
    'Apps Script service',
  ],
  [/\bconsole\./, 'console'],
  [/\bprocess\./, 'process'],
  [/Date\.now\(|new Date\(\)/, 'the clock'],
  [/\bIntl\.|toLocale\w*\(/, 'Intl (host-dependent)'],
  [
    /\b(structuredClone|TextEncoder|TextDecoder|URLSearchParams|setTimeout|setInterval|fetch|atob|btoa)\b|\bnew URL\(/,
    'missing in Apps Script',
  ],
  [/Object\.hasOwn\b|\.at\(|replaceAll\(/, 'newer than ES2019'],
  [/^\s*(static\s|#\w+\s*[=;(])/m, 'static or #private class member'],
];

describe('the core stays pure and runs on Apps Script', () => {
  it('has sources to check', () => {
    expect(FILES.length).toBeGreaterThan(15);
  });

  for (const file of FILES) {
    it(file.slice(ROOT.length + 1), () => {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const [pattern, what] of FORBIDDEN) expect(pattern.test(text), what).toBe(false);
      // Local-time getters only inside the UTC Date of dates.ts, which redirects them to UTC.
      if (!file.endsWith('dates.ts'))
        expect(/\.(get|set)(FullYear|Month|Date|Day|Hours)\(/.test(text)).toBe(false);
    });
  }
});
