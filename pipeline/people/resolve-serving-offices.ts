import type { Person } from '../../src/shared/schema';
import { SERVING_OFFICES, type ServingOffice } from '../lexicon/serving-offices';
import { escapeRegExp } from '../lexicon/escape-reg-exp';
import { COUNTRIES } from '../lexicon/countries';
import type { PersonMention, Range } from '../types';
import { roleActiveOn } from './offices';
import { overlapsAny } from './overlaps';

/**
 * Rule "an office named by whom it serves": "Putin's foreign policy aide", "the Kremlin's foreign policy adviser",
 * "Trump's national security adviser": an office told by its owner's possessive (a person the text names, or an
 * institution that stands for a state) and words of the lexicon (lexicon/serving-offices.ts) names the one official of
 * the owner's state who holds that role title on the publication day (the gazetteer's dates of office). In a list of
 * a delegation ("Also at the table were Witkoff and Putin's foreign policy aide") that official took part.
 * Not where a name follows the words ("Putin's foreign policy aide Yuri Ushakov": the words are the name's title), and
 * not "a former aide" (no possessive: anyone's).
 */
const WORDS = SERVING_OFFICES.flatMap((o) => o.words).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const AFTER_OWNER = new RegExp(String.raw`^['’]s\s+(?:top\s+|senior\s+|chief\s+|veteran\s+)?(?<words>${WORDS})(?![\p{L}-])`, 'iu');
const INSTITUTIONS = COUNTRIES.flatMap((c) => c.institutions.map((i) => ({ i, code: c.code })));
const INSTITUTION_OWNER = new RegExp(String.raw`(?<![\p{L}])(?:the\s+)?(?<inst>${INSTITUTIONS.map((x) => escapeRegExp(x.i)).join('|')})(?=['’]s\s)`, 'gu');
/** A map from keys to the first value given for each, as `find` over the list would give. */
const firstByKey = <V>(entries: [string, V][]): Map<string, V> => {
  const map = new Map<string, V>();
  for (const [k, v] of entries) if (!map.has(k)) map.set(k, v);
  return map;
};
/** The state of an institution that stands for it ("Kremlin" -> RU). */
const STATE_OF_INSTITUTION = firstByKey(INSTITUTIONS.map((x) => [x.i, x.code]));
/** The office a lexicon's words name, by the words in lower case. */
const OFFICE_OF_WORDS = firstByKey(SERVING_OFFICES.flatMap((o) => o.words.map((w): [string, ServingOffice] => [w.toLowerCase(), o])));
/** A name right after the words: they are its title. */
const NAME_AFTER = /^,?\s+\p{Lu}/u;

function holderOf(words: string, country: string, published: string, people: Person[]): string | null {
  const office = OFFICE_OF_WORDS.get(words.toLowerCase().replace(/\s+/g, ' '));
  if (!office) return null;
  const holders = people.filter((p) => p.country === country && p.roles.some((r) => office.titles.includes(r.title) && roleActiveOn(r, published)));
  return holders.length === 1 ? (holders[0]?.id ?? null) : null;
}

export function resolveServingOffices(body: string, published: string, people: Person[], mentions: PersonMention[], skip: Range[]): PersonMention[] {
  const byId = firstByKey(people.map((p) => [p.id, p]));
  const owners = [
    ...mentions.map((m) => ({ end: m.end, country: byId.get(m.personId)?.country ?? null })),
    ...[...body.matchAll(INSTITUTION_OWNER)].map((m) => ({ end: m.index + m[0].length, country: STATE_OF_INSTITUTION.get(m.groups?.inst ?? '') ?? null })),
  ];
  const out: PersonMention[] = [];
  for (const owner of owners) {
    const after = AFTER_OWNER.exec(body.slice(owner.end, owner.end + 60));
    const words = after?.groups?.words;
    if (!after || !words || !owner.country) continue;
    const end = owner.end + after[0].length;
    const start = end - words.length;
    if (NAME_AFTER.test(body.slice(end, end + 3)) || overlapsAny(start, end, mentions) || overlapsAny(start, end, skip)) continue;
    const id = holderOf(words, owner.country, published, people);
    if (id) out.push({ start, end, text: body.slice(start, end), personId: id, via: 'coreference' });
  }
  return out;
}
