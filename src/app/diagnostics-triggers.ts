import {
  installedTriggersCheck,
  type ProbeRecord,
  type ProbeState,
  timeDrivenProbeCheck,
} from '../core/diagnostics-triggers';
import { getDocumentProperty, setDocumentProperty } from '../gas/properties';
import { activeSpreadsheet } from '../gas/spreadsheet';
import { createOneOffTrigger, deleteTriggers, listTriggers } from '../gas/triggers';
import type { DiagnosticCheck } from '../shared/diagnostics';
import type { Language } from '../shared/i18n';
import { DAILY_HANDLER, triggerStatus } from './daily/triggers';
import { PROBE_HANDLER, TIME_DRIVEN_RECORD } from './handlers';

/** Time-driven add-on triggers fire late anyway; a minute is the least worth asking for. */
const PROBE_DELAY_MS = 60_000;

function readRecord(): ProbeRecord | undefined {
  try {
    const record = JSON.parse(getDocumentProperty(TIME_DRIVEN_RECORD) ?? 'null') as ProbeRecord | null;
    return record && typeof record.ok === 'boolean' ? record : undefined;
  } catch (_) {
    return undefined;
  }
}

/**
 * The trigger checks: what is installed (with the daily job's own problems), and whether a
 * time-driven run can open the spreadsheet. An editor add-on may hold one time-driven trigger per
 * user and document, so a one-off probe is scheduled only while no trigger is installed; with
 * the daily trigger in place, its own runs record the same proof ({@link noteTimeDrivenRun}).
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
 * Called at the start of every trigger-fired run of the daily job (its event carries the
 * trigger's id, a menu or sidebar call does not): records that a time-driven run opened the
 * spreadsheet, as the probe would.
 */
export function noteTimeDrivenRun(event: { triggerUid?: string } | undefined): void {
  if (event?.triggerUid) recordTimeDrivenProbe();
}

/**
 * The probe itself, run by its one-off trigger: opens the spreadsheet as a time-driven run does
 * and records what happened for the next diagnostics. It never throws: a failure is the finding.
 */
export function recordTimeDrivenProbe(): void {
  let record: ProbeRecord;
  const at = new Date().toISOString();
  try {
    record = { ok: true, at, detail: activeSpreadsheet().getName() };
  } catch (error) {
    record = { ok: false, at, detail: error instanceof Error ? error.message : String(error) };
  }
  setDocumentProperty(TIME_DRIVEN_RECORD, JSON.stringify(record));
  deleteTriggers(PROBE_HANDLER);
}
