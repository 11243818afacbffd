import type { Person, Role } from '../schema';

/**
 * Offices a text may name without naming the holder ("the Secretary of State", "India's foreign minister").
 * `phrases` are the words used in text (matched case-insensitively; acronyms must be upper case);
 * `titles` are the gazetteer role titles that hold the office. Keep titles in the gazetteer to these words.
 */
export interface Office {
  key: string;
  phrases: string[];
  titles: string[];
  /** Only resolvable through an earlier mention of a holder (too vague on its own). */
  needsAntecedent?: boolean;
  /** Phrases that name one country's office by themselves ("EAM" is India's foreign minister). */
  phraseCountry?: Record<string, string>;
  /** Holds the office when the title matches this, for offices named by a generic word ("the minister"). */
  titleTest?: RegExp;
}

const spokes = (orgs: string[]) => orgs.flatMap((o) => ['spokesperson', 'spokesman', 'spokeswoman'].map((w) => `${o} ${w}`));

export const OFFICES: Office[] = [
  { key: 'president', phrases: ['President'], titles: ['President'] },
  { key: 'vice-president', phrases: ['Vice President', 'Vice-President'], titles: ['Vice President'] },
  { key: 'prime-minister', phrases: ['Prime Minister', 'PM', 'Premier'], titles: ['Prime Minister', 'Premier'] },
  {
    key: 'foreign-minister',
    phrases: ['Foreign Minister', 'Foreign Affairs Minister', 'Minister of Foreign Affairs', 'External Affairs Minister', 'Minister of External Affairs', 'EAM'],
    titles: ['Foreign Minister', 'External Affairs Minister'],
    phraseCountry: { 'external affairs minister': 'IN', 'minister of external affairs': 'IN', eam: 'IN' },
  },
  { key: 'secretary-of-state', phrases: ['Secretary of State'], titles: ['Secretary of State'] },
  { key: 'defence-minister', phrases: ['Defence Minister', 'Defense Minister', 'Minister of Defence', 'Minister of Defense'], titles: ['Defence Minister'] },
  { key: 'defence-secretary', phrases: ['Secretary of Defense', 'Defense Secretary', 'Defence Secretary'], titles: ['Secretary of Defense', 'Defence Secretary'] },
  { key: 'national-security-adviser', phrases: ['National Security Adviser', 'National Security Advisor', 'NSA'], titles: ['National Security Adviser'] },
  { key: 'press-secretary', phrases: ['White House Press Secretary', 'White House press secretary'], titles: ['White House Press Secretary'] },
  { key: 'foreign-secretary', phrases: ['Foreign Secretary'], titles: ['Foreign Secretary'] },
  { key: 'state-department-spokesperson', phrases: spokes(['State Department']), titles: ['State Department Spokesperson'] },
  { key: 'mea-spokesperson', phrases: spokes(['MEA', 'External Affairs Ministry', 'Ministry of External Affairs']), titles: ['MEA Spokesperson'] },
  { key: 'kremlin-spokesperson', phrases: spokes(['Kremlin']), titles: ['Kremlin Spokesperson'] },
  {
    key: 'foreign-ministry-spokesperson',
    phrases: spokes(['Foreign Ministry', 'Foreign Office', 'MFA']),
    titles: ['Foreign Ministry Spokesperson', 'Foreign Office Spokesperson'],
  },
  { key: 'army-chief', phrases: ['Army Chief', 'Chief of Army Staff', 'Chief of the Army Staff', 'COAS'], titles: ['Chief of Army Staff', 'Chief of the Army Staff'] },
  { key: 'dgmo', phrases: ['DGMO', 'Director General of Military Operations', 'military operations chief'], titles: ['Director General of Military Operations'] },
  { key: 'chancellor', phrases: ['Chancellor'], titles: ['Chancellor'] },
  { key: 'un-secretary-general', phrases: ['UN Secretary-General', 'UN Secretary General', 'UN chief'], titles: ['UN Secretary-General'] },
  { key: 'nato-secretary-general', phrases: ['NATO Secretary General', 'NATO Secretary-General', 'NATO chief'], titles: ['NATO Secretary General'] },
  {
    key: 'unga-president',
    phrases: ['President of the UN General Assembly', 'President of the United Nations General Assembly', 'President of the General Assembly', 'UN General Assembly President', 'UNGA President'],
    titles: ['President of the UN General Assembly'],
  },
  {
    key: 'eu-high-representative',
    phrases: ['EU foreign policy chief', 'EU High Representative', 'High Representative of the Union for Foreign Affairs and Security Policy', 'EU foreign affairs chief', 'EU top diplomat'],
    titles: ['EU High Representative for Foreign Affairs and Security Policy'],
  },
  { key: 'commission-president', phrases: ['European Commission President', 'President of the European Commission', 'Commission President', 'EU Commission chief'], titles: ['President of the European Commission'] },
  { key: 'european-council-president', phrases: ['European Council President', 'President of the European Council'], titles: ['President of the European Council'] },
  {
    key: 'secretary',
    phrases: ['Secretary'],
    titles: ['Secretary of State', 'Secretary of Defense', 'Secretary of the Treasury', 'Defence Secretary', 'Foreign Secretary', 'Home Secretary'],
    needsAntecedent: true,
  },
  {
    key: 'minister',
    phrases: ['minister'],
    titles: [],
    titleTest: /\bminister\b/i,
    needsAntecedent: true,
  },
  // "Foreign Office Spokesperson X said ... During his briefing, the spokesperson said": the spokesperson named before.
  {
    key: 'spokesperson',
    phrases: ['spokesperson', 'spokesman', 'spokeswoman'],
    titles: [],
    titleTest: /\bspokes(?:person|man|woman)\b/i,
    needsAntecedent: true,
  },
];

export const OFFICE_BY_KEY = new Map(OFFICES.map((o) => [o.key, o]));

const norm = (s: string) => s.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** The office a phrase of text names ("secretary of state" -> secretary-of-state). */
export function officeOfPhrase(phrase: string): Office | null {
  const p = norm(phrase);
  return OFFICES.find((o) => o.phrases.some((x) => x.toLowerCase() === p)) ?? null;
}

/** The country a phrase names by itself, if any. */
export function countryOfPhrase(office: Office, phrase: string): string | null {
  return office.phraseCountry?.[norm(phrase)] ?? null;
}

/** Role titles are few and asked about for every office a text names: each is normalised once. */
const normTitles = new Map<string, string>();
function normTitle(title: string): string {
  const known = normTitles.get(title);
  if (known !== undefined) return known;
  const t = norm(title);
  normTitles.set(title, t);
  return t;
}

/** Whether a role is one of the office's titles ("National Security Adviser (acting)" counts as the office). */
export function roleIsOffice(role: Role, office: Office): boolean {
  const t = normTitle(role.title);
  if (office.titleTest && office.titleTest.test(t) && !/\b(?:prime|chief) minister\b/.test(t)) return true;
  return office.titles.some((x) => x.toLowerCase() === t);
}

/** Whether a role was held on a day: from <= day < to; an unknown start or end is taken as open. */
export function roleActiveOn(role: Role, day: string): boolean {
  return (role.from === null || role.from <= day) && (role.to === null || day < role.to);
}

export function holdsAnyRoleOn(p: Person, day: string): boolean {
  return p.roles.some((r) => roleActiveOn(r, day));
}

/** Whether a person holds the office (optionally of one country) on a day. */
export function holdsOfficeOn(p: Person, office: Office, day: string, country: string | null = null): boolean {
  return p.roles.some((r) => roleIsOffice(r, office) && roleActiveOn(r, day) && (country === null || r.country === country));
}

/** Whether a person ever held the office, at any date. */
export function everHeldOffice(p: Person, office: Office): boolean {
  return p.roles.some((r) => roleIsOffice(r, office));
}

/** Everyone holding the office on a day, optionally only in one country. */
export function holdersOn(people: Person[], office: Office, day: string, country: string | null): Person[] {
  return people.filter((p) => holdsOfficeOn(p, office, day, country));
}
