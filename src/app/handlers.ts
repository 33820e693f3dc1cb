/**
 * Names that triggers and the modules around them must agree on (an add-on holds one
 * time-driven trigger per user and document, so each use case must see the others').
 */

/** The diagnostics' one-off probe (a trigger cannot call a private `_` function). */
export const PROBE_HANDLER = 'diagnosticsProbe';

/**
 * Document property: the last time-driven run, JSON `{ok, at, detail}`. The probe and every
 * trigger-fired daily run write it; the diagnostics and the daily trigger's status read it.
 */
export const TIME_DRIVEN_RECORD = 'diagnostics.timeDrivenProbe';
