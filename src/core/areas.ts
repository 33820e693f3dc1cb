import type { ServiceLevel } from '../shared/client';
import type { Localized } from '../shared/i18n';
import { FOLDER_AREA_LABELS, WORK_AREA_LABELS } from '../shared/messages/labels';
import { SERVICE_LEVEL_LABELS } from '../shared/messages/statuses';
import type { FolderAreaId, WorkAreaId } from '../shared/playbook';

/** The work areas of a checklist, with their labels (domain.md §1 and §3). */
export const WORK_AREAS: Readonly<Record<WorkAreaId, Localized>> = WORK_AREA_LABELS;

/** The eight areas of a client's Drive folder, in the order the folders are created. */
export const FOLDER_AREAS: Readonly<Record<FolderAreaId, Localized>> = FOLDER_AREA_LABELS;

/** The service levels with their labels. */
export const SERVICE_LEVELS: Readonly<Record<ServiceLevel, Localized>> = SERVICE_LEVEL_LABELS;

/** What each level's checklist covers (domain.md §3). */
export const LEVEL_CHECKLISTS: Readonly<Record<ServiceLevel, readonly WorkAreaId[]>> = {
  advanced: ['strategy', 'ads', 'design', 'pr', 'video', 'shipping', 'customised'],
  basic: ['strategy', 'ads', 'design', 'pr', 'shipping'],
  simple: ['strategy', 'ads', 'design', 'shipping'],
};
