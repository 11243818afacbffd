/**
 * Country names, demonyms and institutions that stand for a state in news text, with ISO 3166-1 alpha-2 codes.
 * Real-world data: extend it as the corpus grows.
 */
export const COUNTRY_NAMES: [RegExp, string][] = [
  [/\b(?:India|Indian|New Delhi|Delhi|MEA|Ministry of External Affairs|Indian Army)\b/g, 'IN'],
  [/\b(?:Pakistan|Pakistani|Islamabad|ISPR|Rawalpindi)(?!-based)\b/g, 'PK'],
  [/\b(?:United States|U\.S\.|US|USA|America|American|Washington|White House|State Department|Pentagon)(?![\w-])/g, 'US'],
  [/\b(?:Russia|Russian|Moscow|Kremlin)\b/g, 'RU'],
  [/\b(?:Ukraine|Ukrainian|Kyiv|Kiev)\b/g, 'UA'],
  [/\b(?:China|Chinese|Beijing)\b/g, 'CN'],
  [/\b(?:United Kingdom|U\.K\.|UK|Britain|British|London)\b/g, 'GB'],
  [/\b(?:Saudi Arabia|Saudi|Riyadh)\b/g, 'SA'],
  [/\b(?:Turkey|Türkiye|Turkish|Ankara|Istanbul)\b/g, 'TR'],
  [/\b(?:Iran|Iranian|Tehran)\b/g, 'IR'],
  [/\b(?:France|French|Paris)\b/g, 'FR'],
  [/\b(?:Germany|German|Berlin)\b/g, 'DE'],
  [/\b(?:United Arab Emirates|UAE|Emirati|Abu Dhabi)\b/g, 'AE'],
  [/\b(?:Qatar|Qatari|Doha)\b/g, 'QA'],
  [/\b(?:Belarus|Belarusian|Minsk)\b/g, 'BY'],
  [/\b(?:Poland|Polish|Warsaw)\b/g, 'PL'],
];

/** The cities among those names: a city can be where something happened ("the strike on Kyiv"), a country cannot. */
const CITIES = /^(?:New Delhi|Delhi|Islamabad|Rawalpindi|Washington|Moscow|Kyiv|Kiev|Beijing|London|Riyadh|Ankara|Istanbul|Tehran|Paris|Berlin|Abu Dhabi|Doha|Minsk|Warsaw)$/;

export function isCityName(word: string): boolean {
  return CITIES.test(word);
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
