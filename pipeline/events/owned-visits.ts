import type { DateMention, Range } from '../types';

// A visit named by whose it is ("his visit", "Modi's Saudi Arabia visit", "their trip to Washington"): news when the
// article acts on it or pins it to a day of its own, background otherwise.

/** A possessive and up to three words before the noun: "his", "her recent", "Modi's Saudi Arabia", "the teams'". */
const POSSESSIVE_BEFORE_VISIT = /\b(?:his|her|their|its|our|my|[\p{Lu}][\p{L}-]*['’]s|[\p{L}-]+s['’])\s+(?:[\p{L}\p{N}-]+\s+){0,3}?$/u;
const VISIT_NOUN = /^(?:visits?|trip\s+to)$/i;
/** How far before the noun its owner may stand: the possessive and its three words. */
const OWNER_REACH = 60;

/** "Modi cut short his Saudi Arabia visit", "began his visit to Moscow": a verb that acts on the visit tells it as news. */
const ACTS_ON_VISIT = /\b(?:cut\s+short|curtail(?:ed|s)|beg[ai]n|begins|start(?:ed|s)|end(?:ed|s)|conclud(?:ed|es)|wrap(?:ped|s)\s+up|complet(?:ed|es)|extend(?:ed|s)|kick(?:ed|s)\s+off)\s+(?:his|her|their|its)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?$/iu;

/** A date word that says only that the visit is past: "his recent visit", "his most recent trip". */
const VAGUELY_PAST = /^(?:most\s+)?recent$/i;
/** Dates that pin a visit down: a day or a week ("his visit to Kyiv on Monday", "her trip to Delhi last week"). */
const PINNING_PRECISIONS = new Set(['day', 'week']);
/** Between the noun and its own date: only where the visit went ("his visit to Kyiv on Monday"). */
const DESTINATION_ONLY = /^\s*(?:to|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$|^\s*$/u;

/** Whether the visit cue at `at` is named by its owner ("his visit", "Modi's Saudi Arabia visit"). */
export function isOwnedVisit(body: string, from: number, at: Range): boolean {
  return VISIT_NOUN.test(body.slice(at.start, at.end)) && POSSESSIVE_BEFORE_VISIT.test(body.slice(Math.max(from, at.start - OWNER_REACH), at.start));
}

/** A date of the visit's own noun phrase, a day or a week: before the noun after its owner, or right after it and its destination. */
function pinsTheVisit(body: string, at: Range, date: DateMention): boolean {
  if (!PINNING_PRECISIONS.has(date.date.precision) || VAGUELY_PAST.test(date.text)) return false;
  if (date.end <= at.start) return POSSESSIVE_BEFORE_VISIT.test(body.slice(Math.max(0, date.start - OWNER_REACH), date.start)) && /^\s*$|^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(body.slice(date.end, at.start));
  return date.start >= at.end && DESTINATION_ONLY.test(body.slice(at.end, date.start));
}

/**
 * "Recalling his recent visit to Tehran", "during his visit last year", "Merz announced his visit to Ukraine": a visit
 * named by its owner, with no day of its own, is one the reader is meant to know already, background to what the
 * clause tells. One the clause acts on ("began his visit", "cut short his trip") or dates to a day or a week ("his visit
 * to Kyiv on Monday") is news.
 */
export function isBackgroundVisit(body: string, from: number, at: Range, date: DateMention | null): boolean {
  if (!isOwnedVisit(body, from, at) || ACTS_ON_VISIT.test(body.slice(Math.max(from, at.start - OWNER_REACH), at.start))) return false;
  return date === null || !pinsTheVisit(body, at, date);
}
