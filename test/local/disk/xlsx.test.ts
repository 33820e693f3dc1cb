import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTracker } from '../../../local/disk/xlsx-read.js';
import { writeTracker } from '../../../local/disk/xlsx-write.js';
import { sampleState, tempDir } from './fixtures.js';

describe('tracker.xlsx', () => {
  it('round-trips values and formatting exactly', async () => {
    const dir = await tempDir();
    const path = join(dir, 'tracker.xlsx');
    const state = sampleState();
    const meta = await writeTracker(path, state.spreadsheet);
    const back = await readTracker(path, meta);
    expect(back).toEqual(state.spreadsheet);
  });
});
