/**
 * Email addresses as the add-on sends to them: one plain ASCII address ("name@example.com"),
 * no display name, no list. Stricter than RFC 5322 on purpose: quoted local parts and IP
 * literals are legal but in practice typing mistakes, and the mail service refuses some of them.
 */

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/** True when `value` is exactly one valid address. */
export function isEmailAddress(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at < 1) return false;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  const top = labels[labels.length - 1] ?? '';
  return (
    local.length <= 64 &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL.test(top)
  );
}

/** True when `value` looks like several addresses typed into one field ("a@x.com, b@y.com"). */
export function looksLikeAddressList(value: string): boolean {
  return /[,;，；]/.test(value) || value.split('@').length > 2;
}
