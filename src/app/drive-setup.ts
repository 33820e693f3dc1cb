import { DOCUMENT_KINDS, type DocumentKind, masterName } from '../core/documents';
import { byKind, type SetupKind, TAG, type TaggedFile } from '../core/drive-tags';
import { masterHtml } from '../core/masters';
import { createDocFromHtml, createFolder, getListed, type ListedFile, listTagged } from '../gas/drive-files';
import { setDocumentProperties, setDocumentProperty } from '../gas/properties';
import type { Language } from '../shared/i18n';
import type { RunLog } from './tracker/log';

/** The Drive folders and masters of a tracker, as setup found or made them. */
export interface DriveSetup {
  rootId: string;
  templatesId: string;
  clientsId: string;
  /** Masters by `kind:language`. */
  masters: Map<string, MasterFile>;
}

/** A master document with its creation and last change (a person may edit it). */
interface MasterFile {
  id: string;
  name: string;
  createdTime: string;
  modifiedTime: string;
}

const LANGUAGES: readonly Language[] = ['zh-TW', 'en'];
/** Every file setup makes, by kind. */
const SETUP_KINDS: readonly SetupKind[] = [
  'root',
  'templates',
  'clients',
  ...LANGUAGES.flatMap((language) => DOCUMENT_KINDS.map((kind): SetupKind => `master:${kind}:${language}`)),
];

/** Document property of each setup file's id, e.g. `drive.templates`, `drive.master.newsletter.en`. */
export function setupProperty(kind: SetupKind): string {
  return `drive.${kind.replace(/:/g, '.')}`;
}

/** A listed file with its kind tag. */
export function tagged(file: ListedFile): TaggedFile {
  return {
    id: file.id,
    name: file.name,
    url: file.url,
    kind: file.appProperties[TAG.kind] ?? '',
    createdTime: file.createdTime,
    modifiedTime: file.modifiedTime,
  };
}

/**
 * Finds the tracker's Drive root `Launch Desk` with `Templates` and `Clients` and the masters
 * (zh-TW and English) in one listing, and makes whatever is missing. Each file is tagged as it is
 * created and its id goes into the document properties at once, so a run that stops half-way
 * neither loses nor doubles anything.
 */
export function ensureDrive(
  spreadsheetId: string,
  properties: Readonly<Record<string, string>>,
  log: RunLog,
): DriveSetup {
  const found = byKind(listTagged(TAG.setup, spreadsheetId).map(tagged));
  // A search may lag behind a create a moment ago (two onboardings in a row): what it misses
  // but the properties know is fetched by id, so nothing is made twice. Costs nothing otherwise.
  for (const kind of SETUP_KINDS) {
    if (found.has(kind)) continue;
    const file = getListed(properties[setupProperty(kind)] ?? '');
    if (file) found.set(kind, { ...tagged(file), kind });
  }
  const known: Record<string, string> = {};
  const tags = (kind: SetupKind) => ({ [TAG.setup]: spreadsheetId, [TAG.kind]: kind });
  const remember = (kind: SetupKind, id: string) => {
    setDocumentProperty(setupProperty(kind), id);
    log.add('drive-setup', '', `${kind}: ${id}`);
  };
  const folder = (kind: 'root' | 'templates' | 'clients', name: string, parentId: string | null): string => {
    const existing = found.get(kind);
    if (existing) {
      known[setupProperty(kind)] = existing.id;
      return existing.id;
    }
    const created = createFolder(name, parentId, tags(kind));
    remember(kind, created.id);
    return created.id;
  };
  const rootId = folder('root', 'Launch Desk', null);
  const templatesId = folder('templates', 'Templates', rootId);
  const clientsId = folder('clients', 'Clients', rootId);
  const masters = new Map<string, MasterFile>();
  for (const language of LANGUAGES) {
    for (const kind of DOCUMENT_KINDS) {
      const tag: SetupKind = `master:${kind}:${language}`;
      const existing = found.get(tag);
      if (existing) {
        known[setupProperty(tag)] = existing.id;
        masters.set(masterKey(kind, language), existing);
        continue;
      }
      const created = createDocFromHtml(
        masterName(kind, language),
        masterHtml(kind, language),
        templatesId,
        tags(tag),
      );
      remember(tag, created.id);
      masters.set(masterKey(kind, language), { ...created, createdTime: created.modifiedTime });
    }
  }
  // Ids found by their tags but missing from the properties (a run stopped between the create
  // and the property, or someone cleared them) are written back in one call.
  const stale = Object.fromEntries(Object.entries(known).filter(([key, id]) => properties[key] !== id));
  setDocumentProperties(stale);
  return { rootId, templatesId, clientsId, masters };
}

/** The key of a master in {@link DriveSetup.masters}. */
export function masterKey(kind: DocumentKind, language: Language): string {
  return `${kind}:${language}`;
}
