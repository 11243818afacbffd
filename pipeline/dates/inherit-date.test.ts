import { expect, test } from 'vitest';
import { segmentSentences } from '../sentences/segment-sentences';
import { inheritDate, publicationWindow, referredDate, resolveDates } from './resolve-dates';

function analyse(body: string, published: string) {
  const sentences = segmentSentences(body);
  return { sentences, mentions: resolveDates(body, sentences, published) };
}

test('a sentence with its own date keeps it', () => {
  const { sentences, mentions } = analyse('Rubio spoke to Jaishankar on Thursday. He urged restraint.', '2025-05-09');
  expect(inheritDate(sentences, mentions, 0, '2025-05-09')).toEqual({ start: '2025-05-08', end: '2025-05-08', precision: 'day', basis: 'weekday-relative' });
});

test('in the same paragraph a sentence inherits the last date before it, one step less precise, reaching on to publication', () => {
  const { sentences, mentions } = analyse('Rubio spoke to Jaishankar on Thursday. He urged restraint.', '2025-05-09');
  expect(inheritDate(sentences, mentions, 1, '2025-05-09')).toEqual({ start: '2025-05-08', end: '2025-05-09', precision: 'week', basis: 'inherited' });
  // A story tells on in time: what follows a dated sentence without a date of its own is that day or the week after.
  const later = analyse('Ceasefire talks began in Doha on Monday. The delegations later issued a joint note.', '2025-03-28');
  expect(inheritDate(later.sentences, later.mentions, 1, '2025-03-28')).toEqual({ start: '2025-03-24', end: '2025-03-28', precision: 'week', basis: 'inherited' });
  const plan = analyse('The envoys will meet in Oslo on June 20. They will discuss prisoners.', '2025-06-02');
  expect(inheritDate(plan.sentences, plan.mentions, 1, '2025-06-02')).toMatchObject({ start: '2025-06-20', end: '2025-06-20' });
});

test('inheritance stops at the paragraph: a new paragraph without date words gets the week up to publication', () => {
  const { sentences, mentions } = analyse('The envoys met in Riyadh on Monday.\n\nThe foreign minister thanked the hosts.', '2025-03-14');
  expect(sentences[1]?.paragraph).not.toBe(sentences[0]?.paragraph);
  expect(inheritDate(sentences, mentions, 1, '2025-03-14')).toEqual({ start: '2025-03-07', end: '2025-03-14', precision: 'approximate', basis: 'publication' });
});

test('a sentence that tells only a time of day goes on with the day told last, across short paragraphs; one without a time does not', () => {
  const { sentences, mentions } = analyse('Officials said the commanders first spoke on May 10.\n\nThe first call came around 11 am.\n\nA deal was reached at 3:30 pm.\n\nEnvoys welcomed the news.', '2025-05-20');
  expect(inheritDate(sentences, mentions, 2, '2025-05-20')).toEqual({ start: '2025-05-10', end: '2025-05-10', precision: 'week', basis: 'inherited' });
  expect(inheritDate(sentences, mentions, 3, '2025-05-20')).toEqual(publicationWindow('2025-05-20'));
});

test('background dates (an old year, a day months back) set no scene for the sentences after them', () => {
  const { sentences, mentions } = analyse('The accord was signed in 1996. Its terms were revised on January 3. Both capitals now dispute it.', '2025-04-24');
  expect(inheritDate(sentences, mentions, 2, '2025-04-24')).toEqual(publicationWindow('2025-04-24'));
});

test('with nothing dated, the date is the week up to publication, marked as such, never one guessed day', () => {
  const { sentences, mentions } = analyse('Tensions remain high. Both sides urged calm.', '2025-05-09');
  for (const i of [0, 1]) expect(inheritDate(sentences, mentions, i, '2025-05-09')).toEqual({ start: '2025-05-02', end: '2025-05-09', precision: 'approximate', basis: 'publication' });
});

test('what a sentence refers back to is dated where the story told it, even in an earlier paragraph', () => {
  const { sentences, mentions } = analyse('The two leaders met in Ankara on Tuesday.\n\nThe meeting came a week after the border clash.', '2025-06-12');
  expect(referredDate(sentences, mentions, 1, '2025-06-12')).toMatchObject({ start: '2025-06-10', end: '2025-06-10', precision: 'approximate' });
  const none = analyse('The meeting came a week after the border clash.', '2025-06-12');
  expect(referredDate(none.sentences, none.mentions, 0, '2025-06-12')).toBeNull();
});
