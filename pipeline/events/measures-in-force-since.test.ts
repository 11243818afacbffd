import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Rule "a measure in force since" (measure-in-force-since.ts): a state's measure told in the perfect with "since" and a
 * month or a day was taken then; its date is that month or day, not the span up to the report nor the weeks before
 * publication. Sentences written for this grid; the paper is dated Wednesday 14 May 2025 unless a cell says otherwise.
 */
const PUBLISHED = '2025-05-14';
const datesOf = (text: string, type: string, published = PUBLISHED) =>
  eventsOfText(text, published)
    .filter((e) => e.type === type)
    .map((e) => `${e.date.start}..${e.date.end}`);

test('a measure that has stood since a month or a day was taken on it', () => {
  expect.soft(datesOf('New Delhi has held the treaty in abeyance since April.', 'reduce_relations')).toEqual(['2025-04-01..2025-04-30']);
  expect.soft(datesOf('India has suspended all trade with Pakistan since April.', 'reduce_relations')).toEqual(['2025-04-01..2025-04-30']);
  expect.soft(datesOf('Islamabad urged Delhi to restore the accord, which India has held in abeyance since May.', 'reduce_relations', '2025-06-30')).toEqual(['2025-05-01..2025-05-31']);
  expect.soft(datesOf('Moscow has suspended its part in the grain corridor since July.', 'reduce_relations')).toEqual(['2024-07-01..2024-07-31']);
  expect.soft(datesOf('Pakistan has suspended the bus service to India since April 24, officials said on Tuesday.', 'reduce_relations')).toEqual(['2025-04-24..2025-04-24']);
});

test('negatives: a measure with its own day, fighting that went on since a day, a since with no date', () => {
  expect.soft(datesOf('India suspended the treaty on April 23 and has not restored it since.', 'reduce_relations')).toEqual(['2025-04-23..2025-04-23']);
  expect.soft(datesOf('Russian forces have shelled the town of Kupiansk since May 7.', 'military_action')).not.toEqual(['2025-05-07..2025-05-07']);
  expect.soft(datesOf('India has suspended visas for Pakistanis since Monday.', 'reduce_relations').every((d) => !d.startsWith('2025-05-01'))).toBe(true);
  expect.soft(datesOf('Pakistan has suspended trade with India since the attack, its ministry said on Monday.', 'reduce_relations').every((d) => !d.startsWith('2025-04-01'))).toBe(true);
});
