import type { TimelineEvent } from '../../src/shared/schema';
import { SPEECH_ACTS } from './event-cues';
import { inHeadline } from '../sentences/in-headline';

/** What the rule needs of an event read from one sentence: `agent` is the state its subject names, if any. */
type Told = Pick<TimelineEvent, 'type' | 'actors' | 'countries' | 'sources'> & { agent: string | null };

/** Whether an event was read from the article's headline: its one source is a title line at the top of the body. */
function fromHeadline(body: string, e: Told): boolean {
  const [only, ...more] = e.sources;
  if (!only || more.length > 0) return false;
  const before = body.slice(0, only.start);
  return !before.includes('\n\n') && inHeadline(body, only);
}

/**
 * Whether the body's event `b` can be the act the headline's `h` names in short: the same kind (a headline's verb of
 * speaking sums up what the body tells as words: "urges" over "said he wanted"), everyone `h` names, and the state
 * its subject names ("Dhaka urges") among the body act's, else one of its states.
 */
function tellsAgain(h: Told, b: Told): boolean {
  if (b.type !== h.type && !(SPEECH_ACTS.has(h.type) && SPEECH_ACTS.has(b.type))) return false;
  if (!h.actors.every((a) => b.actors.includes(a))) return false;
  if (h.agent !== null) return b.countries.includes(h.agent);
  return h.countries.length === 0 || h.countries.some((c) => b.countries.includes(c));
}

/**
 * Rule "the headline told again": a headline sums up in a few words, often with an office for a name ("Chinese FM
 * speaks to Doval"), a state for its minister, a capitalised adjective for a place, no date, the act the body then
 * tells in full. Read apart, the headline gives a second, worse copy of that act (fewer actors, a week for its date)
 * that no merge joins, because what it lacks makes it look like another act. A reader of the timeline would see one
 * act twice, the second saying less and maybe wrong, so the headline's event is dropped when the body tells an act of
 * the same kind with everyone the headline names (and one of its states); its words are kept as a source of that act.
 * A headline whose act the body does not tell again stays an event of its own.
 */
export function withHeadlinesToldAgain<E extends Told>(body: string, events: E[]): E[] {
  const headline = events.map((e) => fromHeadline(body, e));
  if (!headline.includes(true)) return events;
  const inBody = events.filter((_, i) => !headline[i]);
  const kept: E[] = [];
  events.forEach((e, i) => {
    const full = headline[i] ? inBody.find((b) => tellsAgain(e, b)) : undefined;
    if (!full) kept.push(e);
    else full.sources = [...full.sources, ...e.sources.filter((s) => !full.sources.some((t) => t.start === s.start))];
  });
  return kept;
}
