/**
 * States as news text names them, once for the whole pipeline: the people stage reads "Pakistani Foreign Minister"
 * with the names and demonyms, the events stage also reads capitals and institutions that stand for a state
 * ("Islamabad denied", "the Kremlin said"). Real-world data: extend it as the corpus grows.
 */
export interface CountryWords {
  code: string;
  /** How a title names the state. */
  label: string;
  /** Names and adjectives: "India", "Indian". These also qualify offices ("Indian Prime Minister"). */
  names: string[];
  /** Cities that stand for the state in news text (capitals, seats of government). */
  cities: string[];
  /** Institutions that stand for the state ("White House", "MEA"). */
  institutions: string[];
}

export const COUNTRIES: CountryWords[] = [
  { code: 'IN', label: 'India', names: ['India', 'Indian'], cities: ['New Delhi', 'Delhi'], institutions: ['MEA', 'Ministry of External Affairs', 'Indian Army'] },
  { code: 'PK', label: 'Pakistan', names: ['Pakistan', 'Pakistani'], cities: ['Islamabad', 'Rawalpindi'], institutions: ['ISPR'] },
  { code: 'US', label: 'United States', names: ['United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'America', 'American'], cities: ['Washington'], institutions: ['White House', 'State Department', 'Pentagon'] },
  { code: 'RU', label: 'Russia', names: ['Russia', 'Russian'], cities: ['Moscow'], institutions: ['Kremlin'] },
  { code: 'UA', label: 'Ukraine', names: ['Ukraine', 'Ukrainian'], cities: ['Kyiv', 'Kiev'], institutions: [] },
  { code: 'CN', label: 'China', names: ['China', 'Chinese'], cities: ['Beijing'], institutions: [] },
  { code: 'GB', label: 'United Kingdom', names: ['United Kingdom', 'U.K.', 'UK', 'Britain', 'British'], cities: ['London'], institutions: ['Downing Street'] },
  { code: 'SA', label: 'Saudi Arabia', names: ['Saudi Arabia', 'Saudi Arabian', 'Saudi'], cities: ['Riyadh'], institutions: [] },
  { code: 'TR', label: 'Turkey', names: ['Turkey', 'Türkiye', 'Turkish'], cities: ['Ankara', 'Istanbul'], institutions: [] },
  { code: 'IR', label: 'Iran', names: ['Iran', 'Iranian'], cities: ['Tehran'], institutions: [] },
  { code: 'FR', label: 'France', names: ['France', 'French'], cities: ['Paris'], institutions: ['Elysee', 'Élysée'] },
  { code: 'DE', label: 'Germany', names: ['Germany', 'German'], cities: ['Berlin'], institutions: [] },
  { code: 'AE', label: 'United Arab Emirates', names: ['United Arab Emirates', 'UAE', 'Emirati'], cities: ['Abu Dhabi'], institutions: [] },
  { code: 'QA', label: 'Qatar', names: ['Qatar', 'Qatari'], cities: ['Doha'], institutions: [] },
  { code: 'BY', label: 'Belarus', names: ['Belarus', 'Belarusian'], cities: ['Minsk'], institutions: [] },
  { code: 'PL', label: 'Poland', names: ['Poland', 'Polish'], cities: ['Warsaw'], institutions: [] },
  { code: 'AZ', label: 'Azerbaijan', names: ['Azerbaijan', 'Azerbaijani'], cities: ['Baku'], institutions: [] },
  { code: 'IT', label: 'Italy', names: ['Italy', 'Italian'], cities: ['Rome'], institutions: [] },
  { code: 'VA', label: 'Holy See', names: ['Vatican', 'Holy See'], cities: [], institutions: [] },
  { code: 'AF', label: 'Afghanistan', names: ['Afghanistan', 'Afghan'], cities: ['Kabul'], institutions: [] },
  { code: 'BD', label: 'Bangladesh', names: ['Bangladesh', 'Bangladeshi'], cities: ['Dhaka'], institutions: [] },
  { code: 'JP', label: 'Japan', names: ['Japan', 'Japanese'], cities: ['Tokyo'], institutions: [] },
];

export const escapeRegex = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
