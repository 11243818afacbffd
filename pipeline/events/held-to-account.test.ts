import { expect, test } from 'vitest';
import { eventsOf } from './fixtures/unseen-events-of';

/**
 * An act told after "by" or "for" in a clause whose verb holds its object to account is the object's act, a cause seen
 * in every keyed set; told in our own words in the fixture (ru-held-to-account.md, published Wednesday 28 May 2025).
 */
const events = eventsOf('ru-held-to-account.md');
const attacks = events.filter((e) => e.type === 'military_action');

test('"X warned Putin he was courting disaster by launching strikes": the strikes are Putin\'s; the warning is X\'s, on its day', () => {
  expect(attacks.some((e) => e.actors.includes('emmanuel-macron'))).toBe(false);
  expect(attacks.filter((e) => e.actors.includes('vladimir-putin')).map((e) => e.countries)).toEqual([['RU']]);
  // The day of the warning is not the day of the strikes it is about.
  expect(attacks.filter((e) => e.actors.includes('vladimir-putin')).map((e) => e.date.start)).not.toContain('2025-05-27');
  expect(events.filter((e) => e.actors.includes('emmanuel-macron')).map((e) => [e.type, e.date.start, e.date.end])).toEqual([['statement', '2025-05-27', '2025-05-27']]);
});

test('"condemned Russia for carrying out attacks": the attacks are the state\'s, not the speaker\'s', () => {
  expect(attacks.some((e) => e.actors.includes('keir-starmer'))).toBe(false);
  expect(events.filter((e) => e.actors.includes('keir-starmer')).map((e) => e.type)).toEqual(['condemnation']);
});

test('"in the middle of peace negotiations" is the backdrop, no talks', () => {
  expect(events.filter((e) => e.type === 'negotiation')).toEqual([]);
});

test('with no one held to account ("answered the shelling by launching a counter-offensive"), the gerund is the subject\'s', () => {
  expect(attacks.filter((e) => e.actors.includes('volodymyr-zelenskyy')).map((e) => e.countries)).toEqual([['UA']]);
});

test('whom a saying is addressed to ("told Zelensky", "urged Russian President Vladimir Putin to", "warned Putin") takes part in it', () => {
  const actorsOf = (speaker: string) => events.filter((e) => e.actors.includes(speaker)).map((e) => [e.type, [...e.actors].sort()]);
  // "told Zelensky that Washington would stand by Kyiv" promises help to its listener: an intent to cooperate of both
  // (rule "a promise told to a listener", promise-to-a-listener.ts; was asserted as a statement before grid x18).
  expect(actorsOf('donald-trump')).toEqual([['intent_to_cooperate', ['donald-trump', 'volodymyr-zelenskyy']]]);
  expect(actorsOf('recep-tayyip-erdogan')).toEqual([['appeal', ['recep-tayyip-erdogan', 'vladimir-putin']]]);
  expect(actorsOf('emmanuel-macron')).toEqual([['statement', ['emmanuel-macron', 'vladimir-putin']]]);
  // Reporters are no participants, and a saying with no one addressed has its speaker alone.
  expect(actorsOf('sergey-lavrov')).toEqual([['statement', ['sergey-lavrov']]]);
});
