import type { Person } from '../../src/shared/schema';
import { pronounOf } from '../people/gazetteer';
import { unnamedPeopleIn } from '../people/resolve-pronouns';
import { SPEAKER_PRONOUN } from '../lexicon/reporting-verbs';
import type { PersonMention, Quote } from '../types';

/**
 * Adds "she"/"he" as mentions of the last person quoted before them (speakers are what pronouns in news copy
 * most often refer to), else of the last person named. Mentions the people stage already resolved are kept.
 * A person whose recorded pronoun differs is skipped: "He" inside a spokeswoman's quotation is someone else.
 */
export function withPronouns(body: string, mentions: PersonMention[], quotes: Quote[], people: Map<string, Person>): PersonMention[] {
  const out = [...mentions];
  const fits = (id: string | null | undefined, word: string) => {
    const p = id ? people.get(id) : undefined;
    const g = p ? pronounOf(p) : null;
    return Boolean(id) && (g === null || g === word.toLowerCase());
  };
  for (const p of body.matchAll(SPEAKER_PRONOUN)) {
    const start = p.index;
    const end = start + p[0].length;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    const quoted = quotes.filter((q) => q.speaker !== null && q.end < start && start - q.end < 1500 && fits(q.speaker, p[0])).pop();
    const named = mentions.filter((m) => m.end <= start && fits(m.personId, p[0])).pop();
    // A name earlier in the same sentence wins ("Trump blamed ... what he called"); else the last speaker.
    const sameSentence = named && !/[.!?]["”]?\s/.test(body.slice(named.end, start));
    // Else the last speaker, else the last person named, unless an unnamed person is told between them and the pronoun,
    // outside quotations ("backed Trump's offer. The spokesperson said ... 'It is baseless,' he added": the spokesperson,
    // whom no name gives). An office that is the person's own ("Spokesperson X ... the spokesperson said") is that
    // person told again.
    const toldSince = (id: string, from: number) => {
      const titles = (people.get(id)?.roles ?? []).map((r) => r.title.toLowerCase());
      const someoneElse = (phrase: string) => !titles.some((t) => t.includes(/\S+$/.exec(phrase.toLowerCase())?.[0] ?? phrase));
      return unnamedPeopleIn(outsideQuotes(body, from, start, quotes)).some(someoneElse);
    };
    const speaker = quoted?.speaker && !toldSince(quoted.speaker, quoted.end) ? quoted.speaker : undefined;
    const lastNamed = named && !toldSince(named.personId, named.end) ? named.personId : undefined;
    const personId = sameSentence ? named.personId : quoted ? speaker : lastNamed;
    if (personId) out.push({ start, end, text: p[0], personId, via: 'coreference' });
  }
  // "“I will be in Turkey on Thursday,” Zelensky said": "I" inside a quotation is its speaker.
  for (const p of body.matchAll(FIRST_PERSON)) {
    const start = p.index;
    const end = start + p[0].length;
    const quote = quotes.find((q) => q.speaker && q.start <= start && end <= q.end);
    if (quote?.speaker && !out.some((m) => m.start < end && start < m.end)) out.push({ start, end, text: p[0], personId: quote.speaker, via: 'coreference' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The first person singular as a subject ("I will", "I spoke"); "World War I" and "Phase I" are numerals, capitalised before it. */
const FIRST_PERSON = /(?<!\b(?:War|Phase|Part|Chapter|Section|Article|Stage|Round|Class|Type|Grade|Level|Tier|Title)\s)\bI\b(?!['’]?\s*[-.)])/g;

/** The text between two offsets with quotations blanked: what the narrative itself says there. */
function outsideQuotes(body: string, from: number, to: number, quotes: Quote[]): string {
  let out = body.slice(from, to);
  for (const q of quotes) {
    const a = Math.max(q.start, from);
    const b = Math.min(q.end, to);
    if (a < b) out = out.slice(0, a - from) + ' '.repeat(b - a) + out.slice(b - from);
  }
  return out;
}
