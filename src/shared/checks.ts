/** How much a timeline finding matters. A blocker must be fixed before onboarding. */
export type Severity = 'info' | 'warning' | 'blocker';

/** The timeline findings of the "Aha moment" (domain.md §4). */
export type CheckCode =
  | 'too-tight'
  | 'too-far'
  | 'vague-date'
  | 'campaign-length'
  | 'shipping-slack'
  | 'in-the-past';

/** A value the CSM can apply with one click: set `field` (e.g. "dates.launch") to `value`. */
export interface Suggestion {
  field: string;
  value: string;
}

/** One finding about a client's dates, in the requested language. */
export interface TimelineCheck {
  code: CheckCode;
  severity: Severity;
  message: string;
  /** The change the CSM most likely wants. */
  suggestion?: Suggestion;
  /** Further candidates (other days for a vague launch, a second homework date for a far one). */
  otherSuggestions?: Suggestion[];
}
