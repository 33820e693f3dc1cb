/**
 * Column letters of A1 notation, the one conversion the add-on (formulas and cell names in
 * messages) and the local hosts (ranges, xlsx cell addresses) share.
 */

/** The column letters of a 1-based column number: 1 → A, 26 → Z, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The 1-based column number of its letters, either case: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}
