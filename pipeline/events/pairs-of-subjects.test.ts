import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * "the pair", "the duo", "the two envoys": words that can only be two people named before, here the two subjects of an
 * earlier contact ("A and B met C"), even when that contact had a third party. A plan's words ("will", "is set to")
 * between such a subject and its verb keep it the subject. Sentences in our own words, published Friday 19 December 2025.
 */
const PUBLISHED = '2025-12-19';
const TAIL = '\n\nThe war in Ukraine goes on.';
const contacts = (body: string) =>
  eventsOfText(body + TAIL, PUBLISHED)
    .filter((e) => e.type === 'meeting' || e.type === 'negotiation' || e.type === 'visit')
    .map((e) => [e.type, e.status, [...e.actors].sort()]);

test('"the pair" after two subjects of a contact with a third person are those two', () => {
  expect(contacts('Witkoff and Kushner held talks with Rustem Umerov in Florida on Thursday. On Friday the pair met Kirill Dmitriev.')).toContainEqual(['meeting', 'occurred', ['jared-kushner', 'kirill-dmitriev', 'steve-witkoff']]);
  expect(contacts('Rubio and Waltz sat down with Andriy Yermak on Tuesday. Later the duo travelled to Riyadh.')).toContainEqual(['visit', 'occurred', ['marco-rubio', 'mike-waltz']]);
});

test('a plan between the pair and its verb: "the pair will meet", "the two envoys are expected to meet"', () => {
  expect(contacts('Steve Witkoff and Jared Kushner met Zelensky in Berlin on Monday. The pair will meet officials from Qatar next week.')).toContainEqual(['meeting', 'planned', ['jared-kushner', 'steve-witkoff']]);
  expect(contacts('Witkoff and Kushner met Putin in Moscow on Tuesday. The two envoys are expected to meet Umerov in Miami on Saturday.')).toContainEqual(['meeting', 'planned', ['jared-kushner', 'rustem-umerov', 'steve-witkoff']]);
});

test('"the two sides are set to meet": a plan of the crisis\'s two parties', () => {
  const found = eventsOfText('Moscow and Kyiv traded accusations on Thursday. The two sides are set to meet in Istanbul on Monday.' + TAIL, PUBLISHED);
  // Istanbul's state is where they meet, beside the two parties.
  expect(found.filter((e) => e.type === 'meeting').map((e) => [e.status, e.date.start, e.countries.filter((c) => c !== 'TR').sort()])).toEqual([['planned', '2025-12-22', ['RU', 'UA']]]);
});

test('negatives: "the pair" with no two people named just before names nobody', () => {
  expect(contacts('Sanctions on Russian oil took effect on Monday. On Friday the pair is set to meet officials from Qatar.')).toEqual([]);
  // Too far back: two sentences in between.
  expect(contacts('Witkoff and Kushner met Umerov on Monday. Oil prices rose. Markets fell. Traders waited. The pair will meet officials from Qatar.').filter((e) => e[1] === 'planned')).toEqual([]);
});

test('negatives: a body\'s plan ("the committee will meet") still names nobody who acts', () => {
  expect(contacts('The parliamentary committee will meet on Monday to discuss the war.')).toEqual([]);
});
