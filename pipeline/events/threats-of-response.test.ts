import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * A threat told as a reply promised or a warning of what will follow (warned-of-response in event-cues.ts). Sentences
 * in our own words; the paper is dated Friday 9 May 2025.
 */
const PUBLISHED = '2025-05-09';
const read = (text: string) => eventsOfText(text, PUBLISHED).map((e) => [e.type, e.countries.join(','), e.date.start]);

test('a befitting reply vowed, consequences warned of, or force that will meet an attack is a threat', () => {
  expect(read('Pakistan vowed on Wednesday to give a befitting reply to any Indian aggression.')).toEqual([['threat', 'PK,IN', '2025-05-07']]);
  expect(read('Russia warned Britain of consequences on Monday.')).toEqual([['threat', 'RU,GB', '2025-05-05']]);
  expect(read('India warned on Thursday that any new attack would be met with decisive force.').map(([t]) => t)).toEqual(['threat']);
});

test('negatives: a reply to a letter, or a plan met with doubt, is no threat', () => {
  expect(read('Pakistan promised a reply to the Indian letter on Wednesday.').map(([t]) => t)).not.toContain('threat');
  expect(read('India warned on Thursday that the plan would be met with doubt in Pakistan.').map(([t]) => t)).not.toContain('threat');
});
