import { COUNTRIES, escapeRegex } from './countries';

/** Every word that stands for a state in news text, longest first so "United States" wins over "United". */
export const wordsOf = (c: (typeof COUNTRIES)[number]): string[] => [...c.names, ...c.cities, ...c.institutions].sort((a, b) => b.length - a.length);

/**
 * A newspaper named for a place ("The Washington Post", "the Kyiv Independent", "The Moscow Times", "India Today"):
 * the paper, not the state (round x18, rule "the press reports").
 */
const NEWSPAPER_AFTER = String.raw`\s+(?:Post|Times|Independent|Herald|Journal|Today|Observer|Tribune|Gazette|Chronicle)\b`;

/** A state's words; "Pakistan-based" describes someone else, not the state, and "Washington Post" a newspaper. */
export const COUNTRY_NAMES: [RegExp, string][] = COUNTRIES.map((c) => [new RegExp(String.raw`\b(?<!\bTimes\s+of\s+)(?:${wordsOf(c).map(escapeRegex).join('|')})(?!\w|-based|${NEWSPAPER_AFTER})`, 'g'), c.code]);

/** Every word that stands for a state (its names, capitals and institutions), each state's longest first. */
export const STATE_WORDS: string[] = COUNTRIES.flatMap(wordsOf);

/**
 * A state told by one word ("India", "Moscow", "Kremlin"), as a pattern's source for a lookbehind: the names of more
 * than one word make a lookbehind slow at every match, and a headline's subject is seldom one.
 */
export const STATE_ONE_WORD = String.raw`\b(?:${STATE_WORDS.filter((w) => /^[\p{L}]+$/u.test(w)).join('|')})`;

const CITIES = new Set(COUNTRIES.flatMap((c) => c.cities));

/** A capital or seat of government that stands for its state ("Kyiv's delegation"), as a regex source, longest first. */
export const CAPITAL_SOURCE = [...CITIES].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');

/** The state a capital stands for ("Kyiv" -> UA), or null. */
export function stateOfCapital(word: string): string | null {
  const w = word.replace(/['’]s$/i, '');
  return COUNTRIES.find((c) => c.cities.includes(w))?.code ?? null;
}

/** The cities among those names: a city can be where something happened ("the strike on Kyiv"), a country cannot. */
export function isCityName(word: string): boolean {
  return CITIES.has(word);
}

export interface CountryMention {
  start: number;
  end: number;
  code: string;
}

// One pass over the text instead of one per country: a named group per entry.
const ALL = new RegExp(COUNTRY_NAMES.map(([re], i) => `(?<c${i}>${re.source})`).join('|'), 'g');

/** Country mentions in a piece of text, offsets relative to the text. */
export function findCountries(text: string): CountryMention[] {
  const out: CountryMention[] = [];
  ALL.lastIndex = 0;
  for (let m = ALL.exec(text); m; m = ALL.exec(text)) {
    const i = Object.values(m.groups ?? {}).findIndex(Boolean);
    const code = COUNTRY_NAMES[i]?.[1];
    if (code) out.push({ start: m.index, end: m.index + m[0].length, code });
  }
  return out;
}
