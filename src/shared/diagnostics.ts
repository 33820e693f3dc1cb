/**
 * What `runDiagnostics` reports: one line per check of the running environment against what the
 * local hosts assume of Apps Script. JSON only, so the sidebar shows it as is.
 */

/** pass: as the hosts assume; warn: works, but a person should look; fail: the add-on cannot work so. */
export type DiagnosticStatus = 'pass' | 'warn' | 'fail';

/** The area a check belongs to, in the order the report lists them. */
export type DiagnosticArea = 'runtime' | 'manifest' | 'spreadsheet' | 'drive' | 'triggers' | 'mail';

/** One check's outcome, told in the workspace's language. */
export interface DiagnosticCheck {
  id: string;
  area: DiagnosticArea;
  status: DiagnosticStatus;
  /** What was found. */
  message: string;
  /** What to do about it, when there is something to do. */
  fix?: string;
}

/** The whole report. */
export interface DiagnosticsReport {
  ok: boolean;
  /** When the checks ran, ISO 8601. */
  ranAt: string;
  counts: Record<DiagnosticStatus, number>;
  checks: DiagnosticCheck[];
}
