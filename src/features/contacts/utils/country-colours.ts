/** Distinct hues readable on the light and the dark background; countries take them in the officials' order. */
const PALETTE = ['#2563eb', '#d97706', '#059669', '#dc2626', '#7c3aed', '#0891b2', '#db2777', '#65a30d', '#475569'];
const UNKNOWN = '#94a3b8';

export function countryColours(countries: readonly (string | null)[]): Map<string | null, string> {
  const out = new Map<string | null, string>();
  for (const c of countries) if (!out.has(c)) out.set(c, c === null ? UNKNOWN : (PALETTE[(out.size) % PALETTE.length] ?? UNKNOWN));
  return out;
}
