import type { DateMention, PersonMention, Range } from '../types';
import { TITLE_RUN } from '../lexicon/lists-of-people';
import { overlapsAny } from '../people/overlaps';
import type { Found } from './find-verbal-events';

/**
 * Rule "a promise told to a listener": "Trump told Zelensky on Monday that the United States would help guarantee
 * Ukraine's security", "Modi assured Sharif that India would hold its fire", "Rubio pledged to Dar that Washington would
 * help": a promise or an assurance made to a person by name is one act of the teller with the listener (CAMEO 03,
 * intent to cooperate), dated by the telling, not a statement of the teller alone, and not an offer of the state the
 * promised clause names ("the United States would help" is what was promised, not a second act of the United States).
 * - "assured", "reassured", "promised", "pledged to", "vowed to", "guaranteed": whatever follows "that" is an assurance;
 * - "told": only where what follows "that" promises help (a modal and a verb of help, not negated: "would never agree"
 *   and "would not stop its attacks" are statements);
 * - the listener is a person the text names right after the verb (titles between): "told reporters" names none.
 */
const TELLING_VERB = String.raw`(?:told|tells|assured|assures|reassured|promised|promises|pledged\s+to|vowed\s+to|guaranteed)`;
/** Between the teller's name and the verb: nothing, a day or an adverb ("on Monday", "again"), set off or not. */
const TELLER_TO_VERB = new RegExp(String.raw`^\s*(?:,[^,;.]{1,60},\s*)?(?:(?:on\s+)?[\p{L}\d]+(?:\s+\d{1,2})?\s+)?${TELLING_VERB}\s+${TITLE_RUN}$`, 'u');
/** The verb alone, to tell "told" (which needs help promised) from the verbs of assurance. */
const TOLD_ONLY = /\b(?:told|tells)\b/;
/** After the listener: when, where or how it was told (no clause of its own), then "that". */
const LISTENER_TO_THAT = /^\s*(?:,\s*)?(?:(?:on|in|during|at|over|late|early|last|this|earlier|again|privately|personally)\b[^,;.“”"]{0,50}?\s*,?\s+)?that\s+/;
/** What promises help: a modal (or "ready to") and a verb of help, nothing negating between. */
const HELP_PROMISED = /\b(?:would|will|shall|was|were|is|are)\s+(?:(?!not\b|never\b|no\b)(?:continue|keep|be|stand|remain|ready|willing|prepared|committed|always|also|still|further|fully|to)\s+){0,4}(?:help|helping|support|supporting|back|stand\s+(?:by|with)|guarantee|provide|providing|send|sending|supply|supplying|deliver|give|fund|finance|cooperate|work\s+with|assist|protect|defend|host|contribute|do\s+(?:everything|its\s+part|all))\b/i;
/** A negation in the promised clause before its verb of help ("would not help", "never", "no longer"). */
const NEGATED = /\b(?:not|never|no\s+longer|n['’]t)\b/i;

/** An aid promise's verb with a person right after it ("promised Zelensky more air defence"): that person is its listener. */
const AID_VERB_TO_LISTENER = new RegExp(String.raw`^(?:promised|pledged|offered|assured|granted|committed)\s+${TITLE_RUN}$`, 'u');

interface Promise {
  teller: PersonMention;
  listener: PersonMention;
  /** The teller's words up to "that": the telling, which its date is read from. */
  telling: Range;
  /** What was promised, after "that". */
  promised: Range;
}

function promiseIn(body: string, sentence: Range, mentions: PersonMention[]): Promise | null {
  const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).sort((a, b) => a.start - b.start);
  for (const [i, teller] of inside.entries()) {
    const listener = inside.slice(i + 1).find((m) => m.personId !== teller.personId);
    if (!listener || !TELLER_TO_VERB.test(body.slice(teller.end, listener.start))) continue;
    const that = LISTENER_TO_THAT.exec(body.slice(listener.end, sentence.end));
    if (!that) continue;
    const promisedStart = listener.end + that[0].length;
    const promisedEnd = promisedStart + (/[;]/.exec(body.slice(promisedStart, sentence.end))?.index ?? sentence.end - promisedStart);
    const words = body.slice(promisedStart, promisedEnd);
    if (TOLD_ONLY.test(body.slice(teller.end, listener.start))) {
      const help = HELP_PROMISED.exec(words);
      if (!help || NEGATED.test(words.slice(0, help.index + help[0].length))) continue;
    }
    // "On Tuesday, Modi told Sharif that ...": a phrase fronted before the teller (no one else named in it) is the telling's.
    const from = inside.slice(0, i).length === 0 ? sentence.start : teller.start;
    return { teller, listener, telling: { start: from, end: promisedStart }, promised: { start: promisedStart, end: promisedEnd } };
  }
  return null;
}


/**
 * The sentence's findings with a promise told to a listener read as one intent to cooperate of the teller and the
 * listener: the teller's statement of it and any offer read from the promised clause without a person are that act.
 * An aid promise with a person right after its verb ("Merz promised Zelensky more air defence") has that person as
 * its listener, beside its teller.
 */
export function withPromisesToListeners(body: string, sentence: Range, found: Found[], mentions: PersonMention[], dateOfTelling: (telling: Range) => DateMention | null): Found[] {
  for (const f of found) {
    if (f.type !== 'intent_to_cooperate' || f.actors.length === 0) continue;
    const listener = mentions.find((m) => m.start > f.at.start && m.end <= f.at.end && !f.actors.includes(m.personId) && AID_VERB_TO_LISTENER.test(body.slice(f.at.start, m.start)));
    if (listener) f.actors = [...f.actors, listener.personId];
  }
  const promise = promiseIn(body, sentence, mentions);
  if (!promise) return found;
  const { teller, listener, telling, promised } = promise;
  const kept = found.filter((f) => {
    const sayingOfTeller = (f.type === 'statement' || f.saying) && f.actors.includes(teller.personId) && overlapsAny(f.at.start, f.at.end, [{ start: telling.start, end: promised.end }]);
    const stateOffer = f.type === 'intent_to_cooperate' && overlapsAny(f.at.start, f.at.end, [promised]) && !f.actors.some((a) => a === teller.personId || a === listener.personId);
    return !sayingOfTeller && !stateOffer;
  });
  kept.push({ type: 'intent_to_cooperate', at: telling, actors: [teller.personId, listener.personId], countries: [], place: null, agent: null, date: dateOfTelling(telling), saying: true, listeners: [listener.personId] });
  return kept;
}
