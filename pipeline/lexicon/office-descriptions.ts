import { escapeRegex } from './countries';

/**
 * Offices that news text describes rather than titles: "the Russian leader", "India's top diplomat", "the Kremlin
 * chief". A description names no person and no office title; with a country it names one office of that country,
 * whose holder on the day comes from the gazetteer through the shared office rule (src/shared/lib/offices.ts).
 * Offices with a title ("the Ukrainian president", "Pakistan's army chief", "the Pakistan DGMO") are read from the
 * shared office table itself; this table holds only the words that are no title. Real-world data: a country missing
 * from `officeByCountry` (and no `default`) resolves to nobody, never to a guess.
 */
export interface OfficeDescription {
  /** Rule name, used in tests and notes. */
  name: string;
  /** Nouns after a country word: "the Russian leader", "Russia's leader". */
  words: string[];
  /** Office key (src/shared/lib/offices.ts OFFICES) the description names in a country. */
  officeByCountry: Record<string, string>;
  /** Office key for every other country. */
  default?: string;
}

export const OFFICE_DESCRIPTIONS: OfficeDescription[] = [
  {
    // Who leads the country's government: the president in presidential systems, else the prime minister or chancellor.
    // Monarchies, Iran (supreme leader vs president) and states whose government has no such office today (Afghanistan,
    // Bangladesh's interim chief adviser) are left out: which office "the leader" means is not settled there.
    name: 'leader',
    words: ['leader', 'dictator'],
    officeByCountry: {
      US: 'president',
      RU: 'president',
      UA: 'president',
      FR: 'president',
      TR: 'president',
      CN: 'president',
      AZ: 'president',
      BY: 'president',
      IN: 'prime-minister',
      PK: 'prime-minister',
      GB: 'prime-minister',
      JP: 'prime-minister',
      IT: 'prime-minister',
      PL: 'prime-minister',
      DE: 'chancellor',
    },
  },
  {
    // The constitutional head of state where it is a president; monarchies (no office key for a crown) are left out.
    name: 'head of state',
    words: ['head of state'],
    officeByCountry: Object.fromEntries(['US', 'RU', 'UA', 'FR', 'TR', 'CN', 'AZ', 'BY', 'IN', 'PK', 'DE', 'IT', 'PL', 'AE'].map((c) => [c, 'president'])),
  },
  {
    // Who heads the government: the prime minister (China's premier) or chancellor, the president where there is none.
    name: 'head of government',
    words: ['head of government'],
    officeByCountry: {
      ...Object.fromEntries(['RU', 'UA', 'FR', 'CN', 'IN', 'PK', 'GB', 'JP', 'IT', 'PL'].map((c) => [c, 'prime-minister'])),
      US: 'president',
      TR: 'president',
      DE: 'chancellor',
    },
  },
  {
    // The minister who runs foreign policy; in the United States the Secretary of State.
    name: 'top diplomat',
    words: ['top diplomat', 'chief diplomat'],
    officeByCountry: { US: 'secretary-of-state' },
    default: 'foreign-minister',
  },
  {
    // The most senior officer of the armed forces: Russia's chief of the general staff, Ukraine's commander-in-chief,
    // Pakistan's army chief (who commands in practice, not the chairman of the joint chiefs), India's chief of defence
    // staff, the chairman of the US joint chiefs.
    name: 'top general',
    words: ['top general', 'top military officer', 'top soldier', 'most senior general', 'highest-ranking general'],
    officeByCountry: { RU: 'chief-of-general-staff', UA: 'armed-forces-commander', PK: 'army-chief', IN: 'chief-of-defence-staff', US: 'joint-chiefs-chairman' },
  },
  {
    // Where one post commands the military: Pakistan's army chief, Ukraine's commander-in-chief. Not Russia or India,
    // where "the military chief" may be the minister, the chief of staff or the chief of defence staff.
    name: 'military chief',
    words: ['military chief', 'military commander', 'military ruler'],
    officeByCountry: { PK: 'army-chief', UA: 'armed-forces-commander' },
  },
  {
    // The spy agency news means by "spy chief": Pakistan's ISI, Ukraine's military intelligence (HUR). Russia (FSB or
    // SVR?), India (RAW or IB?) and the United States (CIA or national intelligence?) have two, so none.
    name: 'spy chief',
    words: ['spy chief', 'spymaster', 'spy master', 'intelligence chief', 'intelligence head', 'spy agency chief', 'intelligence agency chief'],
    officeByCountry: { PK: 'isi-director-general', UA: 'military-intelligence-head' },
  },
  {
    name: 'military intelligence chief',
    words: ['military intelligence chief', 'military intelligence head', 'military spy chief', 'defence intelligence chief', 'defense intelligence chief'],
    officeByCountry: { UA: 'military-intelligence-head' },
  },
  {
    name: 'foreign intelligence chief',
    words: ['foreign intelligence chief', 'foreign intelligence head', 'foreign spy chief'],
    officeByCountry: { RU: 'svr-director' },
  },
  {
    name: 'security service chief',
    words: ['security service chief', 'security service head', 'domestic security chief', 'domestic intelligence chief'],
    officeByCountry: { RU: 'fsb-director' },
  },
];

/**
 * Words that may stand between the country and the office without changing whose it is: "Pakistan's powerful army
 * chief". Not "new", "acting" or "de facto", which may name someone else than the holder of the title on the day.
 */
export const OFFICE_EPITHETS: string[] = ['powerful', 'all-powerful', 'influential', 'hardline', 'hard-line', 'hawkish', 'veteran', 'long-serving', 'longtime', 'long-time', 'outspoken', 'embattled', 'combative'];
/** An optional epithet and its space, for building office patterns. */
export const EPITHET = String.raw`(?:(?:${OFFICE_EPITHETS.map(escapeRegex).join('|')})\s+)?`;

/**
 * Institutions whose "chief", "leader" or "spokesman" is one office of one state: "the Kremlin chief" is Russia's
 * president (through the description `description`), "the Kremlin's spokesman" and "the FSB chief" are offices
 * (`office`). Only institutions headed by one office (not "the Pentagon chief", which news uses for the secretary of
 * defense as well as the Joint Chiefs).
 */
export interface InstitutionHead {
  institution: string;
  words: string[];
  country: string;
  description?: string;
  office?: string;
}

const SPOKES = ['spokesman', 'spokesperson', 'spokeswoman', 'press secretary'];
const HEADS = ['chief', 'head', 'boss', 'director', 'director general', 'director-general'];

export const INSTITUTION_HEADS: InstitutionHead[] = [
  { institution: 'Kremlin', words: ['chief', 'leader', 'boss'], country: 'RU', description: 'leader' },
  { institution: 'Kremlin', words: SPOKES, country: 'RU', office: 'kremlin-spokesperson' },
  { institution: 'ISI', words: HEADS, country: 'PK', office: 'isi-director-general' },
  { institution: 'FSB', words: HEADS, country: 'RU', office: 'fsb-director' },
  { institution: 'SVR', words: HEADS, country: 'RU', office: 'svr-director' },
  { institution: 'HUR', words: HEADS, country: 'UA', office: 'military-intelligence-head' },
  { institution: 'GUR', words: HEADS, country: 'UA', office: 'military-intelligence-head' },
];

/** The office key a description names in a country, or null when the table does not say. */
export function officeOfDescription(d: OfficeDescription, country: string): string | null {
  return d.officeByCountry[country] ?? d.default ?? null;
}
