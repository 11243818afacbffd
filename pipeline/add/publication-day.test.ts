import { describe, expect, test } from 'vitest';
import { dateInUrl, pageOffset, publicationDay } from './publication-day';

describe('publicationDay: the day in the page’s own offset', () => {
  test.each([
    ['2025-05-11T01:10:00+05:30', null, '2025-05-11'], // 10 May in UTC: the page's own day wins
    ['2025-05-10T22:30:00-04:00', null, '2025-05-10'], // 11 May in UTC
    ['2025-05-10T20:00:00Z', '+05:30', '2025-05-11'], // a UTC time moved into the page's offset
    ['2025-05-10T20:00:00.000+00:00', '+05:30', '2025-05-11'],
    ['2025-05-10T20:00:00Z', null, '2025-05-10'], // no other offset known: as written
    ['2025-05-10T02:00:00Z', '-04:00', '2025-05-09'],
    ['2025-05-10', '+05:30', '2025-05-10'], // a day without a time is that day
    ['2025-05-10T09:00:00', '+05:30', '2025-05-10'], // a local time without offset is as written
    ['May 9, 2025 10:15 IST', null, '2025-05-09'],
    ['Fri, 9 May 2025 10:15:00 +0530', null, '2025-05-09'],
  ])('%s (page offset %s) is %s', (stamp, offset, day) => {
    expect(publicationDay(stamp, offset)?.day).toBe(day);
  });

  test.each(['2025-02-30T10:00:00Z', 'yesterday', '10:15 IST', 'Smarch 9, 2025'])('"%s" is no date', (stamp) => {
    expect(publicationDay(stamp, null)).toBeNull();
  });

  test('the page’s offset is the first one other than UTC among its timestamps', () => {
    expect(pageOffset(['2025-05-10T20:00:00Z', '2025-05-11T03:00:00+05:30', '2025-05-11T03:00:00-04:00'])).toBe('+05:30');
    expect(pageOffset(['2025-05-10T20:00:00Z', '2025-05-10', '2025-05-10T20:00:00+00:00'])).toBeNull();
  });
});

describe('dateInUrl: a date in the path', () => {
  test.each([
    ['https://news.example/world/2025/05/09/ceasefire-holds/', '2025-05-09'],
    ['https://news.example/live/2025/may/16/istanbul-talks-live', '2025-05-16'],
    ['https://news.example/story/2025-05-09-ceasefire-holds', '2025-05-09'],
    ['https://news.example/20250509/ceasefire-holds', '2025-05-09'],
  ])('%s -> %s', (url, day) => {
    expect(dateInUrl(url)).toBe(day);
  });

  test.each([
    'https://news.example/story/ceasefire-holds-1746789123',
    'https://news.example/2025/05/ceasefire-holds', // a month is not a day
    'https://news.example/2025/02/30/impossible',
    'https://news.example/story?date=2025-05-09', // the query is not the path
    'not a url',
  ])('%s has no date', (url) => {
    expect(dateInUrl(url)).toBeNull();
  });
});
