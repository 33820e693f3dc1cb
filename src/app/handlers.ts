/**
 * Names of public globals that triggers call, where more than one module must agree on them (an
 * add-on holds one time-driven trigger per user and document, so each use case must see the others').
 */

/** The diagnostics' one-off probe (a trigger cannot call a private `_` function). */
export const PROBE_HANDLER = 'diagnosticsProbe';
