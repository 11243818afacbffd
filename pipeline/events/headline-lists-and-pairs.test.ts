import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Headlines drop "and" ("A, B hold talks"); "the two leaders", "both sides" right after a named pair are that pair.
 * Sentences in our own words, as the body of an article published on Wednesday 4 June 2025.
 */
const PUBLISHED = '2025-06-04';
const TAIL = '\n\nThe war in Ukraine goes on.';
const events = (body: string) => eventsOfText(body, PUBLISHED).map((e) => [e.type, e.date.start, [...e.actors].sort()]);

test('a headline "A, B hold talks" is one contact of both', () => {
  expect(events(`Zelensky, Erdogan hold talks in Ankara${TAIL}`).map((e) => e[2])).toEqual([['recep-tayyip-erdogan', 'volodymyr-zelenskyy']]);
  expect(events(`Rubio, Lavrov speak by phone${TAIL}`).map((e) => [e[0], e[2]])).toEqual([['phone_call', ['marco-rubio', 'sergey-lavrov']]]);
});

test('in running text "A, B met C" is no list: B is the subject, A set off before', () => {
  expect(events('Earlier, Zelensky, Erdogan met Fidan on Monday to discuss the war in Ukraine.').map((e) => e[2])).toEqual([['hakan-fidan', 'recep-tayyip-erdogan']]);
});

test('"the two leaders" after a headline pair is the pair, one meeting with the headline\'s talks', () => {
  expect(events(`Zelensky, Erdogan hold talks in Ankara\n\nThe two leaders met on Tuesday.${TAIL}`)).toEqual([['meeting', '2025-06-03', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy']]]);
});

test('"both sides" right after two people met are those two', () => {
  const found = eventsOfText('Rubio met Lavrov in Kuala Lumpur on Thursday. Both sides agreed to work on a prisoner exchange.' + TAIL, PUBLISHED);
  expect(found.filter((e) => e.type === 'intent_to_cooperate').map((e) => [[...e.actors].sort(), [...e.countries].sort()])).toEqual([[['marco-rubio', 'sergey-lavrov'], ['RU', 'US']]]);
});

test('negatives: "both sides" with no pair named just before are the crisis\'s two parties', () => {
  const found = eventsOfText('Zelensky visited the front on Monday. Both sides exchanged prisoners on Tuesday.' + TAIL, PUBLISHED);
  expect(found.filter((e) => e.type === 'intent_to_cooperate').map((e) => [e.actors, [...e.countries].sort()])).toEqual([[[], ['RU', 'UA']]]);
});
