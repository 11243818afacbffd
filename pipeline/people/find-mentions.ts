import type { Person } from '../../src/shared/schema';
import type { PersonMention, Range } from '../types';
import { overlapsAny } from './overlaps';
import { holdsAnyRoleOn } from './offices';
import { GLUED_SENTENCE_OPENER } from '../lexicon/sentence-openers';
import { escapeRegExp } from '../lexicon/escape-reg-exp';

/** "Vladimir V. Putin", "George W. Bush": a middle initial the gazetteer's spelling leaves out. */
const MIDDLE_INITIAL = /\s\p{Lu}\.(?=\s)/u;

/** A spelling of two or more words, as a pattern that also reads it with a middle initial after its first word. */
function withMiddleInitial(spelling: string): string {
  const space = spelling.indexOf(' ');
  if (space <= 0 || spelling.endsWith('.')) return escapeRegExp(spelling);
  return `${escapeRegExp(spelling.slice(0, space))}(?:\\s\\p{Lu}\\.)?${escapeRegExp(spelling.slice(space))}`;
}

/**
 * Rule "a name glued to the next sentence": where a page lost the full stop and the space after a name, its last letter
 * runs into the first word of the next sentence ("... met President Recep Tayyip ErdoganAs part of the visit"). A name
 * ends where no letter or digit follows, or where such a sentence opener follows it (pipeline/lexicon/sentence-openers.ts).
 */
const NAME_END = String.raw`(?:(?![\p{L}\p{M}\p{N}])|(?=${GLUED_SENTENCE_OPENER}))`;

interface SpellingIndex {
  /** One alternation of every name and alias, longest first, so each position takes its longest spelling. */
  re: RegExp;
  /** Everyone a spelling may denote ("Sharif" is two people). */
  ids: Map<string, string[]>;
}

const indexes = new WeakMap<Person[], SpellingIndex>();

function spellingIndex(people: Person[]): SpellingIndex {
  const cached = indexes.get(people);
  if (cached) return cached;
  const ids = new Map<string, string[]>();
  for (const p of people) for (const text of new Set([p.name, ...p.aliases])) ids.set(text, [...(ids.get(text) ?? []), p.id]);
  const alternation = [...ids.keys()].sort((a, b) => b.length - a.length).map(withMiddleInitial).join('|');
  const index = { re: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternation || '(?!)'})${NAME_END}`, 'gu'), ids };
  indexes.set(people, index);
  return index;
}

/** Picks who a shared spelling denotes: the one the article names unambiguously, else the only one in office. */
function disambiguate(ids: string[], named: Set<string>, byId: Map<string, Person>, published: string): string | null {
  const inText = ids.filter((id) => named.has(id));
  if (inText.length === 1) return inText[0] ?? null;
  if (inText.length > 1) return null;
  const inOffice = ids.filter((id) => {
    const p = byId.get(id);
    return p !== undefined && holdsAnyRoleOn(p, published);
  });
  return inOffice.length === 1 ? (inOffice[0] ?? null) : null;
}

/**
 * Finds exact mentions of gazetteer names and aliases: case-sensitive, whole words, the longest spelling at
 * each position, scanning left to right so mentions never overlap; nothing inside the skipped ranges. A spelling shared by several people is resolved by the
 * article's other mentions, or by who held office at the publication date; otherwise it is left out.
 */
export function findMentions(body: string, people: Person[], skip: Range[] = [], published = '9999-12-31'): PersonMention[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const found: PersonMention[] = [];
  const shared: { start: number; end: number; text: string; ids: string[] }[] = [];
  const { re, ids } = spellingIndex(people);
  for (const m of body.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(start, end, skip)) continue;
    const candidates = ids.get(m[0]) ?? ids.get(m[0].replace(MIDDLE_INITIAL, '')) ?? [];
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only !== undefined) found.push({ start, end, text: m[0], personId: only, via: 'gazetteer' });
    else shared.push({ start, end, text: m[0], ids: candidates });
  }
  const named = new Set(found.map((m) => m.personId));
  for (const s of shared) {
    const id = disambiguate(s.ids, named, byId, published);
    if (id !== null) found.push({ start: s.start, end: s.end, text: s.text, personId: id, via: 'gazetteer' });
  }
  return found.sort((a, b) => a.start - b.start);
}
