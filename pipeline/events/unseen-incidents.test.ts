import { expect, test } from 'vitest';
import { eventsOf } from './fixtures/unseen-events-of';

/** More unseen reports (see unseen-articles.test.ts): attacks, accusations and visits, as a reader dates them. */

test('"Russia launched a massive attack on Kyiv overnight": Russia’s strike, dated overnight; Trump’s post on Thursday; Zelensky’s visit; Vance "earlier this week"', () => {
  const events = eventsOf('ru-kyiv-strike.md');
  const strike = events.filter((e) => e.type === 'military_action');
  expect(strike.map((e) => e.title)).toEqual(['Military action by Russia in Kyiv']);
  expect(strike[0]?.date).toMatchObject({ start: '2025-04-22', end: '2025-04-24', precision: 'approximate', basis: 'relative-phrase' });
  expect(events.find((e) => e.actors.includes('donald-trump'))).toMatchObject({ type: 'statement', channel: 'social_media', date: { start: '2025-04-24', end: '2025-04-24', precision: 'day' } });
  expect(events.find((e) => e.type === 'visit')?.title).toBe('Volodymyr Zelenskyy visits South Africa');
  expect(events.find((e) => e.actors.includes('jd-vance'))?.date).toMatchObject({ start: '2025-04-20', end: '2025-04-24', precision: 'week' });
});

test('India’s accusation of a ceasefire violation on Saturday stays an accusation beside Misri’s statement', () => {
  const events = eventsOf('ip-ceasefire-violation.md');
  const accusation = events.filter((e) => e.type === 'accusation');
  expect(accusation).toHaveLength(1);
  expect(accusation[0]?.countries).toEqual(['IN', 'PK']);
  // "hours after it took effect on Saturday evening": Saturday or, past midnight, Sunday (the day of the report).
  expect(accusation[0]?.date).toMatchObject({ start: '2025-05-10', end: '2025-05-11', precision: 'approximate', basis: 'relative-phrase' });
  expect(events.filter((e) => e.actors.includes('vikram-misri')).map((e) => e.type)).toEqual(['statement']);
});

test('Khawaja Asif "told Geo News yesterday": his statement on 7 May', () => {
  const asif = eventsOf('ip-operation-sindoor-briefing.md').filter((e) => e.actors.includes('khawaja-asif'));
  expect(asif).toHaveLength(1);
  expect(asif[0]?.date).toMatchObject({ start: '2025-05-07', end: '2025-05-07', precision: 'day', basis: 'relative-phrase' });
});
