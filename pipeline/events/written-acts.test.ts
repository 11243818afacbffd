import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * A text a body passes or adopts ("a resolution condemning ...", "a declaration demanding ...") is the vehicle of the
 * body's act: the body is the subject of the gerund after it. Sentences written for these tests, as an article
 * published on Wednesday 14 May 2025.
 */
const eventsOf = (text: string) => eventsOfText(text, '2025-05-14');
const acts = (text: string) => eventsOf(text).filter((e) => e.type !== 'statement' && e.type !== 'military_action').map((e) => [e.type, e.date.start]);

test('a resolution or declaration a body passes or adopts tells the body’s own act, dated by the words around it', () => {
  expect(acts('The European Parliament adopted a resolution on Thursday condemning the Russian strikes on Kyiv.')).toEqual([['condemnation', '2025-05-08']]);
  expect(acts('The cabinet released a declaration on Tuesday demanding that Russia withdraw from Ukraine.')).toEqual([['demand', '2025-05-13']]);
  expect(eventsOf('The UN Security Council unanimously passed a resolution urging India and Pakistan to show restraint.').filter((e) => e.type === 'appeal').map((e) => [...e.countries].sort())).toEqual([['IN', 'PK']]);
});

test('a resolution debated, or named without anyone passing it, is nobody’s act; a statement issued stays one statement', () => {
  expect(acts('Lawmakers in Kyiv debated a resolution condemning the Russian strikes.')).toEqual([]);
  expect(acts('The resolution condemning the Russian strikes was drafted in Brussels.')).toEqual([]);
  expect(eventsOf('Pakistan’s foreign ministry issued a statement on Friday condemning the Indian strikes.').filter((e) => e.type !== 'military_action').map((e) => [e.type, e.date.start])).toEqual([['statement', '2025-05-09']]);
});
