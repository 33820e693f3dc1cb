/** The diagnostics' judgement of Drive and Docs under `drive.file`: folders and masters reachable. */
import type { DiagnosticCheck } from '../../shared/diagnostics';
import type { Language } from '../../shared/i18n';
import { WORDS } from '../../shared/messages/words';
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
    const note = say('driveNotSetUp');
    return [check('drive.folders', 'drive', 'warn', note), check('drive.templates', 'drive', 'warn', note)];
  }
  const fix = say('driveFix');
  const folders = unreachable(facts.folders);
  const masters = unreachable(facts.masters);
  return [
    folders.length > 0
      ? check(
          'drive.folders',
          'drive',
          'fail',
          say('driveFoldersFail', { folders: folders.join(WORDS.listSeparator[language]) }),
          fix,
        )
      : check('drive.folders', 'drive', 'pass', say('driveFoldersPass')),
    masters.length > 0
      ? check(
          'drive.templates',
          'drive',
          'fail',
          say('driveTemplatesFail', { masters: masters.join(WORDS.listSeparator[language]) }),
          fix,
        )
      : check(
          'drive.templates',
          'drive',
          'pass',
          say('driveTemplatesPass', { masterCount: facts.masters.length }),
        ),
  ];
}
