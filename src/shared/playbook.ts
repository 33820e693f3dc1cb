import type { ServiceLevel } from './client';
import type { Localized } from './i18n';

/** Who a milestone is for: the client, the CSM, or both. */
export type Audience = 'client' | 'csm' | 'both';

/** Work areas of a service checklist (domain.md §3), plus account care for subscription journeys. */
export type WorkAreaId =
  | 'strategy'
  | 'ads'
  | 'design'
  | 'pr'
  | 'video'
  | 'shipping'
  | 'customised'
  | 'account';

/** The eight areas a client's Drive folder is sorted by. */
export type FolderAreaId =
  | 'meetings'
  | 'documents'
  | 'marketing'
  | 'design'
  | 'ads'
  | 'pr-kol'
  | 'video'
  | 'production-shipping';

/** A day relative to an anchor: the anchor's day plus a number of calendar days (may be negative). */
export interface AnchorRef {
  anchor: string;
  offsetDays: number;
}

/**
 * How an anchor the client left empty is filled in. `today` is the onboarding day; `derived`
 * counts from another anchor (months first, then days) and is pushed forward to `notBefore`.
 */
type AnchorDefault =
  | { kind: 'today' }
  | { kind: 'derived'; from: AnchorRef; months?: number; notBefore?: AnchorRef };

/** One named date of a playbook (launch, end, shipping, contractStart...). */
export interface AnchorDef {
  id: string;
  label: Localized;
  /** `month` anchors are typed "YYYY-MM" and resolve to the first day of that month. */
  kind: 'day' | 'month';
  required: boolean;
  default?: AnchorDefault;
  /** This anchor may not lie before that one (months are compared for month anchors). */
  notBefore?: string;
  /** While planning, a month or quarter ("2027-Q2") is accepted instead of a day. */
  mayBeVague?: boolean;
  /** A day in the past is normal for this anchor (a kickoff that already happened). */
  pastAllowed?: boolean;
}

/** A milestone repeats every `everyDays` from its first due day up to and including `until`. */
interface Recurrence {
  everyDays: number;
  until: AnchorRef;
}

/** "X days before/after anchor A, B must be done": one line of a playbook. */
export interface MilestoneRule {
  id: string;
  title: Localized;
  anchor: string;
  offsetDays: number;
  audience: Audience;
  areas: WorkAreaId[];
  /** The service levels that get this milestone. */
  levels: ServiceLevel[];
  /** How many days before the due day the reminder goes out. */
  reminderLeadDays: number;
  recurrence?: Recurrence;
  /** What to prepare, said in the reminder. */
  reminder?: Localized;
}

/** A journey as data: its anchors and its milestone rules. */
export interface Playbook {
  id: string;
  name: Localized;
  anchors: AnchorDef[];
  rules: MilestoneRule[];
}

/** One row of the tracker's Playbook sheet: cells keyed by header. */
export type PlaybookRow = Readonly<Record<string, string | number>>;
