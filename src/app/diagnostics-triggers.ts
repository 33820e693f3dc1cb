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

/** The public global the probe trigger calls (a trigger cannot call a private `_` function). */
export const PROBE_HANDLER = 'diagnosticsProbe';
/** Document property holding the probe's last record, JSON. */
const PROBE_RECORD = 'diagnostics.timeDrivenProbe';
/** Time-driven add-on triggers fire late anyway; a minute is the least worth asking for. */
const PROBE_DELAY_MS = 60_000;

function readRecord(): ProbeRecord | undefined {
  try {
    const record = JSON.parse(getDocumentProperty(PROBE_RECORD) ?? 'null') as ProbeRecord | null;
    return record && typeof record.ok === 'boolean' ? record : undefined;
  } catch (_) {
    return undefined;
  }
}

/**
 * The trigger checks: what is installed, and whether a time-driven run can open the spreadsheet.
 * Without a recorded probe, schedules one (once) and says to look again.
 */
export function triggerChecks(language: Language): DiagnosticCheck[] {
  const triggers = listTriggers();
  const record = readRecord();
  let probe: ProbeState;
  if (record) probe = { kind: 'recorded', record };
  else {
    if (!triggers.some((trigger) => trigger.handler === PROBE_HANDLER))
      createOneOffTrigger(PROBE_HANDLER, PROBE_DELAY_MS);
    probe = { kind: 'scheduled', at: new Date(Date.now() + PROBE_DELAY_MS).toISOString() };
  }
  const handlers = triggers.map((trigger) => trigger.handler).filter((handler) => handler !== PROBE_HANDLER);
  return [installedTriggersCheck(handlers, language), timeDrivenProbeCheck(probe, language)];
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
  setDocumentProperty(PROBE_RECORD, JSON.stringify(record));
  deleteTriggers(PROBE_HANDLER);
}
