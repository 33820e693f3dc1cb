import { timelineRows } from '../../core/doc-requests';
import { checkFolderRule, clientFolderName } from '../../core/folder-name';
import { buildSchedule } from '../../core/schedule';
import { templateValues } from '../../core/templates';
import { DEFAULT_PLAYBOOK, validateClient } from '../../core/validation';
import { dayOfCell } from '../../gas/dates';
import { shareFile } from '../../gas/drive-files';
import { withTrackerLock } from '../../gas/lock';
import { documentProperties, setDocumentProperty } from '../../gas/properties';
import { spreadsheetId, today as todayIn } from '../../gas/spreadsheet';
import { cell, type Table } from '../../gas/table';
import type { ClientInput, NormalizedClient } from '../../shared/client';
import { errorMessage } from '../../shared/error-message';
import type { FieldProblem, Language } from '../../shared/i18n';
import { format } from '../../shared/messages';
import type { Playbook } from '../../shared/playbook';
import type { OnboardResult } from '../../shared/rpc';
import { type DriveSetup, ensureDrive } from '../drive-setup';
import { type AppSettings, readSettings, type WorkspaceSettings } from '../settings';
import {
  type ClientRecord,
  clientNumber,
  clientRecords,
  findClient,
  nextClientId,
  onboardingDayOf,
  readClientsTable,
} from '../tracker/clients';
import { RunLog } from '../tracker/log';
import { readPlaybooks, type TeamPlaybooks } from '../tracker/playbooks';
import { ensureClientDrive } from './drive';
import {
  appendClientRow,
  type ClientRow,
  countMilestoneRows,
  rewriteClientRow,
  updateClientRow,
  writeOnboardingMilestones,
} from './rows';
import { checkMasters, readChecked, saveChecked } from './templates';

/** Document property: the highest client number handed out, so an id is never reused. */
const LAST_CLIENT_NUMBER = 'lastClientNumber';

/**
 * Onboards a client: validates the input, checks the masters, then makes the client's row, its
 * Drive folder with one subfolder per work area, a filled copy of every master and its milestone
 * rows. Safe to run again at any point: a client found by name resumes where it stopped, and a
 * complete one is left as it is (its folder follows a rename). Holds the tracker lock.
 */
export function onboardClient(input: ClientInput, day?: string): OnboardResult {
  const locked = withTrackerLock(() => onboardLocked(input, day), 30_000);
  if (locked.ran) return locked.value;
  return {
    ok: false,
    problems: [{ field: 'lock', message: `${format('zh-TW', 'busy')} ${format('en', 'busy')}` }],
  };
}

function onboardLocked(input: ClientInput, day: string | undefined): OnboardResult {
  const log = new RunLog();
  try {
    return onboard(input, day, log);
  } finally {
    log.flush();
  }
}

/** What every step of an onboarding reads once: settings, playbooks and the Clients sheet. */
interface Context {
  domain: WorkspaceSettings['domain'];
  app: AppSettings;
  language: Language;
  today: string;
  playbooks: Playbook[];
  /** Playbooks the Playbook sheet spoils, and what is wrong there. */
  team: TeamPlaybooks;
  clients: Table;
  records: ClientRecord[];
}

function readContext(day: string | undefined): Context {
  const { domain, app } = readSettings();
  const clients = readClientsTable();
  const team = readPlaybooks(domain.language);
  return {
    domain,
    app,
    language: domain.language,
    today: day ?? todayIn(app.timeZone),
    playbooks: team.playbooks,
    team,
    clients,
    records: clientRecords(clients),
  };
}

/**
 * Validates the input for onboarding (every day pinned) and the folder rule. A client resumed
 * or run again keeps the kickoff day its row holds, whatever today is.
 */
function validate(
  input: ClientInput,
  context: Context,
  found: ClientRecord | undefined,
): { ok: true; client: NormalizedClient; playbook: Playbook } | { ok: false; problems: FieldProblem[] } {
  const { app, domain, clients, playbooks, today } = context;
  // A playbook with a bad cell in the Playbook sheet is refused: say which cells, not "unknown".
  const wanted = input?.playbook || DEFAULT_PLAYBOOK;
  if (context.team.refused.includes(wanted)) return { ok: false, problems: context.team.problems };
  const prepStart = found ? dayOfCell(cell(clients, found.row, 'prepStart'), app.timeZone) : '';
  const dates = { ...(input?.dates ?? {}) };
  if (prepStart && !dates.prepStart) dates.prepStart = prepStart;
  const validation = validateClient(
    { ...input, dates },
    { mode: 'onboard', today, settings: domain, playbooks },
  );
  if (!validation.ok) return validation;
  const client = validation.client;
  const ruleProblems = checkFolderRule(app.folderNameRule, client.language);
  if (ruleProblems.length) return { ok: false, problems: ruleProblems };
  const playbook = playbooks.find((candidate) => candidate.id === client.playbook);
  if (!playbook) throw new Error(format(client.language, 'playbookVanished', { playbook: client.playbook }));
  return { ok: true, client, playbook };
}

function onboard(input: ClientInput, day: string | undefined, log: RunLog): OnboardResult {
  const context = readContext(day);
  const { app, language, clients, records, today } = context;
  const timeZone = app.timeZone;
  const found = findClient(records, {
    clientName: String(input?.clientName ?? ''),
    projectName: String(input?.projectName ?? ''),
  });
  const valid = validate(input, context, found);
  if (!valid.ok) return { ok: false, problems: valid.problems };
  const { client, playbook } = valid;

  const sheetId = spreadsheetId();
  const properties = documentProperties();
  const checked = readChecked(properties);
  const setup = ensureDrive(sheetId, properties, log);
  const templateProblems = checkMasters(setup, client.language, checked);
  saveChecked(properties, checked);
  if (templateProblems.length) return { ok: false, problems: templateProblems };

  const clientId = found?.id ?? nextClientId(records, Number(properties[LAST_CLIENT_NUMBER] ?? 0));
  // Only a row whose status says so is complete: a blank status is a row still being made.
  const complete = found?.status !== undefined && found.status !== 'partial';
  let row: ClientRow;
  if (found) {
    row = { table: clients, index: found.index };
  } else {
    const now = new Date();
    row = appendClientRow(clients, {
      client,
      id: clientId,
      status: 'partial',
      language,
      timeZone,
      extra: { createdAt: now, updatedAt: now },
    });
    log.add('onboard', client.clientName, `${clientId}: row added (partial)`);
  }
  // After the row, so a stop between the two costs nothing: the rerun finds the row and writes it.
  const number = clientNumber(clientId);
  if (Number(properties[LAST_CLIENT_NUMBER] ?? 0) < number)
    setDocumentProperty(LAST_CLIENT_NUMBER, String(number));

  try {
    return finish({
      client,
      clientId,
      complete,
      fresh: !found,
      row,
      setup,
      sheetId,
      today,
      language,
      log,
      app,
      domain: context.domain,
      playbook,
    });
  } catch (error) {
    const message = errorMessage(error);
    log.add('onboard', client.clientName, `${clientId}: stopped: ${message}`, 'error');
    return {
      ok: false,
      partial: true,
      message: format(client.language, 'partial', { client: client.clientName, error: message }),
    };
  }
}

/** An onboarding past its checks, with the client's row in the sheet. */
interface Job {
  client: NormalizedClient;
  clientId: string;
  complete: boolean;
  fresh: boolean;
  row: ClientRow;
  setup: DriveSetup;
  sheetId: string;
  today: string;
  language: Language;
  log: RunLog;
  app: AppSettings;
  domain: WorkspaceSettings['domain'];
  playbook: Playbook;
}

/** The part after the client's row exists: a failure here leaves the client partial, to resume. */
function finish(job: Job): OnboardResult {
  const { client, clientId, row, app, language, log } = job;
  // Fitted to the onboarding day (a resumed onboarding keeps its first day): what was due before
  // the client came is compressed, or caught up by the CSM.
  const current = row.table.rows[row.index] ?? [];
  const milestones = buildSchedule(client, job.playbook, job.today, {
    onboardedOn: job.fresh ? job.today : onboardingDayOf(row.table, current, app.timeZone, job.today),
    settings: job.domain,
  });
  const values = templateValues(
    client,
    job.playbook,
    { today: job.today, csmName: app.csmName, csmEmail: app.csmEmail },
    client.language,
  );
  const folderName = clientFolderName(app.folderNameRule, client, clientId, values);
  const drive = ensureClientDrive({
    spreadsheetId: job.sheetId,
    clientId,
    client,
    setup: job.setup,
    folderName,
    language,
    fresh: job.fresh,
    complete: job.complete,
    knownFolderId: String(cell(row.table, row.table.rows[row.index] ?? [], 'folderId')).trim(),
    values,
    timeline: timelineRows(milestones, client.language),
    log,
    onFolder(folder) {
      const table = row.table;
      const current = String(cell(table, table.rows[row.index] ?? [], 'folderId')).trim();
      if (current !== folder.id) updateClientRow(row, { folderId: folder.id, folderUrl: folder.url });
    },
  });
  const result = (count: number): OnboardResult => ({
    ok: true,
    clientId,
    folderUrl: drive.folder.url,
    documents: drive.documents,
    milestones: count,
  });
  if (job.complete) return result(countMilestoneRows(clientId, app.timeZone));

  const added = writeOnboardingMilestones(
    milestones,
    { id: clientId, name: client.clientName },
    { language, today: job.today, timeZone: app.timeZone },
  );
  rewriteClientRow(row, {
    client,
    id: clientId,
    status: 'active',
    language,
    timeZone: app.timeZone,
    extra: { folderId: drive.folder.id, folderUrl: drive.folder.url, updatedAt: new Date() },
  });
  log.add(
    'onboard',
    client.clientName,
    `${clientId}: ${drive.documents.length} documents, ${added} milestones added (${milestones.length} in all)`,
  );
  if (app.shareFolderRole !== 'none')
    shareFolder(drive.folder.id, client, app.shareFolderRole, language, log);
  return result(milestones.length);
}

/**
 * Shares the client's folder with the contact, last: Drive refuses some addresses (outside a
 * Workspace domain by policy, for one), and that must not keep an otherwise complete client
 * partial. A refusal is a Log warning naming the address, to share by hand.
 *
 * Drive refuses a silent share with an address that has no Google account; the setting asks for
 * the folder to be shared, and such a contact can only reach it through Drive's invitation, so the
 * share then goes with Drive's notification mail, and the Log line says so. The notification is
 * Drive's own mail: it uses none of the mail service's quota the reminders need.
 * 雲端硬碟不允許「不寄通知」就與沒有 Google 帳號的地址共用；設定要求共用資料夾，而這樣的客戶只能
 * 從雲端硬碟的邀請信開啟它，所以改為寄出通知共用，並在 Log 寫明。通知信由雲端硬碟寄出，不占
 * Apps Script 寄信服務的每日額度。
 */
function shareFolder(
  folderId: string,
  client: NormalizedClient,
  role: Exclude<AppSettings['shareFolderRole'], 'none'>,
  language: Language,
  log: RunLog,
): void {
  const params = { email: client.contactEmail, role };
  try {
    const outcome = shareFile(folderId, client.contactEmail, role);
    log.add(
      'onboard',
      client.clientName,
      format(language, outcome === 'silent' ? 'shared' : 'sharedNotified', params),
    );
  } catch (error) {
    const reason = errorMessage(error);
    log.add(
      'onboard',
      client.clientName,
      format(language, 'shareFailed', { ...params, error: reason }),
      'warning',
    );
  }
}
