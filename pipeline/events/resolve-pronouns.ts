import { SPEAKER_PRONOUN } from '../quotes/reporting-verbs';
import type { PersonMention, Quote } from '../types';

/**
 * Adds "she"/"he" as mentions of the last person quoted before them (speakers are what pronouns in news copy
 * most often refer to), else of the last person named. Mentions the people stage already resolved are kept.
 */
export function withPronouns(body: string, mentions: PersonMention[], quotes: Quote[]): PersonMention[] {
  const out = [...mentions];
  for (const p of body.matchAll(SPEAKER_PRONOUN)) {
    const start = p.index;
    const end = start + p[0].length;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    const quoted = quotes.filter((q) => q.speaker !== null && q.end < start && start - q.end < 1500).pop();
    const named = mentions.filter((m) => m.end <= start).pop();
    // A name earlier in the same sentence wins ("Trump blamed ... what he called"); else the last speaker.
    const sameSentence = named && !/[.!?]["”]?\s/.test(body.slice(named.end, start));
    const personId = sameSentence ? named.personId : (quoted?.speaker ?? named?.personId);
    if (personId) out.push({ start, end, text: p[0], personId, via: 'coreference' });
  }
  return out.sort((a, b) => a.start - b.start);
}
