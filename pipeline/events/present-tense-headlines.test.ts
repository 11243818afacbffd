import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Headlines and leads tell news in the present ("India, Pakistan agree to ceasefire", "Putin proposes talks"); an act
 * only demanded or obliged ("must agree", "insisted that Moscow agree") is none. Sentences in our own words; the
 * paper is dated Wednesday 14 May 2025.
 */
const PUBLISHED = '2025-05-14';
const types = (text: string) => eventsOfText(text, PUBLISHED).map((e) => e.type).sort();

test('the present of a headline tells the act', () => {
  expect(types('India and Pakistan agree to truce after four days of fighting')).toEqual(['ceasefire']);
  expect(types('Vladimir Putin proposes fresh talks with Ukraine in Istanbul')).toEqual(['intent_to_cooperate']);
  expect(types('Russia and Ukraine swap 390 prisoners in largest exchange of the war')).toEqual(['intent_to_cooperate']);
  expect(types('Volodymyr Zelenskyy arrives in Ankara ahead of talks with Russia')).toEqual(['visit']);
  // The verb of a call in the present (round x21): "dials", "phones", "telephones".
  expect(types('Shehbaz Sharif dials Saudi crown prince amid tensions with India')).toEqual(['phone_call']);
  expect(types('Narendra Modi phones Benjamin Netanyahu amid tensions with Pakistan')).toEqual(['phone_call']);
  expect(eventsOfText('Donald Trump and Vladimir Putin will speak on Monday about the war in Ukraine.', PUBLISHED).map((e) => [e.type, e.status, e.date.start])).toEqual([['phone_call', 'planned', '2025-05-19']]);
});

test('negatives: an act that must happen, is demanded in a "that" clause, or is persuaded towards, is none', () => {
  expect(types('Russia must agree to a truce first, Volodymyr Zelenskyy said.')).toEqual(['statement']);
  expect(types('European leaders urged Donald Trump to insist that Vladimir Putin agree to a truce in Ukraine.')).toEqual(['appeal']);
  expect(types('The envoys tried to persuade Moscow to agree to a truce in Ukraine.')).toEqual([]);
  expect(types('Soldiers on the Line of Control lost their phones in the shelling.').filter((t) => t === 'phone_call')).toEqual([]);
  // "the swap", "a swap": a noun, no act told by it; "spoke on the issue" is about something, not on a day.
  expect(types('Ukraine and Russia began talks on a swap of 1,000 prisoners each.').filter((t) => t === 'intent_to_cooperate')).toEqual([]);
});
