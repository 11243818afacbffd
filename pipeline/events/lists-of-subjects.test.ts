import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Rule "lists of people" (pipeline/lexicon/lists-of-people.ts) and rule "the list after the subject"
 * (find-verbal-events.ts): everyone a list names before its verb acts, whatever the shape of their titles: in lower case
 * ("treasury secretary", "new chancellor"), a plural title of two states ("Prime Ministers of Spain and Italy A and B"),
 * or joined by "as well as". Sentences in our own words, published Wednesday 14 May 2025.
 */
const PUBLISHED = '2025-05-14';
const TAIL = '\n\nThe war in Ukraine goes on.';
const actorsOf = (body: string, type: string) =>
  eventsOfText(body + TAIL, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => [...e.actors].sort());

test('titles written in lower case stand between two names of one list', () => {
  expect(actorsOf('On Tuesday US treasury secretary Scott Bessent and Ukrainian first deputy prime minister Yulia Svyrydenko visited Warsaw.', 'visit')).toEqual([['scott-bessent', 'yulia-svyrydenko']]);
  expect(actorsOf('Emmanuel Macron, Polish Prime Minister Donald Tusk and new German Chancellor Friedrich Merz on Monday urged Russia to accept a truce.', 'appeal')).toEqual([['donald-tusk', 'emmanuel-macron', 'friedrich-merz']]);
});

test('"as well as" and a plural title of two states go on with the list', () => {
  expect(actorsOf('On Tuesday, French President Emmanuel Macron, Prime Ministers of Poland and Britain Donald Tusk and Keir Starmer, as well as German Chancellor Friedrich Merz arrived in Kyiv.', 'visit')).toEqual([['donald-tusk', 'emmanuel-macron', 'friedrich-merz', 'keir-starmer']]);
  expect(actorsOf('Donald Tusk as well as Friedrich Merz travelled to Kyiv on Tuesday.', 'visit')).toEqual([['donald-tusk', 'friedrich-merz']]);
});

test('negatives: an appositive is no list, and the objects of a contact are not its subjects', () => {
  // No "and" joins Macron to Trump: Trump only describes Macron's companion.
  expect(actorsOf("Emmanuel Macron, Donald Trump's old ally, travelled to Kyiv on Tuesday.", 'visit')).toEqual([['emmanuel-macron']]);
  // "as well as" after the verb lists whom he met, not who met.
  expect(actorsOf('Marco Rubio met Ishaq Dar on Tuesday, as well as Prime Minister Shehbaz Sharif.', 'meeting').flat()).not.toContain('donald-tusk');
  expect(actorsOf('The new chancellor travelled to Kyiv on Tuesday, as well as to Warsaw.', 'visit')).toEqual([]);
});
