import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Rule "a coordinated clause with a subject of its own" (clause-structure.ts): after ", and", ", but" or a semicolon, a
 * new subject tells an act of its own, dated by its own words. Sentences in our own words; the paper is dated
 * Wednesday 14 May 2025, so "Monday" is 12 May and "Tuesday" 13 May.
 */
const PUBLISHED = '2025-05-14';
const datesOf = (text: string, type: string) =>
  eventsOfText(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => `${e.actors.join('+')} ${e.date.start}..${e.date.end}`);

test('the second clause of two with subjects of their own takes its own date, not the first one\'s', () => {
  expect(datesOf('Sybiha met Fidan in Ankara on Monday, and Dar met Wang Yi in Beijing on Tuesday.', 'meeting')).toEqual(['andrii-sybiha+hakan-fidan 2025-05-12..2025-05-12', 'ishaq-dar+wang-yi 2025-05-13..2025-05-13']);
  expect(datesOf('Sybiha met Fidan in Ankara on Monday; Dar met Wang Yi in Beijing on Tuesday.', 'meeting')).toEqual(['andrii-sybiha+hakan-fidan 2025-05-12..2025-05-12', 'ishaq-dar+wang-yi 2025-05-13..2025-05-13']);
  expect(datesOf('Kyiv pressed for tougher measures on Monday, and the EU imposed new sanctions on Russia on Tuesday.', 'sanctions')).toEqual([' 2025-05-13..2025-05-13']);
});

test('negatives: a second clause with no date of its own, or a second verb of the same subject, keeps the date before it', () => {
  expect(datesOf('Sybiha met Fidan in Ankara on Monday, and Dar met Wang Yi in Beijing.', 'meeting')).toEqual(['andrii-sybiha+hakan-fidan 2025-05-12..2025-05-12', 'ishaq-dar+wang-yi 2025-05-12..2025-05-12']);
  expect(datesOf('On Monday, Sybiha flew to Ankara and then met Fidan.', 'meeting')).toEqual(['andrii-sybiha+hakan-fidan 2025-05-12..2025-05-12']);
});
