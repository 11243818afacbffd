import type { Person } from '../../src/shared/schema';
import type { PersonMention, Range } from '../types';
import { overlapsAny } from './overlaps';
import { holdsAnyRoleOn } from './offices';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Spelling {
  text: string;
  ids: string[];
}

/** Every name and alias, with all the people it may denote ("Sharif" is two people), longest first. */
function spellings(people: Person[]): Spelling[] {
  const map = new Map<string, Set<string>>();
  for (const p of people) for (const text of [p.name, ...p.aliases]) map.set(text, (map.get(text) ?? new Set()).add(p.id));
  return [...map].map(([text, ids]) => ({ text, ids: [...ids] })).sort((a, b) => b.text.length - a.text.length);
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
 * Finds exact mentions of gazetteer names and aliases: case-sensitive, whole words, longest first, never
 * overlapping each other or the skipped ranges. A spelling shared by several people is resolved by the
 * article's other mentions, or by who held office at the publication date; otherwise it is left out.
 */
export function findMentions(body: string, people: Person[], skip: Range[] = [], published = '9999-12-31'): PersonMention[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const found: PersonMention[] = [];
  const shared: { start: number; end: number; text: string; ids: string[] }[] = [];
  const claimed: Range[] = [...skip];
  for (const s of spellings(people)) {
    const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escapeRegExp(s.text)}(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
    for (const m of body.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(start, end, claimed)) continue;
      claimed.push({ start, end });
      const only = s.ids.length === 1 ? s.ids[0] : undefined;
      if (only !== undefined) found.push({ start, end, text: m[0], personId: only, via: 'gazetteer' });
      else shared.push({ start, end, text: m[0], ids: s.ids });
    }
  }
  const named = new Set(found.map((m) => m.personId));
  for (const s of shared) {
    const id = disambiguate(s.ids, named, byId, published);
    if (id !== null) found.push({ start: s.start, end: s.end, text: s.text, personId: id, via: 'gazetteer' });
  }
  return found.sort((a, b) => a.start - b.start);
}
