/** Who runs the script and in which locale. */

/** The user's locale (`zh_TW`, `en_US`...), or '' when Apps Script will not tell (AuthMode.NONE). */
export function userLocale(): string {
  try {
    return Session.getActiveUserLocale();
  } catch (_) {
    return '';
  }
}

/** The effective user's address: the sender of the add-on's mail. */
export function effectiveUserEmail(): string {
  return Session.getEffectiveUser().getEmail();
}
