import { addDays, monthRange, startOfWeek, yearMonth } from './calendar';
import { NEWS_AGENCY } from '../lexicon/news-agencies';
import { MONTH_OF_A_COUNTED_YEAR } from './month-of-a-counted-year';
import { NUMBER, parseNumber, type MentionDate, type PhraseContext, type PhraseRule } from './date-phrase';

const UNIT_DAYS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };
/** A name's possessive right before a date word: "Ukraine's weekend attack" is a deed of the one named. */
const OWNED = /\p{Lu}[\p{L}-]*['’]s\s$/u;
/** How far back "in recent days" reaches: a week. */
const PUBLICATION_WEEK = 7;
/**
 * How far back "recent" and "recently" reach (rule "recent-month"): the month up to publication. On u11 what was told
 * as "recent" lay from the publication day itself ("recently" of the day's announcement) to four weeks back ("recently
 * paused", "just recently"), so a fortnight put half of it out of range; a month is the honest reach of the word.
 */
const RECENT_DAYS = 30;
/** How many days before publication the night told as "last night" or "overnight" may begin (see rule "night-before"). */
export const NIGHT_REACH = 2;
/** The words of rule "night-before", which rule "night-of-the-day" finds again among a sentence's dates. */
export const NIGHT_BEFORE = /\b(?:last night(?:['’]s)?|overnight|(?:during|in|through|throughout) the night(?!\s+(?:of|to|into|before|after)\b))\b/gi;
/** The words of rule "over-the-last" ("over the past 24 hours"), which rule "teller's-day" counts back from a teller's day. */
export const OVER_THE_LAST = new RegExp(String.raw`\b(?:over|in|during|for|within|throughout) the (?:last|past|previous) (?:${NUMBER} )?(hours?|days?|weeks?|months?|years?)\b`, 'gi');
const unitOf = (w: string) => w.toLowerCase().replace(/s$/, '');

/** Phrases relative to the publication day: "yesterday", "earlier this week", "over the last two days", "last month". */
export const RELATIVE_RULES: PhraseRule[] = [
  {
    // Durations, not dates: "at odds for decades", "a call we have been making for decades".
    name: 'duration',
    re: /\b(?:for|over|in) (?:the )?(?:(?:past|last|many|several|so many) )?(?:decades|centuries|generations)\b|\bdecades?(?:-long| ago)\b|\bfor (?:many |several |so many )?years\b/gi,
    resolve: () => 'ignore',
  },
  {
    // A wire agency's credit or dateline, not an event's date: "(APP - UrduPoint / Pakistan Point News - 10th May, 2025)",
    // "(AP Photo, May 9)". The report's day, which the article's publication date already gives.
    name: 'agency-credit',
    re: new RegExp(String.raw`\(${NEWS_AGENCY}\b[^()]{0,100}\)`, 'g'),
    resolve: () => 'ignore',
  },
  {
    // An idiom, not a date: "in today's world".
    name: 'today-idiom',
    re: /\bin today['’]s (?:world|age|era|times|context|environment|climate)\b/gi,
    resolve: () => 'ignore',
  },
  {
    name: 'over-the-last',
    re: OVER_THE_LAST,
    resolve: (m, { published }) => {
      const { n, vague } = m[1] ? parseNumber(m[1]) : { n: 1, vague: false };
      // "the past few days" is told of anything up to about a week ("a few" is read as three): twice the count and a day.
      // "the past 48 hours": whole days back, at least the day before (hours reach back over midnight).
      const days = Math.max(1, Math.ceil((vague ? 2 * n + 1 : n) * (UNIT_DAYS[unitOf(m[2] ?? 'day')] ?? 1)));
      return { start: addDays(published, -days), end: published, precision: 'approximate', basis: 'relative-phrase' };
    },
  },
  {
    // "in the coming days": a plan for the days after publication, fewer than would be called weeks: up to a
    // fortnight ahead (three weeks for "the coming weeks").
    name: 'coming-days',
    re: /\b(?:in|over|within|during) the (?:coming|next few|following) (days|weeks)\b/gi,
    resolve: (m, { published }) => {
      const days = (m[1] ?? '').toLowerCase() === 'weeks' ? 21 : 14;
      return { start: addDays(published, 1), end: addDays(published, days), precision: 'approximate', basis: 'relative-phrase' };
    },
  },
  {
    name: 'in-recent',
    re: /\b(?:in|over) recent (days|weeks|months)\b/gi,
    resolve: (m, { published }) => {
      // "in recent days" is told of the past week as often as of the past three days (like "the past few days").
      const unit = unitOf(m[1] ?? 'day');
      const days = unit === 'day' ? PUBLICATION_WEEK : 3 * (UNIT_DAYS[unit] ?? 1);
      return { start: addDays(published, -days), end: published, precision: 'approximate', basis: 'relative-phrase' };
    },
  },
  {
    // "the recent meeting", "recently visited": news uses it for the past days to weeks; a month, approximate.
    name: 'recent',
    re: /\b(?:most )?recent(?:ly)?\b(?! (?:days|weeks|months|years)\b)/gi,
    resolve: (_m, { published }) => ({ start: addDays(published, -RECENT_DAYS), end: published, precision: 'approximate', basis: 'relative-phrase' }),
  },
  {
    name: 'day-before-yesterday',
    re: /\b(?:the )?day before yesterday\b/gi,
    resolve: (_m, { published }) => day(addDays(published, -2)),
  },
  {
    name: 'day-after-tomorrow',
    re: /\b(?:the )?day after tomorrow\b/gi,
    resolve: (_m, { published }) => day(addDays(published, 2)),
  },
  { name: 'yesterday', re: /\b(?:late |early )?yesterday\b/gi, resolve: (_m, { published }) => day(addDays(published, -1)) },
  {
    // "last night", "overnight", "during the night": the night before the day the news was made. A paper tells the news of its own day or,
    // printed the morning after (or dated in a time zone ahead), of the day before; so the night runs from the evening
    // two days before publication into the day the paper appears.
    name: 'night-before',
    re: NIGHT_BEFORE,
    resolve: (_m, { published }) => ({ start: addDays(published, -NIGHT_REACH), end: published, precision: 'approximate', basis: 'relative-phrase' }),
  },
  { name: 'tomorrow', re: /\btomorrow\b/gi, resolve: (_m, { published }) => day(addDays(published, 1)) },
  {
    name: 'today',
    re: /\b(?:(?:earlier|later) )?(?:today|tonight|this (?:morning|afternoon|evening))\b/gi,
    resolve: (_m, { published }) => day(published),
  },
  {
    name: 'ago',
    re: new RegExp(String.raw`\b${NUMBER} (days?|weeks?|months?|years?) ago\b`, 'gi'),
    resolve: (m, { published }) => {
      const { n, vague } = parseNumber(m[1] ?? 'one');
      const unit = unitOf(m[2] ?? 'day');
      if (unit === 'month') {
        const { year, month } = yearMonth(published);
        return { ...monthRange(year, month - n), precision: vague ? 'approximate' : 'month', basis: 'relative-phrase' };
      }
      const back = n * (UNIT_DAYS[unit] ?? 1);
      if (unit === 'day' && !vague) return day(addDays(published, -back));
      // "a few days ago" is told of anything from a couple of days to a week and a half back ("a few" is read as
      // three): from half the count to three times it and a day ("a couple of days", closer to its count: twice).
      const reach = /couple/i.test(m[1] ?? '') ? 2 : 3;
      if (unit === 'day') return { start: addDays(published, -(reach * back + 1)), end: addDays(published, -Math.max(1, Math.ceil(back / 2))), precision: 'approximate', basis: 'relative-phrase' };
      const spread = unit === 'week' && !vague ? 3 : Math.max(1, Math.round(back / 4));
      const end = addDays(published, -back + spread);
      return { start: addDays(published, -back - spread), end: end > published ? published : end, precision: unit === 'week' && !vague ? 'week' : 'approximate', basis: 'relative-phrase' };
    },
  },
  {
    name: 'week',
    re: /\b(?:(earlier|later) )?(this|last|next|the past|the previous) (week|weekend)\b/gi,
    resolve: (m, ctx) => weekOf(m[1], m[2] ?? '', m[3] ?? '', ctx),
  },
  {
    // Rule "in-the-week": "later in the week", "early in the week", "earlier in the month", "later in the year" are the
    // same days as "later this week", "earlier this month" (u15 ETV Bharat: a visit "later in the week" had no date and
    // took a month-long plan window). "early" and "late" say no direction: the tense does, as for "this week".
    name: 'in-the-week',
    re: /\b(earlier|later|early|late) in the (week|month|year)\b/gi,
    resolve: (m, ctx) => {
      const direction = /^(?:earlier|later)$/i.test(m[1] ?? '') ? m[1] : undefined;
      const unit = (m[2] ?? '').toLowerCase();
      return unit === 'week' ? weekOf(direction, 'this', 'week', ctx) : monthOrYearOf(direction, 'this', unit, ctx);
    },
  },
  {
    // "over the weekend", "its weekend drone raid": the weekend just past (or the one under way), unless told as ahead
    // ("will meet over the weekend"). "last/this/next weekend" are the rule above's. A weekend that names a state's or
    // person's deed ("Ukraine's weekend drone attack") is one they have carried out, even in a sentence about what
    // is still to come ("Putin will respond to Ukraine's weekend attack").
    name: 'the-weekend',
    re: /\b(?:over|at|during|on)\s+the\s+weekend\b|\bthis\s+past\s+weekend\b|(?<=\b(?:its|their|his|her|the)\s)weekend(?=\s+(?!of\b)[\w-]+)|(?<=\p{Lu}[\p{L}-]*['’]s\s)weekend(?=\s+[\w-]+)/giu,
    resolve: (m, { published, future }) => {
      const saturday = addDays(startOfWeek(published), 5);
      if (published >= saturday) return { start: saturday, end: published, precision: 'week', basis: 'relative-phrase' };
      if (future && !OWNED.test(m.input.slice(0, m.index))) return { start: saturday, end: addDays(saturday, 1), precision: 'week', basis: 'relative-phrase' };
      return { start: addDays(saturday, -7), end: addDays(saturday, -6), precision: 'week', basis: 'relative-phrase' };
    },
  },
  MONTH_OF_A_COUNTED_YEAR,
  {
    name: 'month-or-year',
    re: /\b(?:(earlier|later) )?(this|last|next) (month|year)\b/gi,
    resolve: (m, ctx) => monthOrYearOf(m[1], m[2] ?? '', m[3] ?? '', ctx),
  },
];

/**
 * "this week", "earlier this week", "last week", "next weekend": a week counted from the publication's. A week starts
 * on Monday in some countries' usage and on Sunday in others' (American papers'): a past week takes in the Sunday before
 * its Monday, so that it holds the week either way. Rule "sunday-paper-week": a paper of a Sunday stands at the end of
 * one reading's week and the start of the other's, so its "last week" runs to the day before it (the American week just
 * ended) and what it tells as still ahead "this week" runs through the six days after it.
 */
function weekOf(direction: string | undefined, whichWord: string, unitWord: string, { published, future }: PhraseContext): MentionDate {
  const which = whichWord.toLowerCase();
  const monday = startOfWeek(published);
  const sundayPaper = published === addDays(monday, 6);
  const shift = which === 'next' ? 7 : which === 'this' ? 0 : -7;
  const weekend = unitWord.toLowerCase() === 'weekend';
  const sunday = which !== 'next' && !weekend ? 1 : 0;
  let start = addDays(monday, shift + (weekend ? 5 : 0) - sunday);
  let end = addDays(monday, shift + 6);
  if (which === 'last' && !weekend && sundayPaper) end = addDays(published, -1);
  if (which === 'this' && !weekend) {
    const later = direction ? direction.toLowerCase() === 'later' : future;
    if (later) [start, end] = [published, sundayPaper ? addDays(published, 6) : end];
    else end = published;
  }
  if (which === 'the past' || which === 'the previous') [start, end] = [addDays(published, -7), published];
  return { start, end, precision: which.startsWith('the') ? 'approximate' : 'week', basis: 'relative-phrase' };
}

/** "this month", "earlier this year", "last month", "next year": the month or year counted from the publication's. */
function monthOrYearOf(direction: string | undefined, whichWord: string, unitWord: string, { published, future }: PhraseContext): MentionDate {
  const which = whichWord.toLowerCase();
  const shift = which === 'next' ? 1 : which === 'last' ? -1 : 0;
  const { year, month } = yearMonth(published);
  const isMonth = unitWord.toLowerCase() === 'month';
  let { start, end } = isMonth ? monthRange(year, month + shift) : { start: `${String(year + shift)}-01-01`, end: `${String(year + shift)}-12-31` };
  if (which === 'this') {
    const later = direction ? direction.toLowerCase() === 'later' : future;
    if (later) start = published;
    else end = published;
  }
  return { start, end, precision: isMonth ? 'month' : 'approximate', basis: 'relative-phrase' };
}

function day(iso: string) {
  return { start: iso, end: iso, precision: 'day' as const, basis: 'relative-phrase' as const };
}
