import { CLIENTS_SHEET } from '../../core/tracker/schema';
import { findSheet, HeaderError, type Table } from '../../gas/table';
import type { DiagnosticCheck } from '../../shared/diagnostics';
import type { FieldProblem, Language } from '../../shared/i18n';
import { format } from '../../shared/messages';
import { HEADER_PROBLEMS } from '../../shared/messages/tracker';
import { readSettings, type WorkspaceSettings } from '../settings';
import { type AmbiguousClients, ambiguousClients, readClientsTable } from './clients';
import { readPlaybooks, type TeamPlaybooks } from './playbooks';

/** The sheets people edit, read once, with what in them cannot be used. */
export interface TrackerReading {
  settings: WorkspaceSettings;
  playbooks: TeamPlaybooks;
  clients: Table;
  ambiguous: AmbiguousClients;
}

/**
 * Reads Settings, Playbook and Clients (one read each; `clients` when the caller read it
 * already) and checks what people typed there.
 */
export function readTracker(clients: Table = readClientsTable()): TrackerReading {
  const settings = readSettings();
  const language = settings.domain.language;
  return {
    settings,
    playbooks: readPlaybooks(language),
    clients,
    ambiguous: ambiguousClients(clients, language),
  };
}

/**
 * What people typed that a run does not use, each naming its cell and the fix: settings out of
 * range (the default stands in), playbooks with a bad cell (refused), client ids on two rows
 * (left alone). `status`, the diagnostics and every re-plan report them.
 */
export function trackerProblems(reading: TrackerReading): FieldProblem[] {
  return [...reading.settings.problems, ...reading.playbooks.problems, ...reading.ambiguous.problems];
}

/**
 * The tracker's problems as `status` and the diagnostics show them. A sheet that is missing or
 * whose headers are broken gives none here: the sheets check reports it, with its own fix.
 */
export function currentTrackerProblems(clients?: Table): FieldProblem[] {
  try {
    return trackerProblems(readTracker(clients));
  } catch (error) {
    if (error instanceof HeaderError || !findSheet(CLIENTS_SHEET)) return [];
    throw error;
  }
}

/** The diagnostics' check of the values in the tracker: a warning per problem, the fix in it. */
export function trackerValuesCheck(problems: readonly FieldProblem[], language: Language): DiagnosticCheck {
  if (problems.length === 0) {
    return {
      id: 'spreadsheet.values',
      area: 'spreadsheet',
      status: 'pass',
      message: format(language, 'valuesUsable'),
    };
  }
  return {
    id: 'spreadsheet.values',
    area: 'spreadsheet',
    status: 'warn',
    message: problems.map((problem) => problem.message).join(HEADER_PROBLEMS.separator[language]),
    fix: format(language, 'valuesFix'),
  };
}
