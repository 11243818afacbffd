import { COUNTRIES, escapeRegex } from '../lexicon/countries';

/**
 * Words that name a country, as adjective, possessive or noun, mapped to ISO 3166-1 alpha-2 codes.
 * Used to read "Pakistani Prime Minister", "India's foreign minister", "the US President".
 */
/** Names and demonyms only: a capital or an institution does not qualify an office. */
const COUNTRY_WORDS: Record<string, string[]> = Object.fromEntries(COUNTRIES.map((c) => [c.code, c.names]));

const byWord = new Map<string, string>();
for (const [code, words] of Object.entries(COUNTRY_WORDS)) for (const w of words) byWord.set(w.toLowerCase(), code);

/** Regex source (no groups) matching any country word, optionally possessive ("India's"); longest first. */
export const COUNTRY_WORD_SOURCE = [...byWord.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join('|');

/** Country code of a country word ("Pakistani", "India’s", "U.S."), or null. */
export function countryOfWord(word: string): string | null {
  const w = word.replace(/['’]s$/i, '').replace(/\s+/g, ' ').toLowerCase();
  return byWord.get(w) ?? null;
}

/** True when a single capitalised token is a country or nationality word (never a person's name). */
export function isCountryWord(token: string): boolean {
  return byWord.has(token.replace(/['’]s$/i, '').toLowerCase());
}
