/**
 * Orders strings by UTF-16 code units. Not localeCompare: its order depends on the host's ICU
 * data and locale, and days and ids must sort the same in Apps Script, Node and the browser.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
