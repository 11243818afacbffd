import type { Person } from '../../src/shared/schema';
import { OFFICE_DESCRIPTIONS, officeOfDescription } from '../lexicon/office-descriptions';
import type { OfficeReference, PersonMention, Range, Sentence } from '../types';
import { COUNTRY_WORD_SOURCE, countryOfWord } from './country-words';
import { pronounOf } from './gazetteer';
import { OFFICES, holdersOn, roleActiveOn, roleIsOffice } from './offices';
import { overlapsAny } from './overlaps';

/**
 * "Jaishankar spoke to his Pakistani counterpart", "the Indian NSA and his Pakistani counterpart": the holder of the
 * same office in the named state. "his"/"her"/"their" points to the person named last before it in the sentence.
 */
const COUNTERPART = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<pro>his|her|their)\s+(?<cw>${COUNTRY_WORD_SOURCE})\s+counterpart(?![\p{L}\p{N}-])`, 'giu');

/**
 * Offices that differ in name between states but are each other's counterparts, through the descriptions that say so:
 * a US president's counterpart is India's prime minister (both "the leader"), a secretary of state's is a foreign
 * minister (both "the top diplomat"). In that order; other offices are matched by their own key.
 */
const COUNTERPART_DESCRIPTIONS = ['leader', 'top diplomat'].flatMap((name) => OFFICE_DESCRIPTIONS.filter((d) => d.name === name));

/** The office in `country` that is the counterpart of office `key` held in `from`. */
function counterpartOffice(key: string, from: string | null, country: string): string {
  const d = from === null ? undefined : COUNTERPART_DESCRIPTIONS.find((x) => officeOfDescription(x, from) === key);
  return (d && officeOfDescription(d, country)) ?? key;
}

/** The offices a mention's person holds on the day: the one the mention itself named, else every one they hold. */
function officesOf(m: PersonMention, p: Person | undefined, day: string): string[] {
  const named = m.offices?.find((o) => o.personId === m.personId)?.key;
  if (named) return [named];
  if (!p) return [];
  const held = p.roles.filter((r) => roleActiveOn(r, day));
  // Rule "the substantive office": an office held in an acting capacity beside one's own ("Secretary of State" and
  // "National Security Adviser (acting)") is not the one "his counterpart" measures by.
  const substantive = held.filter((r) => !ACTING.test(r.title));
  const measured = substantive.length > 0 ? substantive : held;
  return OFFICES.filter((o) => !o.needsAntecedent && measured.some((r) => roleIsOffice(r, o))).map((o) => o.key);
}

/** A role title held in an acting capacity: "(acting)", "Acting Foreign Minister". */
const ACTING = /\bacting\b/i;

/**
 * Counterparts resolved to whoever holds the antecedent's office in the named state on `day`. Nobody when the
 * antecedent holds no office, when their offices name different people there, or when no one or two people hold it.
 */
export function resolveCounterparts(body: string, sentences: Sentence[], day: string, people: Person[], mentions: PersonMention[], skip: Range[]): PersonMention[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const found: PersonMention[] = [];
  for (const m of body.matchAll(COUNTERPART)) {
    const start = m.index;
    const end = start + m[0].length;
    const countryWord = m.groups?.cw ?? '';
    const country = /^\p{Lu}/u.test(countryWord) ? countryOfWord(countryWord) : null;
    if (country === null || overlapsAny(start, end, mentions) || overlapsAny(start, end, skip)) continue;
    const sentence = sentences.find((s) => s.start <= start && end <= s.end);
    const antecedent = mentions.filter((x) => sentence && x.start >= sentence.start && x.end <= start).at(-1);
    if (!antecedent) continue;
    const person = byId.get(antecedent.personId);
    // "his" after a woman (or "her" after a man) points to someone else.
    const pronoun = m.groups?.pro?.toLowerCase();
    const gender = person ? pronounOf(person) : null;
    if ((pronoun === 'his' && gender === 'she') || (pronoun === 'her' && gender === 'he')) continue;
    const from = antecedent.offices?.find((o) => o.personId === antecedent.personId)?.country ?? person?.country ?? null;
    const refs = officesOf(antecedent, person, day).flatMap((own): OfficeReference[] => {
      const key = counterpartOffice(own, from, country);
      const office = OFFICES.find((o) => o.key === key);
      const holders = office ? holdersOn(people, office, day, country) : [];
      const only = holders.length === 1 ? holders[0] : undefined;
      return only ? [{ personId: only.id, key, country }] : [];
    });
    const ids = new Set(refs.map((r) => r.personId));
    const [ref] = refs;
    if (ids.size !== 1 || !ref || ref.personId === antecedent.personId) continue;
    found.push({ start, end, text: m[0], personId: ref.personId, via: 'coreference', offices: [ref] });
  }
  return found;
}
