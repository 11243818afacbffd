import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readArticle } from '../ingest/read-article';
import { segmentSentences } from '../sentences/segment-sentences';
import { resolveDates } from './resolve-dates';

const seed = (f: string) => {
  const a = readArticle(f, readFileSync(`data/articles/${f}`, 'utf8'));
  const sentences = segmentSentences(a.body, a.boilerplate);
  return { a, sentences, dates: resolveDates(a.body, sentences, a.meta.published) };
};

/** Dates found in one sentence of text published on `published`, as [words, start, end, precision, basis]. */
function datesIn(text: string, published: string) {
  return resolveDates(text, segmentSentences(text), published).map((d) => [d.text, d.date.start, d.date.end, d.date.precision, d.date.basis]);
}

describe('dates in the seed articles', () => {
  test('every mention is the exact words of the body, with a valid range', () => {
    for (const f of ['000_33d9e51da9844c80.txt', '001_94da05fad19ce5d3.txt', '002_21932a248247e45f.txt']) {
      const { a, dates } = seed(f);
      for (const d of dates) {
        expect(a.body.slice(d.start, d.end)).toBe(d.text);
        expect(d.date.start <= d.date.end).toBe(true);
      }
    }
  });

  test('"on Thursday" in a story of Friday 9 May 2025 is 8 May; "April 22" is this year\'s', () => {
    const { dates } = seed('000_33d9e51da9844c80.txt');
    expect(dates.find((d) => d.text === 'on Thursday')?.date).toEqual({ start: '2025-05-08', end: '2025-05-08', precision: 'day', basis: 'weekday-relative' });
    expect(dates.find((d) => d.text === 'April 22')?.date).toEqual({ start: '2025-04-22', end: '2025-04-22', precision: 'day', basis: 'explicit' });
    expect(dates.find((d) => d.text === 'over the last two days')?.date).toMatchObject({ start: '2025-05-07', end: '2025-05-09', precision: 'approximate' });
  });

  test('"for decades" and "in today\'s world" are not dates; "this morning" is the day of publication', () => {
    const { dates } = seed('001_94da05fad19ce5d3.txt');
    expect(dates.some((d) => /decades|today/i.test(d.text))).toBe(false);
    expect(dates.find((d) => d.text === 'This morning')?.date).toMatchObject({ start: '2025-05-09', precision: 'day', basis: 'relative-phrase' });
    expect(dates.find((d) => d.text === 'over the last few weeks')?.date).toMatchObject({ end: '2025-05-09', precision: 'approximate' });
  });

  test('the dateline of 001 is publication, not an event in the first sentence', () => {
    const { a, dates } = seed('001_94da05fad19ce5d3.txt');
    expect(dates.some((d) => d.start < a.body.indexOf('Amid'))).toBe(false);
  });

  test('"on Tuesday" in a story of Tuesday 15 April 2025 is that day', () => {
    const { dates } = seed('002_21932a248247e45f.txt');
    expect(dates.find((d) => d.text === 'on Tuesday')?.date.start).toBe('2025-04-15');
  });
});

describe('dates in sentences the seeds do not contain', () => {
  test('weekdays are the last such day on or before publication', () => {
    expect(datesIn('Foreign Secretary Vikram Misri said on Saturday that the DGMO of Pakistan called his Indian counterpart.', '2025-05-11')).toEqual([['on Saturday', '2025-05-10', '2025-05-10', 'day', 'weekday-relative']]);
    expect(datesIn('India launched Operation Sindoor in the early hours of Wednesday, striking nine sites.', '2025-05-08')).toEqual([['Wednesday', '2025-05-07', '2025-05-07', 'day', 'weekday-relative']]);
    expect(datesIn('US Special Envoy Steve Witkoff met Russian President Vladimir Putin in St. Petersburg on Friday, the Kremlin said.', '2025-04-12')).toEqual([['on Friday', '2025-04-11', '2025-04-11', 'day', 'weekday-relative']]);
  });

  test('planned events resolve forward', () => {
    expect(datesIn('The two DGMOs will speak again on May 12 at 12 noon.', '2025-05-11')).toEqual([['May 12', '2025-05-12', '2025-05-12', 'day', 'explicit']]);
    expect(datesIn('The talks are scheduled for Friday.', '2025-05-07')).toEqual([['Friday', '2025-05-09', '2025-05-09', 'day', 'weekday-relative']]);
    expect(datesIn('The US envoy is expected to travel to Moscow again next week.', '2025-04-15')).toEqual([['next week', '2025-04-21', '2025-04-27', 'week', 'relative-phrase']]);
  });

  test('each date takes the tense nearest to it', () => {
    expect(datesIn('Leavitt said on Tuesday that Trump will meet Zelenskyy on Friday.', '2025-04-16')).toEqual([
      ['on Tuesday', '2025-04-15', '2025-04-15', 'day', 'weekday-relative'],
      ['on Friday', '2025-04-18', '2025-04-18', 'day', 'weekday-relative'],
    ]);
  });

  test('the verb before a date governs it, not a reporting verb after it ("would meet ... on Thursday, Lavrov said")', () => {
    expect(datesIn('Putin would meet Zelenskyy in Istanbul on Thursday, Lavrov said.', '2025-05-14')).toEqual([['on Thursday', '2025-05-15', '2025-05-15', 'day', 'weekday-relative']]);
    expect(datesIn('The talks would take place on Thursday, the ministry said.', '2025-05-14')).toEqual([['on Thursday', '2025-05-15', '2025-05-15', 'day', 'weekday-relative']]);
    // Negative: a past verb before it, or no marker before and a past one after, is a past day.
    expect(datesIn('Putin met Zelenskyy in Istanbul on Thursday, Lavrov said.', '2025-05-14')).toEqual([['on Thursday', '2025-05-08', '2025-05-08', 'day', 'weekday-relative']]);
    expect(datesIn('On Thursday, the delegations met in Istanbul.', '2025-05-14')).toEqual([['On Thursday', '2025-05-08', '2025-05-08', 'day', 'weekday-relative']]);
  });

  test('a date set before its clause is read by the clause\'s own verb, a regular past form too, before a plan told in it', () => {
    expect(datesIn('On Sunday, a broadcaster quoted an aide saying the envoy would travel to Minsk.', '2025-12-01')).toEqual([['On Sunday', '2025-11-30', '2025-11-30', 'day', 'weekday-relative']]);
    // Negative: a participle after "is" is no past verb; the plan after it still reads the day forward.
    expect(datesIn('On Friday, the envoy is expected to travel to Minsk.', '2025-12-01')).toEqual([['On Friday', '2025-12-05', '2025-12-05', 'day', 'weekday-relative']]);
    expect(datesIn('On Friday, the talks will proceed in Minsk.', '2025-12-01')).toEqual([['On Friday', '2025-12-05', '2025-12-05', 'day', 'weekday-relative']]);
  });

  test('relative days, weeks and months', () => {
    expect(datesIn("Pakistan's Defence Minister Khawaja Asif said yesterday that the country would respond.", '2025-05-09')).toEqual([['yesterday', '2025-05-08', '2025-05-08', 'day', 'relative-phrase']]);
    // The night before the news: the news is of the paper's day or of the day before it (a paper printed the next
    // morning), so the night may begin two evenings before publication.
    expect(datesIn('Drones were shot down over Jammu last night.', '2025-05-09')).toEqual([['last night', '2025-05-07', '2025-05-09', 'approximate', 'relative-phrase']]);
    expect(datesIn('Envoys met in Geneva after a barrage of missiles hit the port overnight.', '2025-05-09')).toEqual([['overnight', '2025-05-07', '2025-05-09', 'approximate', 'relative-phrase']]);
    expect(datesIn("The minister spoke of last night's shelling near the border.", '2025-05-09')).toEqual([["last night's", '2025-05-07', '2025-05-09', 'approximate', 'relative-phrase']]);
    // A night named by its weekday is that night, not the one before the news.
    expect(datesIn('Drones were shot down over Jammu on Wednesday night.', '2025-05-09')).toEqual([['on Wednesday night', '2025-05-07', '2025-05-08', 'day', 'weekday-relative']]);
    // A week begins on Monday in some usage and on Sunday in American papers': a past week holds both.
    expect(datesIn('Earlier this week, Ishaq Dar spoke to Wang Yi.', '2025-05-09')).toEqual([['Earlier this week', '2025-05-04', '2025-05-09', 'week', 'relative-phrase']]);
    expect(datesIn('The two envoys talked by phone last week.', '2025-05-09')).toEqual([['last week', '2025-04-27', '2025-05-04', 'week', 'relative-phrase']]);
    expect(datesIn('Both capitals have traded threats in the past few days.', '2025-05-09')).toEqual([['in the past few days', '2025-05-02', '2025-05-09', 'approximate', 'relative-phrase']]);
    expect(datesIn('Earlier this month, Prime Minister Modi cut short his visit to Saudi Arabia.', '2025-04-30')).toEqual([['Earlier this month', '2025-04-01', '2025-04-30', 'month', 'relative-phrase']]);
    expect(datesIn("Last month's attack killed 26 people.", '2025-05-02')).toEqual([['Last month', '2025-04-01', '2025-04-30', 'month', 'relative-phrase']]);
    expect(datesIn('Over the past two days, Vice President JD Vance and Secretary Rubio engaged with senior officials.', '2025-05-10')).toEqual([['Over the past two days', '2025-05-08', '2025-05-10', 'approximate', 'relative-phrase']]);
    // Hours reach back in whole days: "the past 48 hours" is the two days before and the day of the report.
    expect(datesIn('Over the past 48 hours, the two envoys have spoken twice.', '2025-05-10')).toEqual([['Over the past 48 hours', '2025-05-08', '2025-05-10', 'approximate', 'relative-phrase']]);
    expect(datesIn('Shelling went on in the last 24 hours.', '2025-05-10')).toEqual([['in the last 24 hours', '2025-05-09', '2025-05-10', 'approximate', 'relative-phrase']]);
    expect(datesIn('In the past few hours, both capitals issued statements.', '2025-05-10')).toEqual([['In the past few hours', '2025-05-09', '2025-05-10', 'approximate', 'relative-phrase']]);
    expect(datesIn('Putin declared an Easter truce three days ago.', '2025-04-22')).toEqual([['three days ago', '2025-04-19', '2025-04-19', 'day', 'relative-phrase']]);
    // Two weekdays joined by "and" are the days from one to the other, ahead or past as one weekday would be.
    expect(datesIn('The forum will meet on Thursday and Friday in Oslo.', '2025-06-24')).toEqual([['on Thursday and Friday', '2025-06-26', '2025-06-27', 'approximate', 'weekday-relative']]);
    expect(datesIn('The envoys met on Monday and Tuesday in Oslo.', '2025-06-26')).toEqual([['on Monday and Tuesday', '2025-06-23', '2025-06-24', 'approximate', 'weekday-relative']]);
    // A vague count of days reaches back a week and a half, and not to the publication day itself.
    expect(datesIn('Envoys of both governments sat down in Geneva a few days ago.', '2025-06-20')).toEqual([['a few days ago', '2025-06-10', '2025-06-18', 'approximate', 'relative-phrase']]);
    expect(datesIn('The minister flew home a couple of days ago.', '2025-06-20')).toEqual([['a couple of days ago', '2025-06-15', '2025-06-19', 'approximate', 'relative-phrase']]);
    expect(datesIn('The minister flew home two days ago.', '2025-06-20')).toEqual([['two days ago', '2025-06-18', '2025-06-18', 'day', 'relative-phrase']]);
  });

  test('months named without a day give month ranges, cut at publication when "earlier"', () => {
    expect(datesIn('Earlier in April, Vice President Vance visited New Delhi.', '2025-05-09')).toEqual([['Earlier in April', '2025-04-01', '2025-04-30', 'month', 'relative-phrase']]);
    expect(datesIn('Earlier in April, Witkoff met Putin.', '2025-04-15')).toEqual([['Earlier in April', '2025-04-01', '2025-04-15', 'month', 'relative-phrase']]);
    expect(datesIn('He was appointed in March 2024.', '2025-05-09')).toEqual([['in March 2024', '2024-03-01', '2024-03-31', 'month', 'explicit']]);
    expect(datesIn('This may change.', '2025-05-09')).toEqual([]);
  });

  test('explicit days and ranges', () => {
    expect(datesIn('Zelenskyy and Trump met at the Vatican on April 26 before the funeral.', '2025-04-27')).toEqual([['April 26', '2025-04-26', '2025-04-26', 'day', 'explicit']]);
    expect(datesIn('The attack of 22 April 2025 killed 26 people.', '2025-05-09')).toEqual([['22 April 2025', '2025-04-22', '2025-04-22', 'day', 'explicit']]);
    expect(datesIn('Between May 7 and May 10, the two armies exchanged drone and missile fire.', '2025-05-15')).toEqual([['May 7 and May 10', '2025-05-07', '2025-05-10', 'day', 'explicit']]);
    expect(datesIn('A December 20 summit in Moscow was cancelled.', '2025-05-09')).toEqual([['December 20', '2024-12-20', '2024-12-20', 'day', 'explicit']]);
    // Day first, opened by "from" or "between": the days from one to the other, not the last alone.
    expect(datesIn('Drones crossed the border from 7 to 10 May, officials said.', '2025-05-15')).toEqual([['from 7 to 10 May', '2025-05-07', '2025-05-10', 'day', 'explicit']]);
    expect(datesIn('Between 7th and 10th of May, the armies traded fire.', '2025-05-15')).toEqual([['Between 7th and 10th of May', '2025-05-07', '2025-05-10', 'day', 'explicit']]);
    // Negative: without "between", two days joined by "and" are not the days between them.
    expect(datesIn('The envoys met on 7 and 10 May.', '2025-05-15').some((d) => d[1] === '2025-05-07' && d[2] === '2025-05-10')).toBe(false);
  });

  test('counts from another date: after/before look ahead, later/next day look back', () => {
    expect(datesIn('India struck on May 7, two days after the cabinet met on May 5.', '2025-05-09')).toContainEqual(['two days after', '2025-05-07', '2025-05-07', 'day', 'relative-phrase']);
    expect(datesIn('Witkoff met Putin on April 11. Three days later, he briefed Trump.', '2025-04-20')).toContainEqual(['Three days later', '2025-04-14', '2025-04-14', 'approximate', 'relative-phrase']);
    // The anchor is an event with no date: nothing to count from, so no date rather than a wrong one.
    expect(datesIn('The strike came a day after Operation Sindoor.', '2025-05-09')).toEqual([]);
  });

  test('years are read, durations are not', () => {
    expect(datesIn('The treaty of 1960 has survived wars for decades.', '2025-04-24')).toEqual([['of 1960', '1960-01-01', '1960-12-31', 'approximate', 'explicit']]);
    expect(datesIn('Trump blamed the war on the "rigged" 2020 election.', '2025-04-15')).toEqual([]);
    expect(datesIn('Trump said he would have won in 2020.', '2025-04-15')).toEqual([['in 2020', '2020-01-01', '2020-12-31', 'approximate', 'explicit']]);
    expect(datesIn('The strikes killed 2020 people in 2019.', '2025-04-15')).toEqual([['in 2019', '2019-01-01', '2019-12-31', 'approximate', 'explicit']]);
    // A duration counted forward is a deadline's length, not a day (it had become a day of last year).
    expect(datesIn('The envoy gave both capitals a deadline to sign within 40 days.', '2025-07-10')).toEqual([]);
    expect(datesIn('The envoy returns in 3 days, on 14/7.', '2025-07-10').map((d) => d[1])).not.toContain('2025-07-13');
  });

  test('a date inside a wire agency\'s credit is the report\'s, not an event\'s; a date beside it still counts', () => {
    expect(datesIn('ISLAMABAD, (APP - Capital Wire / Daily Desk - 12th June, 2025) The envoy met the minister.', '2025-06-12')).toEqual([]);
    expect(datesIn('The envoy (AP) met the minister on 11 June.', '2025-06-12')).toEqual([['on 11 June', '2025-06-11', '2025-06-11', 'day', 'explicit']]);
    // Negative: a parenthesis of the text's own, with a date, is read.
    expect(datesIn('The envoy met the minister (on 11 June) in the capital.', '2025-06-12').map((d) => d[1])).toContain('2025-06-11');
  });

  test('times of day are not part of the evidence, and phrasings chrono misses still count', () => {
    expect(datesIn('Trump announced the ceasefire on Truth Social at around 5.30 pm on May 10.', '2025-05-11')).toEqual([['May 10', '2025-05-10', '2025-05-10', 'day', 'explicit']]);
    expect(datesIn('The two DGMOs will speak again on May 12 at 12 noon.', '2025-05-11')).toEqual([['May 12', '2025-05-12', '2025-05-12', 'day', 'explicit']]);
    expect(datesIn('Modi addressed the nation on the evening of 12 May.', '2025-05-13')).toEqual([['12 May', '2025-05-12', '2025-05-12', 'day', 'explicit']]);
  });

  test('"late on Tuesday", "early Friday": the time of day is part of the weekday\'s words, still that day; a plan stays ahead', () => {
    // Wednesday 18 June 2025.
    expect(datesIn('The envoy briefed the minister late on Tuesday about the truce.', '2025-06-18')).toEqual([['late on Tuesday', '2025-06-17', '2025-06-17', 'day', 'weekday-relative']]);
    expect(datesIn('Drones hit the port early Sunday, the navy said.', '2025-06-18')).toEqual([['early Sunday', '2025-06-15', '2025-06-15', 'day', 'weekday-relative']]);
    expect(datesIn('The two leaders will speak early on Friday.', '2025-06-18')).toEqual([['early on Friday', '2025-06-20', '2025-06-20', 'day', 'weekday-relative']]);
    // Negative: "later"/"earlier" keep their own reading (the day of the telling), not a time of that day.
    expect(datesIn('The minister said earlier Tuesday that talks would resume.', '2025-06-18')).toEqual([['earlier Tuesday', '2025-06-17', '2025-06-17', 'day', 'weekday-relative']]);
  });

  test('"later in the day" and "the same day" are the day told last; with none before, "later in the day" is publication day', () => {
    const dates = datesIn('The envoys met in Vienna on Saturday. The ministers spoke later in the day.', '2025-06-09');
    expect(dates).toContainEqual(['later in the day', '2025-06-07', '2025-06-07', 'day', 'relative-phrase']);
    expect(datesIn('The ministers spoke later in the day.', '2025-06-09')).toEqual([['later in the day', '2025-06-09', '2025-06-09', 'day', 'relative-phrase']]);
    expect(datesIn('The army struck on May 3. Kyiv replied the same day.', '2025-05-09')).toContainEqual(['the same day', '2025-05-03', '2025-05-03', 'day', 'relative-phrase']);
    // A date of its own sentence before it is the day told last.
    expect(datesIn('The army struck on May 3. Speaking today, the minister said troops met earlier in the day.', '2025-05-09')).toContainEqual(['earlier in the day', '2025-05-09', '2025-05-09', 'day', 'relative-phrase']);
  });

  test('rule "day-of-the-paragraph": "earlier in the day" opening a paragraph is the report\'s day, not a day told paragraphs before', () => {
    const story = 'The envoy said the talks on May 3 had gone well.\n\nThe ministry said earlier in the day that it would reply.';
    expect(datesIn(story, '2025-05-09')).toContainEqual(['earlier in the day', '2025-05-09', '2025-05-09', 'day', 'relative-phrase']);
    // Negative: in the same paragraph it goes on with the day told.
    expect(datesIn('The envoy said the talks on May 3 had gone well. The ministry said earlier in the day that it would reply.', '2025-05-09')).toContainEqual(['earlier in the day', '2025-05-03', '2025-05-03', 'day', 'relative-phrase']);
    // "that day" names the day told, wherever the story told it.
    expect(datesIn('The army struck on May 3.\n\nKyiv replied the same day.', '2025-05-09')).toContainEqual(['the same day', '2025-05-03', '2025-05-03', 'day', 'relative-phrase']);
  });

  test('a weekday of a week named after it ("on Wednesday last week"), and "over the weekend"', () => {
    // Published Wednesday 14 May 2025: last week's Wednesday is 7 May, not the publication day.
    expect(datesIn('On Wednesday last week, the army struck three camps.', '2025-05-14')[0]).toEqual(['On Wednesday', '2025-05-07', '2025-05-07', 'day', 'weekday-relative']);
    expect(datesIn('The envoys met on Friday of last week.', '2025-05-14')[0]).toEqual(['on Friday', '2025-05-09', '2025-05-09', 'day', 'weekday-relative']);
    expect(datesIn('The envoys will meet on Tuesday next week.', '2025-05-14')[0]).toEqual(['on Tuesday', '2025-05-20', '2025-05-20', 'day', 'weekday-relative']);
    expect(datesIn('Over the weekend, the two leaders spoke by phone.', '2025-05-14')).toEqual([['Over the weekend', '2025-05-10', '2025-05-11', 'week', 'relative-phrase']]);
    expect(datesIn('The two leaders will speak over the weekend.', '2025-05-14')).toEqual([['over the weekend', '2025-05-17', '2025-05-18', 'week', 'relative-phrase']]);
    // Negative: a weekday alone is still the last such day on or before publication.
    expect(datesIn('On Wednesday, the army struck three camps.', '2025-05-14')).toEqual([['On Wednesday', '2025-05-14', '2025-05-14', 'day', 'weekday-relative']]);
  });

  test('"over the weekend" and "its weekend raid" are the weekend just past, or under way; "a weekend of talks" is no date', () => {
    expect(datesIn('The army gave details on Wednesday about its weekend drone raid.', '2025-06-04')).toContainEqual(['weekend', '2025-05-31', '2025-06-01', 'week', 'relative-phrase']);
    expect(datesIn('The ministers met over the weekend in Geneva.', '2025-06-01')).toEqual([['over the weekend', '2025-05-31', '2025-06-01', 'week', 'relative-phrase']]);
    expect(datesIn('The ministers will meet over the weekend in Geneva.', '2025-06-04').map((d) => [d[1], d[2]])).toEqual([['2025-06-07', '2025-06-08']]);
    expect(datesIn('They planned a weekend of talks in Geneva.', '2025-06-04')).toEqual([]);
  });

  test('a weekend that names the deed of a state or person ("Ukraine\'s weekend attack") is the weekend past, even where the sentence tells a plan', () => {
    expect(datesIn('Putin will answer Ukraine’s weekend drone raid on the airfields, the Kremlin said.', '2025-06-04')).toContainEqual(['weekend', '2025-05-31', '2025-06-01', 'week', 'relative-phrase']);
    expect(datesIn("Moscow vowed to avenge Kyiv's weekend strike on the bridge.", '2025-06-05')).toContainEqual(['weekend', '2025-05-31', '2025-06-01', 'week', 'relative-phrase']);
    expect(datesIn('The envoys will discuss Russia’s weekend offensive near Sumy.', '2025-06-12')).toContainEqual(['weekend', '2025-06-07', '2025-06-08', 'week', 'relative-phrase']);
    // Without a possessive name, a weekend told as ahead is still the next one; without a noun after it, no date.
    expect(datesIn('The ministers will meet over the weekend in Geneva.', '2025-06-04').map((d) => [d[1], d[2]])).toEqual([['2025-06-07', '2025-06-08']]);
    expect(datesIn("The talks were Ukraine's weekend.", '2025-06-04')).toEqual([]);
  });

  test('possessive weekdays, "last Saturday", "this weekend" and "a week later"', () => {
    expect(datesIn("Saturday's ceasefire was violated within hours, Indian officials said.", '2025-05-11')).toEqual([["Saturday's", '2025-05-10', '2025-05-10', 'day', 'weekday-relative']]);
    expect(datesIn('Zelenskyy met Trump in the Vatican last Saturday.', '2025-04-28')).toEqual([['last Saturday', '2025-04-26', '2025-04-26', 'day', 'weekday-relative']]);
    expect(datesIn('India will hold a mock drill this weekend.', '2025-05-06')).toEqual([['this weekend', '2025-05-10', '2025-05-11', 'week', 'relative-phrase']]);
    expect(datesIn('On April 23, India suspended the Indus Waters Treaty; a week later, Pakistan closed its airspace.', '2025-05-02')).toContainEqual(['a week later', '2025-04-30', '2025-04-30', 'day', 'relative-phrase']);
  });
});

test('an article with CRLF line ends gives the same dates at offsets that fit its own body', () => {
  const lf = seed('001_94da05fad19ce5d3.txt');
  const raw = readFileSync('data/articles/001_94da05fad19ce5d3.txt', 'utf8').replace(/\n/g, '\r\n');
  const a = readArticle('crlf.txt', raw);
  const sentences = segmentSentences(a.body, a.boilerplate);
  const dates = resolveDates(a.body, sentences, a.meta.published);
  expect(sentences.map((s) => s.text)).toEqual(lf.sentences.map((s) => s.text));
  expect(dates.map((d) => [d.text, d.date])).toEqual(lf.dates.map((d) => [d.text, d.date]));
  for (const d of dates) expect(a.body.slice(d.start, d.end)).toBe(d.text);
});

describe('"recent" and "recently"', () => {
  test('"in recent days" is the week before publication (told of the past three days as often as of the past week)', () => {
    expect(datesIn('Envoys held a series of separate meetings in Riyadh in recent days.', '2025-03-26')).toEqual([['in recent days', '2025-03-19', '2025-03-26', 'approximate', 'relative-phrase']]);
    expect(datesIn('Over recent days the two armies exchanged fire along the border.', '2025-05-09')).toEqual([['Over recent days', '2025-05-02', '2025-05-09', 'approximate', 'relative-phrase']]);
    expect(datesIn('In recent days, officials from both capitals spoke by phone several times.', '2025-05-01')).toEqual([['In recent days', '2025-04-24', '2025-05-01', 'approximate', 'relative-phrase']]);
    // "in recent weeks" and "in recent months" keep three of their unit.
    expect(datesIn('Tensions have risen in recent weeks.', '2025-05-22')).toEqual([['in recent weeks', '2025-05-01', '2025-05-22', 'approximate', 'relative-phrase']]);
  });


  test('are the month up to publication, approximate (rule recent-month); "in recent weeks" keeps its own rule', () => {
    expect(datesIn('The envoy’s recent meeting with the president lasted four hours.', '2025-04-15')).toEqual([
      ['recent', '2025-03-16', '2025-04-15', 'approximate', 'relative-phrase'],
    ]);
    expect(datesIn('Ishaq Dar recently visited Beijing.', '2025-05-20')).toEqual([
      ['recently', '2025-04-20', '2025-05-20', 'approximate', 'relative-phrase'],
    ]);
    // Look-alike: "in recent days" is the week, not the month.
    expect(datesIn('Ishaq Dar visited Beijing twice in recent days.', '2025-05-20')).toEqual([
      ['in recent days', '2025-05-13', '2025-05-20', 'approximate', 'relative-phrase'],
    ]);
    const weeks = datesIn('Tensions have risen in recent weeks.', '2025-05-20');
    expect(weeks).toHaveLength(1);
    expect(weeks[0]?.[0]).toBe('in recent weeks');
  });
});
