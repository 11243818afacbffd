import { monthIndex, WEEKDAYS } from '../lexicon/calendar-words';
import { addDays, daysBetween, lastWeekdayOnOrBefore, minIso, monthRange, nextWeekdayAfter, partOfMonth, startOfWeek, yearMonth } from './calendar';
import { isCapitalised, MONTH, WEEKDAY, type MentionDate, type PhraseContext, type PhraseRule } from './date-phrase';
import { OCCURRENCE_NOUN } from './noun-dates';

/**
 * The year of a month named without one: the publication year, or the year before for a month after publication
 * told in the past. Never the year after: a year the text does not state is one the article has lived through.
 */
function yearForMonth(month: number, { published, future }: PhraseContext): number {
  const { year, month: pubMonth } = yearMonth(published);
  return month <= pubMonth || future ? year : year - 1;
}

const NOT_A_YEAR = /^\s*(?:%|per ?cent|people|persons|soldiers|troops|civilians|militants|terrorists|men|women|children|km|kilometres|kilometers|miles|metres|meters|crore|lakh|tonnes|tons|dollars|rupees|hours|minutes|feet|votes|cases|deaths|units)\b/i;

/** A week named right after a weekday: "on Wednesday last week", "Friday of next week". */
const WEEK_AFTER = /^,?\s+(?:of\s+)?(last|next|this)\s+week\b/i;

/** A word right after a year, which the year qualifies. */
const ATTRIBUTIVE = /^\s+\p{L}/u;

/** Words that name a weekday as the day something begins ("starting Monday"), never a day already past. */
const STARTS = /^(?:starting|beginning|effective)\b/;

/** The parts of a day that may follow a weekday ("Friday night", "Saturday evening"). */
const DAY_PARTS = 'morning|afternoon|evening|night';
/** A part of the day after a weekday, if any, as a regex source (no groups). */
const PART_OF_DAY = `(?: (?:${DAY_PARTS}))?`;
/** No date right after a weekday: "Friday, May 9" or "Friday 9 May" is an explicit date, left to the explicit-date parser. */
const NO_DATE_AFTER = String.raw`(?! ?,? ?(?:\d{1,2}(?:st|nd|rd|th)? ${MONTH}|${MONTH} \d))`;

/**
 * "on Tuesday and Wednesday", "from Saturday evening through Sunday": the days from the first weekday (read as one
 * weekday is: the last such day, or the next one for what lies ahead) to the first such later weekday after it.
 */
function weekdaysFromTo(m: RegExpExecArray, ctx: PhraseContext): { start: string; end: string } | null {
  if (!isCapitalised(m[1]) || !isCapitalised(m[2])) return null;
  const first = WEEKDAYS.indexOf((m[1] ?? '').toLowerCase());
  const second = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase());
  const start = ctx.future ? nextWeekdayAfter(addDays(ctx.published, -1), first) : lastWeekdayOnOrBefore(ctx.published, first);
  return { start, end: nextWeekdayAfter(start, second) };
}

/** Rules "weekday-between" and "weekday-span": the days from the first weekday named to the second. */
function weekdaySpan(m: RegExpExecArray, ctx: PhraseContext): MentionDate | null {
  const days = weekdaysFromTo(m, ctx);
  return days && { ...days, precision: 'approximate', basis: 'weekday-relative' };
}

/** Months, years and weekdays named in the text: "earlier in April", "mid-May 2025", "in 2020", "on Thursday". */
export const CALENDAR_RULES: PhraseRule[] = [
  {
    name: 'month',
    re: new RegExp(String.raw`(?<!\d(?:st|nd|rd|th)?(?: of)? )\b(?:(earlier|later|early|mid|late|the end of|the beginning of|the start of|since|in|during|until|by|through|throughout|last|this|next|of)[- ](?:(?<=(?:earlier|later|early|late|mid)[- ])in )?)?${MONTH}(?:,? (\d{4}))?\b(?!\.? ?\d)`, 'gi'),
    resolve: (m, ctx) => {
      const modifier = (m[1] ?? '').toLowerCase();
      if (!isCapitalised(m[2]) || (!modifier && !m[3])) return null;
      // "May" after "this", "by", "in" can still be the verb in lower case; a capital rules that out above.
      const month = monthIndex(m[2] ?? '');
      if (month === 0) return null;
      const year = m[3] ? Number(m[3]) : modifier === 'last' ? yearForMonth(month, { ...ctx, future: false }) - (month === yearMonth(ctx.published).month ? 1 : 0) : yearForMonth(month, ctx);
      const { start, end } = monthRange(year, month);
      const basis = m[3] ? 'explicit' : 'relative-phrase';
      const part = (from: number, to: number): MentionDate => ({ ...partOfMonth(year, month, from, to), precision: 'approximate', basis });
      if (modifier === 'early' || modifier === 'the beginning of' || modifier === 'the start of') return part(1, 10);
      if (modifier === 'mid') return part(11, 20);
      if (modifier === 'late' || modifier === 'the end of') return part(21, 31);
      if (modifier === 'earlier' || modifier === 'since') {
        const upTo = end < ctx.published ? end : ctx.published;
        return { start, end: upTo < start ? start : upTo, precision: modifier === 'since' ? 'approximate' : 'month', basis };
      }
      if (modifier === 'later') return { start: ctx.published > start && ctx.published < end ? ctx.published : start, end, precision: 'month', basis };
      return { start, end, precision: 'month', basis };
    },
  },
  {
    // Rule "month-of-a-thing": a bare month between a determiner and the noun of something that happens ("a July
    // attack", "the March talks", "Russia's June offensive") dates that thing to the month, as "in July" would: the
    // month of the publication year, or of the year before for a month still ahead told in the past. The determiner
    // stays outside the date's words, so that the noun-date reader sees the month as the noun's own.
    name: 'month-of-a-thing',
    re: new RegExp(String.raw`(?<=\b(?:a|an|the|its|their|his|her|last\s+year['’]s|[\p{L}]+['’]s)\s)${MONTH}\b(?=\s(?:[\p{L}-]+\s){0,2}${OCCURRENCE_NOUN}\b)`, 'giu'),
    resolve: (m, ctx) => {
      const month = monthIndex(m[1] ?? '');
      if (!isCapitalised(m[1]) || month === 0) return null;
      const before = m.input.slice(Math.max(0, m.index - 16), m.index);
      const year = /last\s+year['’]s\s$/i.test(before) ? yearMonth(ctx.published).year - 1 : yearForMonth(month, ctx);
      return { ...monthRange(year, month), precision: 'month', basis: 'relative-phrase' };
    },
  },
  {
    name: 'year',
    re: /\b(in|since|during|until|before|after|by|of|the|early|late|mid|throughout)[- ](19\d\d|20\d\d)\b(?![-–/]\d)/gi,
    resolve: (m, ctx) => {
      const rest = m.input.slice(m.index + m[0].length);
      if (NOT_A_YEAR.test(rest)) return null;
      const y = m[2] ?? '';
      const modifier = (m[1] ?? '').toLowerCase();
      // "the 1960 Indus Waters Treaty", "the 1999 war": a year before a noun names that thing, not when anything in
      // the sentence happened ("rejected an award over the 1960 treaty on Friday" is Friday's).
      if (modifier === 'the' && ATTRIBUTIVE.test(rest)) return null;
      const [from, to] = modifier === 'early' ? ['01-01', '04-30'] : modifier === 'mid' ? ['05-01', '08-31'] : modifier === 'late' ? ['09-01', '12-31'] : ['01-01', '12-31'];
      const start = `${y}-${from}`;
      const end = modifier === 'since' && ctx.published > start ? ctx.published : `${y}-${to}`;
      return { start, end, precision: 'approximate', basis: 'explicit' };
    },
  },
  {
    // "a summit taking place on Tuesday and Wednesday": two weekdays joined by "and" are the days from one to the other,
    // read the way one weekday is (the later one is the first such day after the earlier). Only days that follow each
    // other: "met on Monday and Wednesday" is two days apart, a list of two days, each read by the rule for one weekday
    // (and told as two acts, dates/day-lists.ts).
    name: 'weekday-pair',
    re: new RegExp(String.raw`\bon ${WEEKDAY} and ${WEEKDAY}\b${NO_DATE_AFTER}`, 'gi'),
    resolve: (m, ctx) => {
      const days = weekdaysFromTo(m, ctx);
      if (!days || daysBetween(days.start, days.end) > 1) return null;
      return { ...days, precision: 'approximate', basis: 'weekday-relative' };
    },
  },
  {
    // Rule "weekday-between": "shelled the city between Friday and Sunday": the days from the first weekday to the
    // second, as "from Friday to Sunday" is; read as two weekdays, the act was told twice, on each end of the span.
    name: 'weekday-between',
    re: new RegExp(String.raw`\bbetween ${WEEKDAY}${PART_OF_DAY} and ${WEEKDAY}${PART_OF_DAY}\b${NO_DATE_AFTER}`, 'gi'),
    resolve: weekdaySpan,
  },
  {
    // Rule "weekday-span": "a truce from Saturday evening through Sunday", "fire from Friday night into Saturday": the
    // days from the first weekday to the first such later weekday after it, read as one weekday is (the first the last
    // such day, or the next one for what lies ahead). Read one by one, a past second weekday went back a week, before
    // the first (dev: an Easter truce "from Saturday evening through Sunday" in a Saturday paper ended the Sunday before).
    // A night told by its two days ("overnight Thursday into Friday", "the night of Saturday to Sunday") is one too.
    name: 'weekday-span',
    re: new RegExp(String.raw`(?:\bfrom |(?<=\b(?:overnight|night of) ))${WEEKDAY}${PART_OF_DAY} (?:to|through|until|till|into) ${WEEKDAY}${PART_OF_DAY}\b${NO_DATE_AFTER}`, 'gi'),
    resolve: weekdaySpan,
  },
  {
    // A weekday followed by a date ("Friday, May 9") is an explicit date, left to the explicit-date parser. A time of day
    // before it ("late on Tuesday", "early Friday", "before dawn on Sunday") is part of the date's words, that day still:
    // left out, it stood between a verb and its date as a word of something else ("told the envoy late on Tuesday that
    // ...", "before" opening a clause of its own).
    name: 'weekday',
    re: new RegExp(String.raw`\b(?:(last|this|next|on|coming|this coming|on the|starting|beginning|effective|starting on|beginning on|effective on|later|earlier|later on|earlier on|late|early|late on|early on|(?:before|at|just before|shortly before) dawn(?: on)?) )?${WEEKDAY}${NO_DATE_AFTER}(?:['’]s)?(?: (?<part>${DAY_PARTS}))?\b`, 'gi'),
    resolve: (m, ctx) => {
      if (!isCapitalised(m[2])) return null;
      const weekday = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase());
      const modifier = (m[1] ?? '').toLowerCase();
      // "on Wednesday last week": that weekday of the week named, whatever the publication day is.
      const week = WEEK_AFTER.exec(m.input.slice(m.index + m[0].length))?.[1]?.toLowerCase();
      if (week && !m.groups?.part) {
        const monday = addDays(startOfWeek(ctx.published), week === 'last' ? -7 : week === 'next' ? 7 : 0);
        const iso = addDays(monday, (weekday + 6) % 7);
        return { start: iso, end: iso, precision: 'day', basis: 'weekday-relative' };
      }
      // "will speak later Monday", "said earlier Monday": the day of the telling itself, which is the publication day or,
      // for a paper a time zone ahead, the day before it; never a week on, whatever the tense.
      if (/^(?:later|earlier)/.test(modifier)) {
        const iso = lastWeekdayOnOrBefore(addDays(ctx.published, 1), weekday);
        return { start: iso, end: iso, precision: 'day', basis: 'weekday-relative' };
      }
      const named = modifier === 'next' || modifier.includes('coming');
      // "a truce starting Monday", "effective Friday": the start of what is proposed or decided, which lies ahead of
      // the report (the publication day itself at the earliest), whatever tense the proposing verb is in.
      const starts = STARTS.test(modifier);
      // "will meet on Thursday" in a Thursday paper is that day; "next Thursday" and "this coming Thursday" are a week on.
      const iso = named
        ? nextWeekdayAfter(ctx.published, weekday)
        : modifier !== 'last' && (ctx.future || starts)
          ? nextWeekdayAfter(addDays(ctx.published, -1), weekday)
          : lastWeekdayOnOrBefore(modifier === 'last' ? addDays(ctx.published, -1) : ctx.published, weekday);
      // "Thursday night" runs into Friday, but a night already told ends by publication.
      const night = (m.groups?.part ?? '').toLowerCase() === 'night';
      const end = night ? (named || ctx.future || starts ? addDays(iso, 1) : minIso(addDays(iso, 1), ctx.published)) : iso;
      return { start: iso, end, precision: 'day', basis: 'weekday-relative' };
    },
  },
];

