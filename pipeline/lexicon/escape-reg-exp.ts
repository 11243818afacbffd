/** A lexicon's word as a regular expression that matches it literally ("U.S." matches "U.S.", not "UxSx"). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
