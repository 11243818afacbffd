import { expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/shared/schema';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * A relative clause about a teller tells an act apart from the sentence's main verb, both ways round:
 * - "X, who said on Monday that ..., met Y": the saying is the relative clause; the main verb is still X's.
 * - "X, who met Y on Monday, said ...": the contact is the relative clause; the saying is not that contact's content.
 * Sentences in our own words, published Wednesday 4 June 2025 (Monday is the 2nd, Tuesday the 3rd).
 */
const PUBLISHED = '2025-06-04';
const acts = (text: string) => eventsOfText(text, PUBLISHED).map((e: TimelineEvent) => [e.type, e.date.start, [...e.actors].sort()]);

test('"X, who said ... that ..., met Y": X meets Y, and X\'s saying stands apart', () => {
  expect(acts('Zelensky, who said on Monday that Moscow was dragging its feet, met Trump in Rome on Tuesday.')).toEqual(
    expect.arrayContaining([
      ['statement', '2025-06-02', ['volodymyr-zelenskyy']],
      ['meeting', '2025-06-03', ['donald-trump', 'volodymyr-zelenskyy']],
    ]),
  );
  expect(acts('Jaishankar, who said last week that India wanted no go-between with Pakistan, spoke with Rubio by phone on Tuesday.')).toContainEqual(['phone_call', '2025-06-03', ['marco-rubio', 's-jaishankar']]);
  // What was said may hold commas of its own; a participle goes on with the saying.
  expect(acts('Dar, who said on Monday that Pakistan wanted peace with India, adding that talks must follow, flew to Beijing on Tuesday.')).toContainEqual(['visit', '2025-06-03', ['ishaq-dar']]);
});

test('"X, who met Y on Monday, said ...": the saying is a statement of its own beside the meeting', () => {
  const found = acts('Foreign Minister Ishaq Dar, who met the Chinese envoy on Monday, said Pakistan wanted calm on its border with India.');
  expect(found).toContainEqual(['meeting', '2025-06-02', ['ishaq-dar']]);
  expect(found.filter((e) => e[0] === 'statement').map((e) => e[2])).toEqual([['ishaq-dar']]);
});

test('negatives: no relative clause, one act; what was said stays what was said', () => {
  // A relative clause inside what was said is about someone else: the teller meets nobody.
  const told = acts('Zelensky said on Monday that Putin, who refuses to talk to Kyiv, met Lukashenko in Minsk.');
  expect(told.filter((e) => e[0] === 'meeting').map((e) => e[2])).toEqual([['alexander-lukashenko', 'vladimir-putin']]);
  // A plain "X met Y and said ..." is unchanged: the saying is the meeting's content.
  expect(acts('Zelensky met Trump in Rome on Tuesday and said the talks were frank about the war with Russia.').map((e) => e[0])).toEqual(['meeting']);
});
