import { describe, expect, test } from 'vitest';
import type { Person } from '../../src/shared/schema';
import { extractEvents } from '../events/extract-events';
import { readArticle } from '../ingest/read-article';
import { analyseArticle } from '../run-pipeline';
import { loadGazetteer } from './gazetteer';
import { holderThroughout } from './offices-on-event-day';

/** The real gazetteer, whose offices changed hands on recorded days (own sentences below, not corpus text). */
const people: Person[] = loadGazetteer('data/gazetteer');
const byId = new Map(people.map((p) => [p.id, p]));

function events(body: string, published: string) {
  const article = readArticle('office-day.md', `---\ntitle: t\npublished: ${published}\n---\n${body}`);
  return extractEvents(analyseArticle(article, people), byId);
}

describe('holderThroughout: one holder on every day of the range, or nobody', () => {
  const germany = { personId: 'friedrich-merz', key: 'chancellor', country: 'DE' };
  test('a day or a range inside one tenure names that tenure\'s holder', () => {
    expect(holderThroughout(people, germany, '2024-03-01', '2024-03-31')).toBe('olaf-scholz');
    expect(holderThroughout(people, germany, '2025-05-06', '2025-05-06')).toBe('friedrich-merz');
  });
  test('a range across a change of holder names nobody', () => {
    expect(holderThroughout(people, germany, '2025-01-01', '2025-12-31')).toBeNull();
  });
});

describe('rule "office on the event\'s day": an office named without its holder names who held it when the event happened', () => {
  test('a past visit by "the Russian defence minister" is the then minister\'s, a visit this week the present one\'s', () => {
    const [then] = events('In March 2023 the Russian defence minister visited troops in Crimea.', '2025-06-02').filter((e) => e.type === 'visit');
    expect(then?.actors).toEqual(['sergei-shoigu']);
    const [now] = events('On Monday the Russian defence minister visited troops near the Ukrainian border.', '2025-06-02').filter((e) => e.type === 'visit');
    expect(now?.actors).toEqual(['andrei-belousov']);
  });

  test('an office told of years before publication: "In February 2019 the Indian foreign minister" is Swaraj, not Jaishankar', () => {
    const [rejection] = events("In February 2019 the Indian foreign minister rejected Pakistan's offer of talks.", '2025-05-10').filter((e) => e.type === 'rejection');
    expect(rejection?.actors).toEqual(['sushma-swaraj']);
    const [call] = events('In March 2019 the US Secretary of State spoke by phone with Imran Khan about India.', '2025-05-10').filter((e) => e.type === 'phone_call');
    expect(call?.actors).toEqual(['mike-pompeo', 'imran-khan']);
  });

  test('both holders of a plural description are taken on the event\'s day', () => {
    const [talks] = events('The top diplomats of Russia and Ukraine met in Antalya in March 2022.', '2025-06-02').filter((e) => e.type === 'meeting');
    expect(talks?.actors).toEqual(['sergey-lavrov', 'dmytro-kuleba']);
  });

  test('a pronoun that goes back only to an office follows it to the event\'s day', () => {
    const body = 'The Ukrainian foreign minister flew to Washington in July 2023. He met Antony Blinken there on July 20, 2023.';
    const [meeting] = events(body, '2025-06-02').filter((e) => e.type === 'meeting');
    expect(meeting?.date.start).toBe('2023-07-20');
    expect(meeting?.actors).toEqual(['dmytro-kuleba', 'antony-blinken']);
  });

  test('an event whose dates span a change of holder names nobody for the office, and keeps its country', () => {
    const [visit] = events('In 2024 the Ukrainian foreign minister visited Beijing.', '2025-06-02').filter((e) => e.type === 'visit');
    expect(visit?.actors).toEqual([]);
    expect(visit?.countries).toContain('UA');
  });

  test('negative: a person named by name stays that person, whatever office they held then', () => {
    const [visit] = events('Andrei Belousov visited a tank factory near Moscow in March 2023.', '2025-06-02').filter((e) => e.type === 'visit');
    expect(visit?.actors).toEqual(['andrei-belousov']);
    const [meeting] = events('Sergei Shoigu met the Russian defence minister in Moscow on Monday.', '2025-06-02').filter((e) => e.type === 'meeting');
    expect(meeting?.actors).toEqual(['sergei-shoigu', 'andrei-belousov']);
  });
});
