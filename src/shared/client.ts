import type { FieldProblem, Language } from './i18n';

/** Classes of projects by target amount (T1 biggest). */
export type Tier = 'T1' | 'T2' | 'T3' | 'T4';

/** How much service a client gets; follows from the tier unless chosen. */
export type ServiceLevel = 'advanced' | 'basic' | 'simple';

/**
 * What a CSM types about a new client: one contract for the sidebar, the CLI and the tests.
 * JSON-safe (dates are strings). Enumerated fields are typed as `string` on purpose: the value
 * comes from a form or a file and validation is what turns it into a {@link NormalizedClient}.
 */
export interface ClientInput {
  clientName: string;
  projectName: string;
  contactName?: string;
  contactEmail: string;
  ccEmails?: string[];
  /** "zh-TW" | "en"; defaults to the workspace's language. */
  language?: string;
  targetAmount: number;
  /** ISO 4217 code, three capital letters; defaults to the workspace's currency ("TWD"). */
  currency?: string;
  /** "T1".."T4"; derived from the target amount when absent. */
  tier?: string;
  /** "advanced" | "basic" | "simple"; derived from the tier when absent. */
  serviceLevel?: string;
  /** "crowdfunding" (default), "b2b-saas" or the id of a custom playbook. */
  playbook?: string;
  /**
   * Keyed by the playbook's anchors. Days are "YYYY-MM-DD", month anchors (shipping) "YYYY-MM".
   * While planning, an anchor that may be vague (launch) also takes "2027-04", "2027-Q2", "Q2 2027".
   */
  dates: Record<string, string>;
  notes?: string;
}

/** A client input that passed validation: trimmed, defaults applied, tier and level known. */
export interface NormalizedClient {
  clientName: string;
  projectName: string;
  contactName?: string;
  contactEmail: string;
  ccEmails: string[];
  language: Language;
  targetAmount: number;
  currency: string;
  tier: Tier;
  serviceLevel: ServiceLevel;
  playbook: string;
  dates: Record<string, string>;
  notes?: string;
}

/** The outcome of validating a {@link ClientInput}: every problem at once, or the normalized client. */
export type ClientValidation =
  | { ok: true; client: NormalizedClient; problems: [] }
  | { ok: false; problems: FieldProblem[] };
