import { describe, expect, it } from 'vitest';
import { run, runOk, workspace } from './harness.js';

describe('PropertiesService', () => {
  it('stores strings per store, null for a missing key', () => {
    const state = workspace();
    const result = runOk(
      state,
      `function main() {
        var doc = PropertiesService.getDocumentProperties();
        doc.setProperty('count', 3).setProperty('on', true);
        PropertiesService.getUserProperties().setProperty('me', 'x');
        doc.deleteProperty('nothing');
        return [doc.getProperty('count'), typeof doc.getProperty('on'), doc.getProperty('missing'),
          PropertiesService.getScriptProperties().getKeys()];
      }`,
    );
    expect(result.value).toEqual(['3', 'string', null, []]);
    expect(state.properties).toEqual({ document: { count: '3', on: 'true' }, script: {}, user: { me: 'x' } });
  });

  it('sets many, optionally replacing the rest, and hands back context objects', () => {
    const state = workspace();
    state.properties.script = { old: '1', keep: '2' };
    const result = runOk(
      state,
      `function main() {
        var p = PropertiesService.getScriptProperties();
        p.setProperties({ a: 1, keep: 'two' });
        var merged = p.getProperties();
        p.setProperties({ only: 'me' }, true);
        var keys = p.getKeys();
        return [merged, merged instanceof Object, keys, keys instanceof Array];
      }`,
    );
    expect(result.value).toEqual([{ old: '1', keep: 'two', a: '1' }, true, ['only'], true]);
    expect(state.properties.script).toEqual({ only: 'me' });
  });

  it('refuses a value over 9 KB and keeps the store unchanged', () => {
    const state = workspace();
    const result = run(
      state,
      `function main() {
        var p = PropertiesService.getDocumentProperties();
        p.setProperty('fits', new Array(9 * 1024 + 1).join('x'));
        p.setProperty('big', new Array(9 * 1024 + 2).join('x'));
      }`,
    );
    expect(result.error?.message).toBe('Argument too large: value');
    expect(Object.keys(state.properties.document)).toEqual(['fits']);
  });

  it('counts UTF-8 bytes, not characters, against the 9 KB limit', () => {
    const result = run(
      workspace(),
      `function main() { PropertiesService.getDocumentProperties().setProperty('zh', new Array(3100).join('中')); }`,
    );
    expect(result.error?.message).toBe('Argument too large: value');
  });

  it('refuses to grow a store past 500 KB', () => {
    const state = workspace();
    const result = run(
      state,
      `function main() {
        var p = PropertiesService.getUserProperties();
        var value = new Array(9000).join('v');
        for (var i = 0; i < 60; i++) p.setProperty('k' + i, value);
      }`,
    );
    expect(result.error?.message).toBe(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(Object.keys(state.properties.user)).toHaveLength(56);
  });

  it('empties a store', () => {
    const state = workspace();
    state.properties.document = { a: '1', b: '2' };
    runOk(state, 'function main() { PropertiesService.getDocumentProperties().deleteAllProperties(); }');
    expect(state.properties.document).toEqual({});
  });
});
