/**
 * States as news text names them, once for the whole pipeline: the people stage reads "Pakistani Foreign Minister"
 * with the names and demonyms, the events stage also reads capitals and institutions that stand for a state
 * ("Islamabad denied", "the Kremlin said"). Real-world data: extend it as the corpus grows.
 */
export interface CountryWords {
  /** ISO 3166 code; its English name is COUNTRY_LABELS's (src/shared/schema/countries.ts). */
  code: string;
  /** Names and adjectives: "India", "Indian". These also qualify offices ("Indian Prime Minister"). */
  names: string[];
  /** Cities that stand for the state in news text (capitals, seats of government). */
  cities: string[];
  /** Institutions that stand for the state ("White House", "MEA"). */
  institutions: string[];
}

export const COUNTRIES: CountryWords[] = [
  { code: 'IN', names: ['India', 'Indian'], cities: ['New Delhi', 'Delhi'], institutions: ['MEA', 'Ministry of External Affairs', 'Indian Army'] },
  { code: 'PK', names: ['Pakistan', 'Pakistani'], cities: ['Islamabad', 'Rawalpindi'], institutions: ['ISPR'] },
  { code: 'US', names: ['United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'America', 'American'], cities: ['Washington'], institutions: ['White House', 'State Department', 'Pentagon'] },
  { code: 'RU', names: ['Russia', 'Russian'], cities: ['Moscow'], institutions: ['Kremlin'] },
  { code: 'UA', names: ['Ukraine', 'Ukrainian'], cities: ['Kyiv', 'Kiev'], institutions: [] },
  { code: 'CN', names: ['China', 'Chinese'], cities: ['Beijing'], institutions: [] },
  { code: 'GB', names: ['United Kingdom', 'U.K.', 'UK', 'Britain', 'British'], cities: ['London'], institutions: ['Downing Street'] },
  { code: 'SA', names: ['Saudi Arabia', 'Saudi Arabian', 'Saudi'], cities: ['Riyadh'], institutions: [] },
  { code: 'TR', names: ['Turkey', 'Türkiye', 'Turkish'], cities: ['Ankara', 'Istanbul'], institutions: [] },
  { code: 'IR', names: ['Iran', 'Iranian'], cities: ['Tehran'], institutions: [] },
  { code: 'FR', names: ['France', 'French'], cities: ['Paris'], institutions: ['Elysee', 'Élysée'] },
  { code: 'DE', names: ['Germany', 'German'], cities: ['Berlin'], institutions: [] },
  { code: 'AE', names: ['United Arab Emirates', 'UAE', 'Emirati'], cities: ['Abu Dhabi'], institutions: [] },
  { code: 'QA', names: ['Qatar', 'Qatari'], cities: ['Doha'], institutions: [] },
  { code: 'BY', names: ['Belarus', 'Belarusian'], cities: ['Minsk'], institutions: [] },
  { code: 'PL', names: ['Poland', 'Polish'], cities: ['Warsaw'], institutions: [] },
  { code: 'AZ', names: ['Azerbaijan', 'Azerbaijani'], cities: ['Baku'], institutions: [] },
  { code: 'IT', names: ['Italy', 'Italian'], cities: ['Rome'], institutions: [] },
  { code: 'VA', names: ['Vatican', 'Holy See'], cities: [], institutions: [] },
  { code: 'AF', names: ['Afghanistan', 'Afghan'], cities: ['Kabul'], institutions: [] },
  { code: 'BD', names: ['Bangladesh', 'Bangladeshi'], cities: ['Dhaka'], institutions: [] },
  { code: 'JP', names: ['Japan', 'Japanese'], cities: ['Tokyo'], institutions: [] },
];

export const escapeRegex = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
