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
    words: ['leader'],
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
];

/**
 * Institutions whose "chief" or "leader" is one office of one state: "the Kremlin chief" is Russia's president.
 * Only institutions headed by one office (not "the Pentagon chief", which news uses for the secretary of defense as
 * well as the Joint Chiefs).
 */
export const INSTITUTION_HEADS: { institution: string; words: string[]; country: string; description: string }[] = [
  { institution: 'Kremlin', words: ['chief', 'leader', 'boss'], country: 'RU', description: 'leader' },
];

/** The office key a description names in a country, or null when the table does not say. */
export function officeOfDescription(d: OfficeDescription, country: string): string | null {
  return d.officeByCountry[country] ?? d.default ?? null;
}
