/** The diagnostics' judgement of Drive and Docs under `drive.file`: folders and masters reachable. */
import type { DiagnosticCheck } from '../../shared/diagnostics';
import type { Language } from '../../shared/i18n';
import { checker } from './checks';

/** One file the tracker keeps an id of, and whether the add-on could open it by that id. */
export interface StoredFile {
  name: string;
  /** The stored id, or '' when none is stored. */
  id: string;
  /** null: opened; otherwise why not. */
  problem: string | null;
}

/** Drive as the diagnostics found it: nothing set up yet, or the stored folders and masters. */
export type DriveFacts = { setUp: false } | { setUp: true; folders: StoredFile[]; masters: StoredFile[] };

function unreachable(files: readonly StoredFile[]): string[] {
  return files.filter((file) => file.problem !== null).map((file) => `${file.name} (${file.problem})`);
}

/**
 * The root, `Templates` and `Clients` folders reachable by their stored ids, and every master
 * template readable through the Docs service: what each onboarding copies from.
 */
export function driveChecks(facts: DriveFacts, language: Language): DiagnosticCheck[] {
  const { say, check } = checker(language);
  if (!facts.setUp) {
    const note = say(
      'Drive 資料夾與範本尚未建立：第一次建立客戶時會自動建立。',
      'The Drive folders and masters are not made yet: the first onboarding makes them.',
    );
    return [check('drive.folders', 'drive', 'warn', note), check('drive.templates', 'drive', 'warn', note)];
  }
  const fix = say(
    '再建立（或重新建立）一位客戶：Launch Desk 會以標籤找回或重新建立缺少的資料夾與範本。若是權限問題，請以原建立者帳號執行。',
    'Onboard (or re-onboard) a client: Launch Desk finds missing folders and masters by their tags or makes them again. For a permission problem, run as the account that made them.',
  );
  const folders = unreachable(facts.folders);
  const masters = unreachable(facts.masters);
  return [
    folders.length > 0
      ? check(
          'drive.folders',
          'drive',
          'fail',
          say(
            `無法以儲存的編號開啟資料夾：${folders.join('、')}。`,
            `Folders not reachable by their stored ids: ${folders.join(', ')}.`,
          ),
          fix,
        )
      : check(
          'drive.folders',
          'drive',
          'pass',
          say(
            'Launch Desk、Templates、Clients 資料夾皆可開啟。',
            'The Launch Desk, Templates and Clients folders are reachable.',
          ),
        ),
    masters.length > 0
      ? check(
          'drive.templates',
          'drive',
          'fail',
          say(`無法讀取範本：${masters.join('、')}。`, `Masters not readable: ${masters.join(', ')}.`),
          fix,
        )
      : check(
          'drive.templates',
          'drive',
          'pass',
          say(
            `${facts.masters.length} 份範本皆可讀取。`,
            `All ${facts.masters.length} masters are readable.`,
          ),
        ),
  ];
}
