import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * A named person who speaks beside a contact of their own: "X said after meeting Y", "After meeting Y, X said", "X met Y
 * and said". The contact is X's with Y, whoever is named nearer the verb of saying; a saying told as after (or before)
 * the contact is a statement of its own, one told in it is that contact's content. Sentences in our own words, as the
 * body of an article published on Wednesday 4 June 2025.
 */
const PUBLISHED = '2025-06-04';
const events = (body: string) => eventsOfText(`${body} The war in Ukraine goes on.`, PUBLISHED).map((e) => [e.type, [...e.actors].sort()]).sort();

const MEETING = ['meeting', ['marco-rubio', 'sergey-lavrov']];
const STATEMENT = ['statement', ['marco-rubio']];

test.each([
  ['Rubio said after meeting Lavrov in Kuala Lumpur on Thursday that the talks had been frank.'],
  ['Rubio said following his talks with Lavrov on Thursday that the mood had been frank.'],
  ['After meeting with Lavrov on Thursday, Rubio said the talks had been frank.'],
])('"%s" is the meeting and a statement of its own', (sentence) => {
  expect(events(sentence)).toEqual([MEETING, STATEMENT]);
});

test('"X met Y and said ..." is X\'s meeting with Y, what X said being its content, not a saying of Y\'s', () => {
  expect(events('Rubio met Lavrov on Thursday and said the talks had been frank.')).toEqual([MEETING]);
});

test('a saying in the contact ("during a meeting with Y, X said") stays its content', () => {
  expect(events('During a meeting with Lavrov on Thursday, Rubio said the war must end.')).toEqual([MEETING]);
});

test('negatives: a meeting of others, or "meeting" as a noun, is no contact of the teller', () => {
  // "and said" after a list of subjects is their saying, with no verb between them.
  expect(events('Rubio and Lavrov said the talks had been frank.')).toEqual([STATEMENT, ['statement', ['sergey-lavrov']]].sort());
  expect(events('Rubio said after meeting rooms were closed that the talks had been frank.')).toEqual([STATEMENT]);
});
