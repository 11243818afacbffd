import type { Person } from '../../src/shared/schema';
import type { PersonMention, Range, Sentence } from '../types';
import { findFuzzyMentions } from './find-fuzzy-mentions';
import { findMentions } from './find-mentions';
import { findKnightedGivenNames } from './find-knighted-given-names';
import { findNameWordsToldAgain } from './find-name-words-told-again';
import { findNerPeople } from './find-ner-people';
import { resolvePronouns } from './resolve-pronouns';
import { resolveDelegations, resolveLedDelegations, resolveTheDelegation } from './resolve-delegations';
import { resolveNumberedGroups } from './resolve-numbered-groups';
import { resolveCounterparts } from './resolve-counterparts';
import { resolveDescribedOffices } from './resolve-described-offices';
import { resolvePluralOffices } from './resolve-plural-offices';
import { resolveBareTitles } from './resolve-bare-titles';
import { resolveRolePhrases } from './resolve-role-phrases';

export interface PeopleResult {
  /** Every mention of a person in the body, exact slices, never overlapping. */
  mentions: PersonMention[];
  /** Gazetteer people seen (aliases extended with every spelling seen) and people found only by NER (origin 'ner'). */
  people: Person[];
}

const byStart = (a: PersonMention, b: PersonMention) => a.start - b.start;

/** Every spelling the article used for a person, added to their aliases (coreference phrases are not spellings). */
function withSpellingsSeen(p: Person, mentions: PersonMention[]): Person {
  const spelled = mentions.filter((m) => m.personId === p.id && m.via !== 'coreference').map((m) => m.text);
  const aliases = [...p.aliases];
  for (const s of spelled) if (s !== p.name && !aliases.includes(s)) aliases.push(s);
  return { ...p, aliases };
}

const spellings = new WeakMap<Person[], Set<string>>();

/** Every name and alias of the gazetteer: the same for every article, so made once. */
function spellingsOf(gazetteer: Person[]): Set<string> {
  const known = spellings.get(gazetteer) ?? new Set(gazetteer.flatMap((p) => [p.name, ...p.aliases]));
  spellings.set(gazetteer, known);
  return known;
}

/**
 * Stage entry point: finds and resolves the people an article mentions, as of its publication date.
 * Order matters: exact names claim text first, then misspellings, then knights by their given name ("Sir Keir", after
 * the full name), then one word of a full name the article gave ("Wang" after "Wang Yi"), then people the gazetteer does
 * not know,
 * then role phrases (which may point back to any of those), then described offices ("the Russian leader"), then
 * counterparts ("his Pakistani counterpart", the same office as the person before), then a state's delegation (its
 * head, named by any of those), then groups counted by their size ("the four visiting leaders", the people the article
 * lists that many of), then pronouns (which may point back to all).
 */
export function resolvePeople(body: string, sentences: Sentence[], published: string, gazetteer: Person[], skip: Range[]): PeopleResult {
  const exact = findMentions(body, gazetteer, skip, published);
  const fuzzy = findFuzzyMentions(body, gazetteer, exact, skip);
  const dropped = new Set(fuzzy.superseded);
  const spelt = [...exact.filter((m) => !dropped.has(m)), ...fuzzy.mentions].sort(byStart);
  const knighted = [...spelt, ...findKnightedGivenNames(body, gazetteer, spelt, skip)].sort(byStart);
  const named = [...knighted, ...findNameWordsToldAgain(body, gazetteer, knighted, skip)].sort(byStart);
  const knownSpellings = spellingsOf(gazetteer);
  const ner = findNerPeople(body, named, skip, knownSpellings);
  const people = [...gazetteer, ...ner.people];
  const withNer = [...named, ...ner.mentions].sort(byStart);
  const roles = resolveRolePhrases(body, published, people, withNer, skip);
  const described = resolveDescribedOffices(body, published, people, [...withNer, ...roles], skip);
  const plural = resolvePluralOffices(body, published, people, [...withNer, ...roles, ...described], skip);
  const bare = resolveBareTitles(body, published, people, [...withNer, ...roles, ...described, ...plural], skip);
  const offices = [...withNer, ...roles, ...described, ...plural, ...bare].sort(byStart);
  const counterparts = resolveCounterparts(body, sentences, published, people, offices, skip);
  const known = [...offices, ...counterparts];
  const countryOf = (id: string) => people.find((p) => p.id === id)?.country ?? null;
  const stateDelegations = [...resolveDelegations(body, known, skip, countryOf), ...resolveLedDelegations(body, known, skip)];
  const delegations = [...stateDelegations, ...resolveTheDelegation(body, known, [...skip, ...stateDelegations])];
  // "the four visiting leaders": a group counted by its size, where the article lists that many people together.
  const groups = resolveNumberedGroups(body, known, [...skip, ...delegations]);
  const withRoles = [...offices, ...counterparts, ...delegations, ...groups].sort(byStart);
  const pronouns = resolvePronouns(body, sentences, people, withRoles, skip, published);
  const mentions = [...withRoles, ...pronouns].sort(byStart);
  const seen = new Set(mentions.flatMap((m) => [m.personId, ...(m.also ?? [])]));
  const gazetteerSeen = gazetteer.filter((p) => seen.has(p.id)).map((p) => withSpellingsSeen(p, mentions));
  return { mentions, people: [...gazetteerSeen, ...ner.people.map((p) => withSpellingsSeen(p, mentions))] };
}
