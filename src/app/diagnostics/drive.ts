import { type DriveFacts, driveChecks, type StoredFile } from '../../core/diagnostics/drive';
import { DOCUMENT_KINDS, masterName } from '../../core/documents';
import { documentText } from '../../gas/docs-text';
import { getListed } from '../../gas/drive-files';
import { documentProperties } from '../../gas/properties';
import type { DiagnosticCheck } from '../../shared/diagnostics';
import { errorMessage } from '../../shared/error-message';
import type { Language } from '../../shared/i18n';
import { DIAGNOSTIC_MESSAGES } from '../../shared/messages/diagnostics';
import { setupProperty } from '../drive-setup';

const LANGUAGES: readonly Language[] = ['zh-TW', 'en'];
const FOLDERS = [
  ['root', 'Launch Desk'],
  ['templates', 'Templates'],
  ['clients', 'Clients'],
] as const;

/** Why a stored id cannot be opened, or null when it can: the probe's error is the finding. */
function problemOf(id: string, open: (id: string) => boolean, language: Language): string | null {
  if (!id) return DIAGNOSTIC_MESSAGES.driveFileNoId[language];
  try {
    return open(id) ? null : DIAGNOSTIC_MESSAGES.driveFileGone[language];
  } catch (error) {
    return errorMessage(error);
  }
}

/** Opens each stored folder (Drive) and reads each master (Docs), one call apiece. */
function driveFacts(language: Language): DriveFacts {
  const properties = documentProperties();
  if (!properties[setupProperty('root')]) return { setUp: false };
  const folders: StoredFile[] = FOLDERS.map(([kind, name]) => {
    const id = properties[setupProperty(kind)] ?? '';
    return { name, id, problem: problemOf(id, (found) => getListed(found) !== null, language) };
  });
  const masters: StoredFile[] = LANGUAGES.flatMap((masterLanguage) =>
    DOCUMENT_KINDS.map((kind) => {
      const id = properties[setupProperty(`master:${kind}:${masterLanguage}`)] ?? '';
      const readable = (found: string) =>
        getListed(found) !== null && typeof documentText(found) === 'string';
      return { name: masterName(kind, masterLanguage), id, problem: problemOf(id, readable, language) };
    }),
  );
  return { setUp: true, folders, masters };
}

/** The Drive checks of the diagnostics. */
export function driveDiagnostics(language: Language): DiagnosticCheck[] {
  return driveChecks(driveFacts(language), language);
}
