import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Rule "participle-of-a-noun" (sentences of our own): a form that is only a participle, right before a date, ties the
 * date to the noun before it ("steps taken the previous evening by India"), not to the verb of the clause. Seen on u15
 * (Shillong Times): Pakistan's closing of a border post was dated to India's steps of the evening before.
 */
const expelled = (body: string) => eventsOfText(body, '2024-03-23').find((e) => e.type === 'expel')?.date;

test('a date after a noun and its participle dates that noun phrase, not the verb', () => {
  expect(expelled('Pakistan asked the Indian defence attachés to leave, mirroring steps taken on Wednesday by India.')).toMatchObject({ start: '2024-03-16', end: '2024-03-23', basis: 'publication' });
});

test('negative: a participle after an auxiliary is a verb\'s own tense, and a date right after the verb is its own', () => {
  expect(expelled('Pakistan asked the Indian defence attachés to leave, a decision it had taken on Wednesday.')).toMatchObject({ start: '2024-03-20', end: '2024-03-20' });
  expect(expelled('Pakistan asked the Indian defence attachés to leave on Wednesday.')).toMatchObject({ start: '2024-03-20', end: '2024-03-20' });
});
