import { describe, expect, it } from 'vitest';
import { newWorkspaceState } from '../../../local/host/new-state.js';
import { MONDAY_9AM_TAIPEI, runOk, runScript } from './harness.js';

const START = Date.parse(MONDAY_9AM_TAIPEI);

describe('the Docs API write quota', () => {
  it('refuses the 61st write request of a user within a minute with a 429, and takes writes again a minute later', () => {
    const state = newWorkspaceState();
    const id = runOk(`return Docs.Documents.create({ title: 'Plan' }).documentId;`, { state })
      .value as string;
    const write = `Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'a' } }] }, a);`;
    // 59 more writes fill the minute (the create was the first), across executions.
    runOk(`for (var i = 0; i < 58; i++) { ${write} }`, { state, args: [id] });
    runOk(write, { state, args: [id], execution: { now: START + 30_000 } });
    const refused = runScript(
      `try { ${write} } catch (e) { return [e.name, e.message, e.details.code, e.details.errors[0].reason]; }`,
      { state, args: [id], execution: { now: START + 59_000 } },
    );
    expect(refused.value).toEqual([
      'GoogleJsonResponseException',
      "API call to docs.documents.batchUpdate failed with error: Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'docs.googleapis.com'.",
      429,
      'rateLimitExceeded',
    ]);
    expect(state.drive.files[0]?.doc?.revision).toBe(60);
    // Sixty seconds after the first writes, the window has room again.
    runOk(write, { state, args: [id], execution: { now: START + 60_000 } });
    expect(state.drive.files[0]?.doc?.revision).toBe(61);
  });
});
