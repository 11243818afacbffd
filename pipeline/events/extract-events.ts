import { CONFLICTS, EVENT_TYPES, type ConflictId, type EventType, type Person, type TimelineEvent } from '../../src/shared/schema';
import type { ArticleAnalysis, Sentence } from '../types';

/** Verb patterns that signal an event in a sentence, most specific first. */
const TRIGGERS: { type: EventType; re: RegExp }[] = [
  { type: 'phone_call', re: /\b(spoke|speaks|talked|phoned|dialled|called)\s+(with|to)\b|\bphone calls?\b/i },
  { type: 'meeting', re: /\b(met|meets|meeting)\s+(with\s+)?(Russian|Indian|Pakistani|Ukrainian|President|Prime)\b/i },
  { type: 'military_action', re: /\b(missile|drone) (strike|attack)s?\b/i },
];

const CONFLICT_WORDS: [ConflictId, RegExp][] = [
  ['india-pakistan', /\b(India|Pakistan|Kashmir|Pahalgam|LoC)\b/],
  ['russia-ukraine', /\b(Russia|Ukraine|Kremlin|Moscow|Kyiv|Putin|Zelensk)/],
];

function conflictOf(text: string): ConflictId | null {
  let best: ConflictId | null = null;
  let bestCount = 0;
  for (const [id, re] of CONFLICT_WORDS) {
    const n = text.match(new RegExp(re.source, 'g'))?.length ?? 0;
    if (n > bestCount) [best, bestCount] = [id, n];
  }
  return best;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}

/** One event per triggering sentence; merging across sentences and articles happens later. */
export function extractEvents(a: ArticleAnalysis, people: Map<string, Person>): TimelineEvent[] {
  const conflict = conflictOf(a.article.body);
  if (!conflict) return [];
  const events: TimelineEvent[] = [];
  const inSentence = <T extends { start: number; end: number }>(xs: T[], s: Sentence) => xs.filter((x) => x.start >= s.start && x.end <= s.end);
  for (const s of a.sentences) {
    const trigger = TRIGGERS.find((t) => t.re.test(s.text));
    if (!trigger) continue;
    const actors = [...new Set(inSentence(a.mentions, s).map((m) => m.personId))];
    const dm = inSentence(a.dates, s)[0];
    const date = dm
      ? { ...dm.date, evidence: { article: a.article.meta.id, start: dm.start, end: dm.end, excerpt: dm.text } }
      : { start: a.article.meta.published, end: a.article.meta.published, precision: 'approximate' as const, basis: 'publication' as const, evidence: null };
    const names = actors.map((id) => people.get(id)?.name ?? id);
    const title = `${EVENT_TYPES[trigger.type].label}${names.length ? `: ${names.join(', ')}` : ''}`;
    const countries = [...new Set(actors.map((id) => people.get(id)?.country).filter((c): c is string => !!c))];
    events.push({
      id: slug(`${date.start}-${trigger.type}-${names.join('-') || a.article.meta.id}-${s.start}`),
      conflict,
      type: trigger.type,
      cameo: EVENT_TYPES[trigger.type].cameo,
      channel: 'unknown',
      date,
      status: 'occurred',
      title,
      actors,
      countries: countries.length ? countries : [...CONFLICTS[conflict].countries],
      sources: [{ article: a.article.meta.id, start: s.start, end: s.end, excerpt: s.text, speaker: null, isQuote: false }],
      corroboration: 1,
      notes: [],
    });
  }
  return events;
}
