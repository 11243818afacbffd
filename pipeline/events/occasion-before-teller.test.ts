import { expect, test } from 'vitest';
import { eventsOfText, extractedOfText } from './fixtures/unseen-events-of';

/** Rule "the occasion before the teller", on sentences written for the test (published Monday 26 May 2025). */
const PUBLISHED = '2025-05-26';
const calls = (body: string) => eventsOfText(body, PUBLISHED).filter((e) => e.type === 'phone_call').map((e) => [...e.actors].sort());

test('"In a call with A last week, B said that ...": a call of B with A, besides what B said', () => {
  const body = 'In a phone call with Donald Trump last week, Vladimir Putin said both sides would draft a memorandum.';
  expect(calls(body)).toEqual([['donald-trump', 'vladimir-putin']]);
  expect(extractedOfText(body, PUBLISHED).some((e) => e.type === 'statement' && e.actors.includes('vladimir-putin'))).toBe(true);
});

test('reporting words with no contact before the teller make no call', () => {
  expect(calls('Speaking to reporters last week, Vladimir Putin said both sides would draft a memorandum with Donald Trump.')).toEqual([]);
});

test('a quotation before the teller is what was said, not the occasion of saying it', () => {
  expect(calls('"Marco Rubio has been in constant communication with the leaders of both countries," Karoline Leavitt said.')).not.toContainEqual(expect.arrayContaining(['karoline-leavitt']));
});

test('a question put to the teller is no occasion of theirs', () => {
  expect(calls('Asked whether Donald Trump would speak to the leaders of both countries, Karoline Leavitt said she would let him speak for himself.')).toEqual([]);
});
