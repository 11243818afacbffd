import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Rule "told an outlet": a teller who "told <an outlet> that ..." gave an interview; what they told is reported, and a
 * contact named inside it does not swallow their saying. Sentences in our own words, as the body of an article
 * published on Sunday 17 August 2025.
 */
const PUBLISHED = '2025-08-17';
const read = (body: string) => eventsOfText(body, PUBLISHED).map((e) => [e.type, [...e.actors].sort(), e.channel]);

test('"X told <outlet> after the summit that ..." is an interview of its own beside the summit it names', () => {
  const events = read('Trump told the Evening Courier after the summit that Zelenskyy must now build on his Anchorage summit with Putin to end the war in Ukraine.');
  expect(events).toContainEqual(['statement', ['donald-trump'], 'interview']);
});

test('an outlet of one unknown word, and "in an interview", are an interview', () => {
  expect(read('Kremlin spokesman Dmitry Peskov told Vesti that Russia is ready for more talks with Ukraine.')).toContainEqual(['statement', ['dmitry-peskov'], 'interview']);
  expect(read('Rubio told the Morning Ledger in an interview that Ukraine must accept a ceasefire with Russia.')).toContainEqual(['statement', ['marco-rubio'], 'interview']);
});

test('look-alikes: telling a person or a state is no interview', () => {
  expect(read('Trump told Putin that Russia must agree to a ceasefire in Ukraine.')).not.toContainEqual(expect.arrayContaining(['interview']));
  expect(read('Rubio told Ukraine that the United States would keep sending weapons.')).not.toContainEqual(expect.arrayContaining(['interview']));
});
