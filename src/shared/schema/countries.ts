/**
 * The English names of the states the pipeline recognises in news text (pipeline/lexicon/countries.ts lists the
 * words that stand for each): one table for the events' titles and the page's labels, so both say "Turkey" and
 * the page needs no locale data to name the states it shows first. Real-world data: extend it with the lexicon.
 */
export const COUNTRY_LABELS: Readonly<Record<string, string>> = {
  IN: 'India',
  PK: 'Pakistan',
  US: 'United States',
  RU: 'Russia',
  UA: 'Ukraine',
  CN: 'China',
  GB: 'United Kingdom',
  SA: 'Saudi Arabia',
  TR: 'Turkey',
  IR: 'Iran',
  FR: 'France',
  DE: 'Germany',
  AE: 'United Arab Emirates',
  QA: 'Qatar',
  BY: 'Belarus',
  PL: 'Poland',
  AZ: 'Azerbaijan',
  IT: 'Italy',
  VA: 'Holy See',
  AF: 'Afghanistan',
  BD: 'Bangladesh',
  JP: 'Japan',
};
