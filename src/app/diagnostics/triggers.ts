import {
  installedTriggersCheck,
  type ProbeRecord,
  type ProbeState,
  timeDrivenProbeCheck,
} from '../../core/diagnostics/triggers';
import { runContextFacts } from '../../gas/probes';
import { getTrackerProperty, setTrackerProperty } from '../../gas/properties';
import { openTracker, trackerSpreadsheet } from '../../gas/spreadsheet';
import { createOneOffTrigger, deleteTriggers, listTriggers, trackerOfTrigger } from '../../gas/triggers';
import type { DiagnosticCheck } from '../../shared/diagnostics';
import { errorMessage } from '../../shared/error-message';
import type { Language } from '../../shared/i18n';
import { DAILY_HANDLER, triggerStatus } from '../daily/triggers';
import { PROBE_HANDLER, TIME_DRIVEN_RECORD } from '../handlers';

/** Apps Script refuses an add-on's one-off trigger sooner than an hour away. */
const PROBE_DELAY_MS = 60 * 60 * 1000;

function readRecord(): ProbeRecord | undefined {
  try {
    const record = JSON.parse(getTrackerProperty(TIME_DRIVEN_RECORD) ?? 'null') as ProbeRecord | null;
    return record && typeof record.ok === 'boolean' ? record : undefined;
  } catch (_) {
    return undefined;
  }
}

/**
 * The trigger checks: what is installed (with the daily job's own problems), and what a
 * time-driven run can see and open. An editor add-on may hold one time-driven trigger per user
 * and document, so a one-off probe is scheduled only while no trigger is installed; with the
 * daily trigger in place, its own runs record the same proof ({@link noteTimeDrivenRun}).
 */
export function triggerChecks(language: Language): DiagnosticCheck[] {
  const triggers = listTriggers();
  const record = readRecord();
  const daily = triggers.some((trigger) => trigger.handler === DAILY_HANDLER);
  let probe: ProbeState;
  if (record) probe = { kind: 'recorded', record };
  else if (daily) probe = { kind: 'waiting' };
  else {
    if (!triggers.some((trigger) => trigger.handler === PROBE_HANDLER))
      createOneOffTrigger(PROBE_HANDLER, PROBE_DELAY_MS);
    probe = { kind: 'scheduled', at: new Date(Date.now() + PROBE_DELAY_MS).toISOString() };
  }
  const troubles = daily
    ? triggerStatus().problems.map((problem) => ({
        stopped: problem.code === 'not-running',
        message: problem.message,
      }))
    : [];
  const handlers = triggers.map((trigger) => trigger.handler).filter((handler) => handler !== PROBE_HANDLER);
  return [installedTriggersCheck(handlers, troubles, language), timeDrivenProbeCheck(probe, language)];
}

/**
 * Records what this time-driven run saw, once it has opened its tracker by id: whether an
 * active spreadsheet, document properties and a document lock existed (the open question a
 * real deployment settles) and that the tracker opened. Called by every trigger-fired run of
 * the daily job, as the probe would.
 */
export function noteTimeDrivenRun(): void {
  const seen = runContextFacts();
  const record: ProbeRecord = {
    ok: true,
    at: new Date().toISOString(),
    detail: trackerSpreadsheet().getName(),
    seen,
  };
  setTrackerProperty(TIME_DRIVEN_RECORD, JSON.stringify(record));
}

/**
 * The probe itself, run by its one-off trigger: opens the tracker by id as the daily job does
 * and records what happened for the next diagnostics. It never throws: a failure is the finding,
 * kept in the execution log when no tracker opened to record it in.
 */
export function recordTimeDrivenProbe(triggerUid: string | undefined): void {
  const seen = runContextFacts();
  const at = new Date().toISOString();
  let record: ProbeRecord;
  try {
    const trackerId = triggerUid === undefined ? null : trackerOfTrigger(triggerUid);
    if (trackerId) openTracker(trackerId);
    record = { ok: true, at, detail: trackerSpreadsheet().getName(), seen };
  } catch (error) {
    record = { ok: false, at, detail: errorMessage(error), seen };
  }
  try {
    setTrackerProperty(TIME_DRIVEN_RECORD, JSON.stringify(record));
    deleteTriggers(PROBE_HANDLER);
  } catch (error) {
    // Not even the tracker's id is known: only the execution log can keep the finding.
    console.error(`diagnostics probe: ${record.detail}; ${errorMessage(error)}`);
  }
}
