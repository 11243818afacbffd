import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Rule "the lead's present perfect" (dateline-lead.ts): wire copy opens with a dateline and tells the news it files
 * in the present perfect ("ISLAMABAD: Pakistan has urged India to ...", "NEW DELHI (Reuters) - India has expelled
 * ..."): that act is the news of the day, the day of the paper or the day before, not background of the month
 * before. Sentences written for this grid; the paper is dated Wednesday 14 May 2025.
 */
const PUBLISHED = '2025-05-14';
const datesOf = (text: string, type: string) =>
  eventsOfText(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => `${e.date.start}..${e.date.end}`);

test('a dateline’s lead in the present perfect is the news of the day', () => {
  expect.soft(datesOf('ISLAMABAD: Pakistan has urged India to restore the water treaty in full.', 'appeal')).toEqual(['2025-05-13..2025-05-14']);
  expect.soft(datesOf('NEW DELHI: India has expelled a Pakistani diplomat for spying.', 'expel')).toEqual(['2025-05-13..2025-05-14']);
  expect.soft(datesOf('KYIV (Reuters) - Ukraine has accused Russia of shelling a hospital in Kherson.', 'accusation')).toEqual(['2025-05-13..2025-05-14']);
  expect.soft(datesOf('WASHINGTON/ISLAMABAD - The United States has welcomed the truce between India and Pakistan.', 'statement')).toEqual(['2025-05-13..2025-05-14']);
});

test('negatives: no dateline, a past perfect, a perfect with its own day, a later sentence', () => {
  expect.soft(datesOf('Pakistan has urged India to restore the water treaty in full.', 'appeal')).toEqual(['2025-04-14..2025-05-14']);
  expect.soft(datesOf('ISLAMABAD: Pakistan had urged India to restore the treaty before the talks collapsed.', 'appeal')).not.toEqual(['2025-05-13..2025-05-14']);
  expect.soft(datesOf('ISLAMABAD: Pakistan has urged India on Monday to restore the treaty.', 'appeal')).toEqual(['2025-05-12..2025-05-12']);
  expect.soft(datesOf('ISLAMABAD: The talks ended without a deal. Pakistan has urged India to restore the treaty.', 'appeal')).toEqual(['2025-04-14..2025-05-14']);
});
