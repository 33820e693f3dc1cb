import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../disk/fixtures.js';
import { ACME, cli } from './run-cli.js';
import { snapshot } from './snapshot.js';

const CLIENT = ACME;

/** What a JavaScript error looks like when it leaks to a person. */
const JS_ERROR = /Cannot (read|convert)|is not (a function|iterable)|TypeError|undefined|\[object Object\]/;

/** A workspace with one client, after one daily run, so every state file holds something. */
async function usedWorkspace(): Promise<string> {
  const dir = join(await tempDir(), 'ws');
  expect((await cli(['init', '--dir', dir, '--language', 'en', '--tz', 'Asia/Taipei'])).code).toBe(0);
  expect((await cli(['onboard', '--dir', dir, '--client', '-'], JSON.stringify(CLIENT))).code).toBe(0);
  expect((await cli(['triggers', 'install', '--dir', dir])).code).toBe(0);
  expect((await cli(['daily', '--dir', dir, '--today', '2027-01-04'])).code).toBe(0);
  return dir;
}

describe('a client file of the wrong shape', () => {
  it.each([
    ['null', 'null', 'client', /must hold one JSON object .* not null/],
    ['a list', '[]', 'client', /not a list/],
    [
      'language {toString}',
      JSON.stringify({ ...CLIENT, language: { toString: 'x' } }),
      'language',
      /language must be text in JSON, not an object/,
    ],
    [
      'clientName {toString}',
      JSON.stringify({ ...CLIENT, clientName: { toString: 'x' } }),
      'clientName',
      /clientName must be text/,
    ],
    [
      'tier {toString: {}}',
      JSON.stringify({ ...CLIENT, tier: { toString: {} } }),
      'tier',
      /tier must be text/,
    ],
    [
      'targetAmount as text',
      JSON.stringify({ ...CLIENT, targetAmount: '1200000' }),
      'targetAmount',
      /targetAmount must be a number/,
    ],
    [
      'an object in ccEmails',
      JSON.stringify({ ...CLIENT, ccEmails: ['a@example.com', {}] }),
      'ccEmails[1]',
      /ccEmails\[1\] must be text/,
    ],
    [
      'a number in dates',
      JSON.stringify({ ...CLIENT, dates: { ...CLIENT.dates, launch: 20270301 } }),
      'dates.launch',
      /dates\.launch must be text/,
    ],
  ])('plan with %s: exit 1 naming the field, no JavaScript error', async (_label, json, field, message) => {
    const run = await cli(['plan', '--client', '-', '--json'], json);
    expect(run.code).toBe(1);
    const output = JSON.parse(run.out);
    expect(output.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect(output.error).toMatch(message);
    expect(output.error).not.toMatch(JS_ERROR);
  });

  it('refuses a "__proto__" key, which would lend the client fields it does not have', async () => {
    const run = await cli(['plan', '--client', '-'], '{"__proto__":{"clientName":"x"},"projectName":"B"}');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/__proto__ is not a client field/);
  });

  it('onboard refuses it before the workspace is touched', async () => {
    const dir = join(await tempDir(), 'ws');
    expect((await cli(['init', '--dir', dir, '--language', 'en'])).code).toBe(0);
    const before = await snapshot(dir);
    const run = await cli(
      ['onboard', '--dir', dir, '--client', '-'],
      JSON.stringify({ ...CLIENT, playbook: { toString: 'x' } }),
    );
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/playbook must be text in JSON, not an object/);
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('a damaged state file', () => {
  it.each([
    ['properties.json', '{}', /document is missing, should be an object/],
    ['properties.json', 'null', /the file is null, should be an object/],
    ['mail.json', '{}', /sent is missing, should be a list/],
    ['drive.json', '{}', /version is missing, should be a number/],
    ['drive.json', 'null', /the file is null/],
    ['triggers.json', '{}', /the file is an object, should be a list/],
    [
      'triggers.json',
      '[{"id":"t1","handler":"runDailyJob","schedule":{"kind":"hourly"},"disabled":false}]',
      /kind is "hourly"/,
    ],
    ['meta.json', '{}', /not a Launch Desk workspace/],
    [
      'sheet-meta.json',
      '{"version":1,"sheets":{"Clients":null},"spreadsheet":{}}',
      /spreadsheet\.id is missing/,
    ],
  ])(
    'state/%s holding %s stops daily with exit 2, naming the file, and nothing is written',
    async (file, json, problem) => {
      const dir = await usedWorkspace();
      await writeFile(join(dir, 'state', file), json);
      const before = await snapshot(dir);
      const run = await cli(['daily', '--dir', dir, '--today', '2027-01-05']);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(problem);
      if (file !== 'meta.json') {
        expect(run.err).toContain(join(dir, 'state', file));
        expect(run.err).toMatch(/restore it from a backup .* Nothing was changed\./);
      }
      expect(run.err).not.toMatch(JS_ERROR);
      expect(await snapshot(dir)).toEqual(before);
    },
  );
});
