import type { EventDate, EventType } from '../../src/shared/schema';
import { addDays, daysBetween, minIso } from '../dates/calendar';
import { definiteHappenings, nounsOfKind } from '../dates/anchored-dates';
import { BACKGROUND_WINDOW_DAYS } from '../dates/inherit-date';
import { CLAIM_NOUNS } from '../lexicon/act-verbs';
import type { DateMention, Sentence } from '../types';

/**
 * Rule "answer-to-the-happening-told-before": a story of June recounts the crisis in a paragraph of background: "The
 * fighting was sparked by an April 22 attack that killed 26 people. New Delhi blamed the incident on militants backed by
 * Pakistan. Islamabad denied the charge." The answer (a charge, a denial, a condemnation) has no date words, refers back
 * by a definite noun to the happening told just before it ("the incident", "the attack"), or to the charge that answered
 * it ("the claims", "the charge"), and that happening's date lies further back than the month an undated act may reach
 * (rule "after the named happening" reads the nearer ones). It came after that happening, in the month after it, where
 * answers to a happening fall, not in the week before the paper (u26: two answers to an attack of 22 April, told in a
 * paper of 18 June, were dated to June and matched nothing).
 */

/** The acts that answer a happening. */
const ANSWER_TYPES = new Set<EventType>(['accusation', 'rejection', 'condemnation']);
/** How far back in its paragraph the happening may be told: the sentence before, or the one before that when a charge came between. */
const REACH_SENTENCES = 2;
/** How long after the happening its answer is held to fall: the month, as for background (BACKGROUND_WINDOW_DAYS). */
const ANSWER_DAYS = BACKGROUND_WINDOW_DAYS;
/** "the claims", "these charges", "the accusation": what a charge answering the happening is called after it. */
const DEFINITE_CLAIM = new RegExp(String.raw`\b(?:the|these|those|this|that|such)\s+${CLAIM_NOUNS}\b`, 'i');

export interface ToldHappeningFacts {
  sentences: Sentence[];
  index: number;
  /**
   * The date words of a sentence that tells the happening named (`names`), a week wide at most and outside any
   * quotation (event-date's rule "after the happening told before" reads the same), or undefined.
   */
  dayToldIn: (sentence: Sentence, names: RegExp) => DateMention | undefined;
  published: string;
}

/** After a charge, the happening named is the attack the charge answered. */
const ATTACK_NOUNS = nounsOfKind('attack');

/** The range of an undated answer to a happening told just before it and older than an undated act's reach, or null. */
export function answerToAToldHappening(type: EventType, dated: EventDate, facts: ToldHappeningFacts): EventDate | null {
  const { sentences, index, dayToldIn, published } = facts;
  const here = sentences[index];
  if (!here || !ANSWER_TYPES.has(type) || dated.basis !== 'publication') return null;
  const named = definiteHappenings(here.text);
  const claim = DEFINITE_CLAIM.test(here.text);
  if (named.length === 0 && !claim) return null;
  // The happening named by the same nouns (or, after a charge, the attack the charge answered).
  const nouns = named.length > 0 ? named.flatMap((h) => h.nouns) : ATTACK_NOUNS;
  const names = new RegExp(String.raw`\b(?:${nouns.join('|')})s?\b`, 'i');
  for (let k = index - 1; k >= Math.max(0, index - REACH_SENTENCES); k--) {
    const s = sentences[k];
    if (!s || s.paragraph !== here.paragraph) return null;
    const d = dayToldIn(s, names);
    if (!d) continue;
    const day = d.date.start;
    if (daysBetween(day, published) <= BACKGROUND_WINDOW_DAYS || day > published) return null;
    return { ...dated, start: day, end: minIso(addDays(day, ANSWER_DAYS), published), precision: 'approximate' };
  }
  return null;
}
