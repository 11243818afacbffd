import type { Person } from '../../src/shared/schema';
import type { PersonMention, Range } from '../types';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds exact mentions of gazetteer names and aliases, longest first, never overlapping. */
export function findMentions(body: string, people: Person[], skip: Range[] = []): PersonMention[] {
  const names = people
    .flatMap((p) => [p.name, ...p.aliases].map((text) => ({ text, personId: p.id })))
    .sort((a, b) => b.text.length - a.text.length);
  const found: PersonMention[] = [];
  const taken = (s: number, e: number) => found.some((m) => s < m.end && m.start < e) || skip.some((b) => s < b.end && b.start < e);
  for (const n of names) {
    const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(n.text)}(?![\\p{L}])`, 'gu');
    for (const m of body.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!taken(start, end)) found.push({ start, end, text: m[0], personId: n.personId, via: 'gazetteer' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
