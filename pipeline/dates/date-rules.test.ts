import { describe, expect, test } from 'vitest';
import { segmentSentences } from '../sentences/segment-sentences';
import { resolveDates } from './resolve-dates';

/** Dates found in text published on `published`, as [words, start, end]. */
function datesIn(text: string, published: string) {
  return resolveDates(text, segmentSentences(text), published).map((d) => [d.text, d.date.start, d.date.end]);
}

describe('a year the text does not state is the publication year, or the one before', () => {
  test('a future day in a story never moves to the next year', () => {
    expect(datesIn('The committee will reconvene on March 3.', '2024-03-20')).toEqual([['March 3', '2024-03-03', '2024-03-03']]);
    expect(datesIn('Negotiators plan to return in February.', '2024-03-20')).toEqual([['in February', '2024-02-01', '2024-02-29']]);
  });

  test('a past day or month after the publication month is last year', () => {
    expect(datesIn('The envoy last visited on November 14.', '2024-03-20')).toEqual([['November 14', '2023-11-14', '2023-11-14']]);
    expect(datesIn('The border was closed in October.', '2024-03-20')).toEqual([['in October', '2023-10-01', '2023-10-31']]);
  });

  test('a day of the next weeks stays in this year even in the past tense ("the June 2 talks")', () => {
    expect(datesIn('Officials confirmed the June 2 talks.', '2024-05-28')).toEqual([['June 2', '2024-06-02', '2024-06-02']]);
  });
});

describe('number lists and times are not years', () => {
  test('"March 4, 6" is a list of days: each a day of March (dates/day-lists.ts), the second no year', () => {
    expect(datesIn('Delegations met on March 4, 6 and 9 in Geneva.', '2024-03-20')).toEqual([['March 4', '2024-03-04', '2024-03-04'], ['6', '2024-03-06', '2024-03-06'], ['9', '2024-03-09', '2024-03-09']]);
  });

  test('a four-digit year after the day is still read', () => {
    expect(datesIn('Delegations met on March 4, 2023 in Geneva.', '2024-03-20')).toEqual([['March 4, 2023', '2023-03-04', '2023-03-04']]);
  });

  test('a clock time before the date is not part of it', () => {
    expect(datesIn('Sirens sounded at 06.45 on March 4 across the region.', '2024-03-20')).toEqual([['March 4', '2024-03-04', '2024-03-04']]);
    expect(datesIn('Sirens sounded at 06.45 across the region.', '2024-03-20')).toEqual([]);
  });
});

describe('plans and anchors', () => {
  test('"in the coming days" is up to a fortnight after publication (days fewer than would be called weeks); "in the coming weeks" three', () => {
    expect(datesIn('A second round is expected in the coming days.', '2024-03-20')).toEqual([['in the coming days', '2024-03-21', '2024-04-03']]);
    expect(datesIn('A second round is expected in the coming weeks.', '2024-03-20')).toEqual([['in the coming weeks', '2024-03-21', '2024-04-10']]);
  });

  test('"the day before the raid" counts from the day the story gave the raid, in any earlier sentence', () => {
    const text = 'A drone strike hit the port on March 12, officials said.\n\nThe day before the attack, the mayor had asked for air defence.';
    expect(datesIn(text, '2024-03-14')).toEqual([
      ['March 12', '2024-03-12', '2024-03-12'],
      ['The day before', '2024-03-11', '2024-03-11'],
    ]);
  });

  test('an anchor naming a happening the story never dated stays unresolved', () => {
    expect(datesIn('The day before the summit, the ministers spoke by phone.', '2024-03-14')).toEqual([]);
  });
});

describe('nights and ranges of days', () => {
  test('a night runs into the next day, but a night already told ends by publication', () => {
    expect(datesIn('Shelling went on through Tuesday night in the border villages.', '2025-05-09')).toEqual([['Tuesday night', '2025-05-06', '2025-05-07']]);
    expect(datesIn('Sirens sounded in Odesa on Friday night.', '2025-05-09')).toEqual([['on Friday night', '2025-05-09', '2025-05-09']]);
    expect(datesIn('The convoy will cross on Friday night.', '2025-05-09')).toEqual([['on Friday night', '2025-05-09', '2025-05-10']]);
  });

  test('"the night of" a day holds the night into it and the night after it (rule night-of-either-side)', () => {
    expect(datesIn('Artillery fire was heard on the night of 3 March near the dam.', '2025-03-10')).toEqual([['3 March', '2025-03-02', '2025-03-04']]);
    // A night told in a paper of that very day cannot have run on past it.
    expect(datesIn('Drones crossed the border on the night of March 10, the army said.', '2025-03-10')).toEqual([['March 10', '2025-03-09', '2025-03-10']]);
    // Look-alikes: a night that names its two days, and a plain day, stay as written.
    expect(datesIn('Drones crossed the border on the night of March 8-9.', '2025-03-10')).toEqual([['March 8-9', '2025-03-08', '2025-03-09']]);
    expect(datesIn('The night shift began on March 3 at the dam.', '2025-03-10')).toEqual([['March 3', '2025-03-03', '2025-03-03']]);
  });

  test('a month-first range of days is one range ("June 3-4", "June 30-July 2"), never a day of another month', () => {
    expect(datesIn('Delegations met in Geneva on June 3-4 to discuss prisoners.', '2025-06-10')).toEqual([['June 3-4', '2025-06-03', '2025-06-04']]);
    expect(datesIn('The June 30-July 2 round of talks ended without a deal.', '2025-07-05')).toEqual([['June 30-July 2', '2025-06-30', '2025-07-02']]);
  });
});

describe('a weekday in the future tense', () => {
  test('is the publication day itself when it names that weekday ("will meet on Thursday" in a Thursday paper)', () => {
    expect(datesIn('The cabinet will meet on Thursday to review the truce.', '2025-05-15')).toEqual([['on Thursday', '2025-05-15', '2025-05-15']]);
    expect(datesIn('The cabinet will meet next Thursday to review the truce.', '2025-05-15')).toEqual([['next Thursday', '2025-05-22', '2025-05-22']]);
  });
});

describe('a weekday that starts something ("starting Monday")', () => {
  test('names the day it begins, ahead of the report, even after a verb in the past', () => {
    // Published on a Sunday: "starting Monday" is the next day, not six days before.
    expect(datesIn('The mediators had offered a two-week truce starting Monday.', '2025-06-08')).toEqual([['starting Monday', '2025-06-09', '2025-06-09']]);
    expect(datesIn('Both sides accepted a curfew effective Friday across the valley.', '2025-06-08')).toEqual([['effective Friday', '2025-06-13', '2025-06-13']]);
  });

  test('a weekday the same verbs did not start stays the last such day', () => {
    expect(datesIn('The mediators offered a two-week truce on Monday.', '2025-06-08')).toEqual([['on Monday', '2025-06-02', '2025-06-02']]);
    expect(datesIn('The truce began Monday and broke down within hours.', '2025-06-08')).toEqual([['Monday', '2025-06-02', '2025-06-02']]);
  });
});

describe('"later Monday", "earlier Monday": the day of the telling', () => {
  test('is the publication day, or the day before for a paper a time zone ahead, in any tense', () => {
    // 2024-03-19 is a Tuesday.
    expect(datesIn('The president will speak with the allies later Monday.', '2024-03-19')).toEqual([['later Monday', '2024-03-18', '2024-03-18']]);
    expect(datesIn('The minister said earlier Tuesday that talks would go on.', '2024-03-19')).toEqual([['earlier Tuesday', '2024-03-19', '2024-03-19']]);
    expect(datesIn('The president will speak with the allies later on Wednesday.', '2024-03-19')).toEqual([['later on Wednesday', '2024-03-20', '2024-03-20']]);
  });

  test('negative: "next Monday" and a future bare weekday still lie ahead', () => {
    expect(datesIn('The president will speak with the allies next Monday.', '2024-03-19')).toEqual([['next Monday', '2024-03-25', '2024-03-25']]);
    expect(datesIn('The president will speak with the allies on Monday.', '2024-03-19')).toEqual([['on Monday', '2024-03-25', '2024-03-25']]);
  });
});

describe('a bare month naming when a thing happened (rule month-of-a-thing)', () => {
  test('"a July attack", "the March talks", "Kyiv’s June offensive" date the thing to that month', () => {
    expect(datesIn('The barrage was larger than a July attack on the capital.', '2025-09-09')).toEqual([['July', '2025-07-01', '2025-07-31']]);
    expect(datesIn('The March talks in Jeddah produced a short-lived truce.', '2025-05-02')).toEqual([['March', '2025-03-01', '2025-03-31']]);
    // A month still ahead is this year's when told of the future, last year's when told of the past.
    expect(datesIn('The council will hold a July meeting on the treaty.', '2025-05-02')).toEqual([['July', '2025-07-01', '2025-07-31']]);
    expect(datesIn('Kyiv’s November offensive had stalled by spring.', '2025-05-02')).toEqual([['November', '2024-11-01', '2024-11-30']]);
  });

  test('look-alikes: a month with no thing after it, a day of the month, and the verb "may" are no such date', () => {
    expect(datesIn('Ministers hope the June weather holds for the harvest.', '2025-05-02')).toEqual([]);
    expect(datesIn('The July 4 talks ended early.', '2025-07-08')).toEqual([['July 4', '2025-07-04', '2025-07-04']]);
    expect(datesIn('Officials said the may attack plans were leaked.', '2025-05-02')).toEqual([]);
  });
});

describe('"later in the week", "earlier in the month" (rule in-the-week)', () => {
  test('are the days of "later this week", "earlier this month"', () => {
    // A Tuesday paper: the rest of the week; a Friday paper: the week up to it (from the Sunday before, either usage).
    expect(datesIn('The minister will travel to Oslo later in the week.', '2024-03-19')).toEqual([['later in the week', '2024-03-19', '2024-03-24']]);
    expect(datesIn('The minister travelled to Oslo earlier in the week.', '2024-03-22')).toEqual([['earlier in the week', '2024-03-17', '2024-03-22']]);
    expect(datesIn('The ministers met earlier in the month.', '2024-03-22')).toEqual([['earlier in the month', '2024-03-01', '2024-03-22']]);
    expect(datesIn('A summit is planned for later in the year.', '2024-03-22')).toEqual([['later in the year', '2024-03-22', '2024-12-31']]);
  });

  test('negative: "in the week" with no word of time, or of a week named by its number, is no date', () => {
    expect(datesIn('Prices rose in the week of the vote.', '2024-03-22')).toEqual([]);
    expect(datesIn('He was the third caller in the week.', '2024-03-22')).toEqual([]);
  });
});

describe('the week of a Sunday paper (rule sunday-paper-week)', () => {
  test('"last week" runs to the Saturday before it; a week still ahead runs through the six days after it', () => {
    // Sunday 24 March 2024: the week of 11-17 March (Monday weeks) or of 17-23 March (Sunday weeks).
    expect(datesIn('The envoys met last week.', '2024-03-24')).toEqual([['last week', '2024-03-10', '2024-03-23']]);
    expect(datesIn('The envoys will meet later this week.', '2024-03-24')).toEqual([['later this week', '2024-03-24', '2024-03-30']]);
  });

  test('negative: a paper of any other day keeps its one week', () => {
    expect(datesIn('The envoys met last week.', '2024-03-25')).toEqual([['last week', '2024-03-17', '2024-03-24']]);
    expect(datesIn('The envoys will meet later this week.', '2024-03-21')).toEqual([['later this week', '2024-03-21', '2024-03-24']]);
  });
});

describe('a span of weekdays (rule weekday-span)', () => {
  test('"from Saturday evening through Sunday" runs from the first weekday to the next such later one', () => {
    // A Saturday paper: the Sunday is the day after, not the Sunday before.
    expect(datesIn('The ceasefire holds from Saturday evening through Sunday.', '2024-03-23')).toEqual([['from Saturday evening through Sunday', '2024-03-23', '2024-03-24']]);
    expect(datesIn('Shelling went on from Friday night into Saturday.', '2024-03-23')).toEqual([['from Friday night into Saturday', '2024-03-22', '2024-03-23']]);
    // Ahead: from the next Monday.
    expect(datesIn('The talks will run from Monday to Thursday.', '2024-03-23')).toEqual([['from Monday to Thursday', '2024-03-25', '2024-03-28']]);
  });

  test('negative: weekdays not joined by "from ... to" stay one by one', () => {
    expect(datesIn('The ceasefire began on Saturday; talks opened on Sunday.', '2024-03-25')).toEqual([['on Saturday', '2024-03-23', '2024-03-23'], ['on Sunday', '2024-03-24', '2024-03-24']]);
  });
});

describe('a part of the day counted from a day told (rule parts-of-the-day-before)', () => {
  test('"the previous night", "the previous evening", "the next morning" count from the day told before', () => {
    // Saturday paper: the night before Friday runs from Thursday evening into Friday.
    expect(datesIn('The guns fired on Friday. Both armies had traded fire the previous night.', '2024-03-23')).toContainEqual(['the previous night', '2024-03-21', '2024-03-22']);
    expect(datesIn('Oslo on Thursday recalled its envoy, answering steps taken the previous evening by Rome.', '2024-03-23')).toContainEqual(['the previous evening', '2024-03-20', '2024-03-20']);
    expect(datesIn('The summit opened on March 3. The next morning the envoys left.', '2024-03-23')).toContainEqual(['The next morning', '2024-03-04', '2024-03-04']);
  });

  test('negative: with no day told before, they are no date', () => {
    expect(datesIn('Both armies had traded fire the previous night.', '2024-03-23')).toEqual([]);
  });
});
