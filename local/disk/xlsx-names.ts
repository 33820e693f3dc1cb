/** Excel refuses these in a worksheet name. */
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;

/**
 * Worksheet names xlsx accepts for the state's sheet names, in order: forbidden characters become
 * `_`, names are cut to 31 characters (never inside a surrogate pair), and names that then
 * collide (Excel compares them case-insensitively) get `~2`, `~3`.
 */
export function xlsxSheetNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = cut(name.replace(FORBIDDEN, '_').replace(/^'+|'+$/g, ''), MAX_LENGTH) || 'Sheet';
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = `~${n}`;
      candidate = cut(base, MAX_LENGTH - suffix.length) + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  // A high surrogate at the cut would leave half an emoji.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}
