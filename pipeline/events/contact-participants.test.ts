import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Who took part in a contact when the sentence does not make them its subject and object: talks named "between" two
 * people, a person received by another, several subjects who each spoke to one person. Sentences in our own words, as
 * the body of an article published on Wednesday 4 June 2025.
 */
const PUBLISHED = '2025-06-04';
const contacts = (body: string) =>
  eventsOfText(`${body} The war in Ukraine goes on.`, PUBLISHED)
    .filter((e) => ['phone_call', 'meeting', 'negotiation', 'host_visit'].includes(e.type))
    .map((e) => [e.type, e.date.start, [...e.actors].sort()]);

test('"talks between A and B were held" are talks of A and B', () => {
  expect(contacts('Talks between Rustem Umerov and Vladimir Medinsky were held in Istanbul on Monday.')).toEqual([['negotiation', '2025-06-02', ['rustem-umerov', 'vladimir-medinsky']]]);
});

test('talks between two states name no person', () => {
  expect(contacts('Talks between Russia and Ukraine were held in Istanbul on Monday.')).toEqual([['negotiation', '2025-06-02', []]]);
});

test.each([
  ['Zelensky was received by Erdogan in Ankara on Tuesday.', '2025-06-03'],
  ['On Sunday Zelensky was warmly welcomed at the presidential palace by Erdogan.', '2025-06-01'],
  ['Zelensky was hosted by Erdogan for dinner on Monday.', '2025-06-02'],
])('"%s" is a meeting of both', (sentence, day) => {
  expect(contacts(sentence)).toEqual([['meeting', day, ['recep-tayyip-erdogan', 'volodymyr-zelenskyy']]]);
});

test.each([
  // A plan welcomed is praise; so is one welcomed by a state.
  ['The proposal was welcomed by Zelensky on Monday.'],
  ["Russia's plan was welcomed by Zelensky on Monday."],
])('"%s" is no meeting', (sentence) => {
  expect(contacts(sentence)).toEqual([]);
});

test('"A and B each spoke to C", "both met C": a contact of each with C', () => {
  const each = [
    ['phone_call', '2025-06-03', ['emmanuel-macron', 'volodymyr-zelenskyy']],
    ['phone_call', '2025-06-03', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy']],
  ];
  expect(contacts('Erdogan and Macron each spoke to Zelensky on Tuesday.').sort()).toEqual(each);
  expect(contacts('Erdogan and Macron both spoke by phone with Zelensky on Tuesday.').sort()).toEqual(each);
  expect(contacts('Erdogan and Macron both met Zelensky on Tuesday.').map((c) => c[2]).sort()).toEqual([['emmanuel-macron', 'volodymyr-zelenskyy'], ['recep-tayyip-erdogan', 'volodymyr-zelenskyy']]);
});

test('"A and B spoke to C" with neither word: callers of two states made a call each (merge/calls-of-each-caller.ts)', () => {
  expect(contacts('Erdogan and Macron spoke to Zelensky on Tuesday.').sort()).toEqual([
    ['phone_call', '2025-06-03', ['emmanuel-macron', 'volodymyr-zelenskyy']],
    ['phone_call', '2025-06-03', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy']],
  ]);
});
