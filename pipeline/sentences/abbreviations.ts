/**
 * Full stops that do not end a sentence. Titles and ranks come before a name, so a full stop after them never
 * ends a sentence ("Lt. Gen. Ahmed", "Dr. Jaishankar"). Others only hold before a number ("No. 10", "Jan. 5").
 */
const BEFORE_NAME = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'cdr', 'brig', 'sgt', 'cpl', 'adm',
  'lt.gen', 'maj.gen', 'lt.col', 'sen', 'rep', 'gov', 'pres', 'supt', 'insp', 'amb', 'hon', 'rev', 'fr', 'st', 'mt', 'ft',
  'sh', 'smt', 'shri', 'ret', 'retd', 'vs', 'v', 'cf', 'approx', 'dept', 'govt', 'est', 'ca',
]);
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'art', 'vol', 'p', 'pp', 'fig', 'sec', 'ch', 'rs', 'para', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m',
]);
/** Words that start a new sentence even after an acronym such as "U.S." ("... in the U.S. The President said"). */
const SENTENCE_STARTERS = new Set([
  'the', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'but', 'and', 'in', 'on', 'at',
  'a', 'an', 'his', 'her', 'their', 'our', 'its', 'meanwhile', 'however', 'there', 'what', 'when', 'while', 'after',
]);

/**
 * A single capital that is the object of "on"/"via" names a thing, not a person: "posted on X.", "wrote via X."
 * ("called on S. Jaishankar" is a person, so "call on" is excluded).
 */
const LETTER_AS_NAME = /(?:^|[^\p{L}])(?<!\bcall(?:s|ed|ing)?\s)(?:on|via)\s+\p{Lu}\.\s*$/u;

/** Whether a full stop ending `before` is part of an abbreviation, given the text that follows it. */
export function isAbbreviationStop(before: string, after: string): boolean {
  const m = /(?:^|[\s([“"‘'—–-])([\p{L}][\p{L}.]*)\.\s*$/u.exec(before.slice(-40));
  const token = m?.[1];
  if (!token) return false;
  const next = /^\s*["“'‘(]?([\p{L}\d]+)/u.exec(after)?.[1] ?? '';
  const lower = token.toLowerCase();
  // A single capital is an initial ("S. Jaishankar"), unless it closes a sentence ("... Plan B. Then").
  if (/^\p{Lu}$/u.test(token)) return !SENTENCE_STARTERS.has(next.toLowerCase()) && !LETTER_AS_NAME.test(before.slice(-40));
  if (BEFORE_NAME.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower)) return /^\d/.test(next) || (lower.includes('.') && /^\p{Ll}/u.test(next));
  // Acronyms with stops: "U.S.", "U.N.", "U.A.E."
  if (/^(\p{L}\.)+\p{L}$/u.test(token)) return !SENTENCE_STARTERS.has(next.toLowerCase());
  return false;
}
