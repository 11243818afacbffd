import { addDays, daysBetween, minIso } from './calendar';
import { NIGHT_BEFORE, NIGHT_REACH, OVER_THE_LAST } from './relative-phrases';
import { REPORTING_VERB } from '../lexicon/reporting-verbs';
import type { DateMention } from '../types';

const IS_NIGHT = new RegExp(`^${NIGHT_BEFORE.source}$`, 'i');
const IS_PAST_SPAN = new RegExp(`^${OVER_THE_LAST.source}$`, 'i');

/** Whether a date mention is a night told from the news day ("overnight", "last night"). */
export const isNightBefore = (d: DateMention): boolean => IS_NIGHT.test(d.text) && d.date.basis === 'relative-phrase';

/**
 * A verb of saying right before a day, with up to three words of when, to whom or where between ("the air force said on
 * Sunday", "said late on Friday", "told reporters on May 11"); not a clause of its own ("said Russia had struck on Friday").
 */
const SAID_BEFORE = new RegExp(String.raw`(?:${REPORTING_VERB.source})\s+(?:(?:on|late|early|earlier|later|in|at|a|an|the|its|his|her|their|reporters|journalists|statement|briefing|post|interview)\s+){0,3}$`, 'iu');
/** A day that opens its sentence, then the teller and a verb of saying ("On Saturday, the mayor of Kharkiv said"). */
const OPENS_BEFORE_SAYING = new RegExp(String.raw`^,?\s+(?:[\p{L}'’.-]+\s+){1,7}?(?:${REPORTING_VERB.source})`, 'iu');
/** What joins "overnight" to the day it names: "overnight into Sunday", "overnight to May 11", "overnight (on) Saturday". */
const INTO_THE_DAY = /^\s+(?:into|to)\s+$/i;
const ON_THE_DAY = /^\s+(?:on\s+)?$/i;
/** A night named by words that are no date of their own, right before its day: "in the night to Sunday", "the night of Saturday". */
const NIGHT_NAMED = /\b(?:the\s+)?night\s+(of|to|into)\s+(?:the\s+)?$/i;

/**
 * Rule "teller's-day": a single day that is the date of a verb of saying in the sentence ("the air force said on
 * Sunday", "On Saturday, the mayor said") is the news day of what the sentence tells, however far from publication: a
 * report of a night's strikes is made the morning after them.
 */
function tellersDay(days: DateMention[], text: string, offset: number): DateMention | undefined {
  const told = days.filter((d) => {
    const before = text.slice(0, d.start - offset);
    return SAID_BEFORE.test(before) || (/^\W*$/.test(before) && OPENS_BEFORE_SAYING.test(text.slice(d.end - offset)));
  });
  return told.length === 1 ? told[0] : undefined;
}

/** The night into a day ("into"), or either night beside it ("on"), never past publication for a night already told. */
function nightOf(day: DateMention['date'], into: boolean, published: string): DateMention['date'] {
  const end = into ? day.start : day.start < published ? minIso(addDays(day.start, 1), published) : addDays(day.start, 1);
  return { ...day, start: addDays(day.start, -1), end, precision: 'approximate' };
}

/**
 * Rule "night-into-the-day": "overnight into Sunday", "overnight to May 11", "in the night to Sunday" name one night,
 * the evening before that day into it; "overnight Saturday", "overnight on Saturday" and "the night of Saturday" are
 * told of the night into Saturday (copy from Kyiv) and of the night after it (American copy), so the honest range
 * holds both, never past publication for a night already told. "Overnight Thursday into Friday" is the two days named.
 * The night and its day are one date, so that the act is not dated once by each (two events for one attack).
 */
function nightsOfNamedDays(found: DateMention[], text: string, offset: number, published: string): DateMention[] {
  const out: DateMention[] = [];
  for (const d of found) {
    const oneDay = d.date.start === d.date.end;
    const twoDays = !oneDay && daysBetween(d.date.start, d.date.end) === 1;
    const night = out[out.length - 1];
    const gap = night && isNightBefore(night) ? text.slice(night.end - offset, d.start - offset) : undefined;
    if (night && gap !== undefined && ((oneDay && INTO_THE_DAY.test(gap)) || ((oneDay || twoDays) && ON_THE_DAY.test(gap)))) {
      const date = twoDays ? d.date : nightOf(d.date, INTO_THE_DAY.test(gap), published);
      out[out.length - 1] = { start: night.start, end: d.end, text: text.slice(night.start - offset, d.end - offset), date };
      continue;
    }
    const named = oneDay ? NIGHT_NAMED.exec(text.slice(0, d.start - offset)) : null;
    if (named) {
      const start = d.start - named[0].length;
      out.push({ start, end: d.end, text: text.slice(start - offset, d.end - offset), date: nightOf(d.date, named[1]?.toLowerCase() !== 'of', published) });
    } else out.push(d);
  }
  return out;
}

/**
 * Rule "night-of-the-day": "overnight" or "last night" in a sentence that names its news day ("officials said on Monday
 * that drones struck overnight", "strikes overnight, officials said on June 6") is the night before that day: from its
 * evening before into that day. Read from publication alone (rule "night-before") the night ran from two days before
 * the paper to its day, which missed the day told when the paper is dated the day before it (a time zone behind), and
 * gave way to the day itself as the act's date (u16: two overnight barrages). The teller's day (rule "teller's-day") is
 * the night's day however far back; otherwise only a single day near publication, where the night as read from
 * publication could lie, is the night's day: a day further off is another happening's.
 */
export function anchorNights(mentions: DateMention[], published: string, text: string, offset: number): DateMention[] {
  const found = nightsOfNamedDays([...mentions].sort((a, b) => a.start - b.start), text, offset, published);
  const days = found.filter((d) => !isNightBefore(d) && d.date.precision === 'day' && d.date.start === d.date.end);
  const near = days.filter((d) => d.date.start >= addDays(published, -NIGHT_REACH) && d.date.start <= addDays(published, 1));
  const teller = tellersDay(days, text, offset);
  const day = teller ?? (near.length === 1 && days.length === 1 ? near[0] : undefined);
  if (!day) return found;
  return found.map((d) => (isNightBefore(d) ? { ...d, date: { ...d.date, start: addDays(day.date.start, -1), end: day.date.start } } : teller ? pastSpanOfTheTelling(d, teller.date.start, published) : d));
}

/**
 * Rule "past-hours-of-the-telling": "over the past 24 hours, the air force said on Sunday" counts back from the day of
 * the telling, not from publication: the span read from publication left out the day told when the paper came days
 * later. Only back from a day before publication, so that the span never runs past the paper.
 */
function pastSpanOfTheTelling(d: DateMention, told: string, published: string): DateMention {
  if (!IS_PAST_SPAN.test(d.text) || d.date.basis !== 'relative-phrase' || d.date.end !== published || told >= published) return d;
  const back = daysBetween(told, published);
  return { ...d, date: { ...d.date, start: addDays(d.date.start, -back), end: told } };
}
