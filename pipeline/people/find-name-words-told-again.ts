import type { Person } from '../../src/shared/schema';
import type { PersonMention, Range } from '../types';
import { isCountryWord } from './country-words';
import { findCapitalisedRuns } from './find-capitalised-runs';
import { NOT_NAME, TITLE } from './name-words';
import { overlapsAny } from './overlaps';

/**
 * Rule "a name told again by one of its words": once an article has named someone in full ("Wang Yi", "Anil Chauhan",
 * "Touhid Hossain"), one word of that name standing alone ("Wang said", "CDS Chauhan said", "Hossain claimed") is that
 * person, in whichever order the name puts family and given name, and wherever in the article the full name stands
 * (a headline may use the short form first). The gazetteer cannot list every such word as an alias ("Wang" is
 * thousands of people); the article's own full name is what makes it one person. Left out: a word of the names of two
 * people the article names, a word that is a title, a common capitalised word or a state's, and a word inside a longer
 * run of capitalised words ("Suleman Shah" is someone else, whoever "Amit Shah" is), titles before it aside.
 */

/** A name word worth reading alone: a capitalised word of three letters or more, no initial and no numeral ("XIV"). */
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]+$/u;

/** The words of a person's spellings that may stand for them alone. */
function nameWordsOf(p: Person): string[] {
  const spellings = [p.name, ...p.aliases].filter((s) => /\s/.test(s.trim()));
  const words = spellings.flatMap((s) => s.split(/\s+/)).filter((w) => NAME_WORD.test(w) && !TITLE.has(w.toLowerCase()) && !NOT_NAME.has(w.toLowerCase()) && !isCountryWord(w));
  return [...new Set(words)];
}

/** A word before a name that leaves it alone: a title ("CDS", "Minister", "Mr"), a state's word ("Chinese"). */
const isLead = (w: string) => TITLE.has(w.toLowerCase().replace(/\.$/, '')) || NOT_NAME.has(w.toLowerCase().replace(/\.$/, '')) || isCountryWord(w) || /^\p{Lu}{2,5}$/u.test(w);

/**
 * The words of full names the article gave, found alone. `named` are the mentions found so far; a person counts as
 * named in full when one of them spells two words or more.
 */
export function findNameWordsToldAgain(body: string, people: Person[], named: PersonMention[], skip: Range[]): PersonMention[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const inFull = new Set(named.filter((m) => m.via !== 'coreference' && /\s/.test(m.text.trim())).map((m) => m.personId));
  const owners = new Map<string, Set<string>>();
  for (const id of new Set(named.map((m) => m.personId))) {
    const p = byId.get(id);
    for (const w of p ? nameWordsOf(p) : []) owners.set(w, new Set([...(owners.get(w) ?? []), id]));
  }
  const out: PersonMention[] = [];
  for (const run of findCapitalisedRuns(body)) {
    const last = run.at(-1);
    if (!last || !run.slice(0, -1).every((t) => isLead(t.text))) continue;
    const ids = [...(owners.get(last.text) ?? [])];
    const [id] = ids;
    if (ids.length !== 1 || !id || !inFull.has(id)) continue;
    if (overlapsAny(last.start, last.end, named) || overlapsAny(last.start, last.end, skip)) continue;
    out.push({ start: last.start, end: last.end, text: last.text, personId: id, via: 'fuzzy' });
  }
  return out;
}
