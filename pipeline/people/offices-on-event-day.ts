import type { Person } from '../../src/shared/schema';
import type { OfficeReference, PersonMention, Range } from '../types';
import { OFFICE_BY_KEY, holdersOn } from './offices';

/** Who the office named on every day of the range: one person, or null when nobody or two people held it then. */
export function holderThroughout(people: Person[], ref: OfficeReference, start: string, end: string): string | null {
  const office = OFFICE_BY_KEY.get(ref.key);
  if (!office) return null;
  const at = (day: string) => holdersOn(people, office, day, ref.country);
  const [first, ...more] = at(start);
  const [last, ...others] = at(end);
  return first && last && more.length === 0 && others.length === 0 && first.id === last.id ? first.id : null;
}

const named = (m: PersonMention) => m.via !== 'coreference';
const inside = (m: Range, r: Range) => m.start >= r.start && m.end <= r.end;

/**
 * People are found before dates exist, so an office named without its holder ("the Russian leader", "Pakistan's army
 * chief") was resolved on the publication day. An event told of another day ("in March 2022 the Russian defence
 * minister visited ...") takes that day's holder. A person is read as an office for an event when:
 * - its sentence names them only through an office (no name of theirs in it), or
 * - the whole article never names them, so every reference to them (pronouns too) goes back to an office.
 * A person the sentence names ("Putin, the Russian leader, ...") stays who they are.
 */
export function officesOnEventDay(mentions: PersonMention[], people: Map<string, Person>) {
  const namedInArticle = new Set(mentions.filter(named).map((m) => m.personId));
  const officeOnly = new Map<string, OfficeReference>();
  for (const m of mentions) for (const o of m.offices ?? []) if (!namedInArticle.has(o.personId) && !officeOnly.has(o.personId)) officeOnly.set(o.personId, o);
  // Only holders of offices matter (people found by NER hold none); the list is made once, when an office is named.
  let holders: Person[] | null = null;
  const officials = () => (holders ??= [...people.values()].filter((p) => p.roles.length > 0));
  // Many events of an article share an office and dates: each holder is looked up once.
  const resolved = new Map<string, string | null>();
  const holderOf = (ref: OfficeReference, start: string, end: string) => {
    const key = JSON.stringify([ref.key, ref.country, start, end]);
    if (!resolved.has(key)) resolved.set(key, holderThroughout(officials(), ref, start, end));
    return resolved.get(key) ?? null;
  };
  /** For the event told in `sentence` from `start` to `end`: whom each person resolved on the publication day stands for. */
  const withOffices = mentions.some((m) => m.offices !== undefined);
  return (sentence: Range, start: string, end: string) => {
    if (!withOffices) return (id: string): string | null => id;
    const own = mentions.filter((m) => inside(m, sentence));
    const namedHere = new Set(own.filter(named).map((m) => m.personId));
    const refs = new Map<string, OfficeReference>();
    for (const m of own) for (const o of m.offices ?? []) if (!namedHere.has(o.personId) && !refs.has(o.personId)) refs.set(o.personId, o);
    for (const [id, o] of officeOnly) if (!refs.has(id)) refs.set(id, o);
    return (id: string): string | null => {
      const ref = refs.get(id);
      return ref ? holderOf(ref, start, end) : id;
    };
  };
}
