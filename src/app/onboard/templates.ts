import { DOCUMENT_KINDS } from '../../core/documents';
import { checkTemplate } from '../../core/templates';
import { documentText } from '../../gas/docs-text';
import { setDocumentProperty } from '../../gas/properties';
import type { FieldProblem, Language } from '../../shared/i18n';
import { type DriveSetup, masterKey } from '../drive-setup';

/** Document property holding, per master id, the modification time its last clean check saw. */
const CHECKED_PROPERTY = 'drive.checked';

/** The masters' check record from the document properties (a broken value counts as empty). */
export function readChecked(properties: Readonly<Record<string, string>>): Record<string, string> {
  try {
    const value = JSON.parse(properties[CHECKED_PROPERTY] ?? '{}') as unknown;
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Writes the check record back when it changed (one call, only then). */
export function saveChecked(
  properties: Readonly<Record<string, string>>,
  checked: Record<string, string>,
): void {
  const value = JSON.stringify(checked);
  if (value !== (properties[CHECKED_PROPERTY] ?? '{}')) setDocumentProperty(CHECKED_PROPERTY, value);
}

/**
 * The template check before anything is copied: every master of `language` that a person
 * edited since it last passed is read (one call each) and its placeholders checked. A master
 * never modified since it was created holds the add-on's own text and costs nothing, so a normal
 * onboarding reads no master at all.
 */
export function checkMasters(
  setup: DriveSetup,
  language: Language,
  checked: Record<string, string>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const master = setup.masters.get(masterKey(kind, language));
    if (!master) continue;
    const pristine = master.modifiedTime === master.createdTime;
    if (pristine || checked[master.id] === master.modifiedTime) continue;
    const found = checkTemplate(documentText(master.id), language);
    for (const problem of found) {
      problems.push({ field: `templates.${kind}`, message: `${master.name}: ${problem.message}` });
    }
    if (!found.length) checked[master.id] = master.modifiedTime;
  }
  return problems;
}
