/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions): the number of single-letter
 * insertions, deletions, substitutions and swaps between two spellings. "Levitt" -> "Leavitt" is 1.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = d;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Folds case and diacritics, so "Erdoğan" and "Erdogan" compare equal. */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether one name token is a plausible misspelling of another: same first letter, and at most one edit for
 * tokens of 5-8 letters, two from 9 letters (short tokens are too easily confused to guess at).
 */
export function isMisspelling(seen: string, known: string): boolean {
  const a = foldName(seen);
  const b = foldName(known);
  if (a === b || a[0] !== b[0]) return false;
  const len = Math.min(a.length, b.length);
  if (len < 5) return false;
  return editDistance(a, b) <= (len >= 9 ? 2 : 1);
}

/** Whether a given name is a variant of another (Mark/Marco, Shahbaz/Shehbaz): same initial, shared stem, close spelling. */
export function isGivenNameVariant(seen: string, known: string): boolean {
  const a = foldName(seen.replace(/\.$/, ''));
  const b = foldName(known.replace(/\.$/, ''));
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 3 || a.slice(0, 2) !== b.slice(0, 2)) return false;
  return editDistance(a, b) <= Math.ceil(Math.max(a.length, b.length) / 3);
}
