import { expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/shared/schema';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * A participle phrase set off by commas between tellers and their verb ("A and B, attending a summit in Vilnius,
 * said") says where or how they were, and leaves them the tellers, each with an act of speaking of their own; the
 * first of a list may be a pronoun. Sentences in our own words, published Monday 2 June 2025.
 */
const PUBLISHED = '2025-06-02';
const tellers = (events: TimelineEvent[]) => events.filter((e) => e.type === 'statement').map((e) => [...e.actors].sort());

test('"A and B, attending ..., said": one statement each', () => {
  const found = eventsOfText('Rustem Umerov and President Volodymyr Zelensky, attending a gathering of Baltic and Nordic leaders in Vilnius, said the next swap of prisoners would put the wounded first.', PUBLISHED);
  expect(tellers(found)).toEqual(expect.arrayContaining([['rustem-umerov'], ['volodymyr-zelenskyy']]));
});

test('"He and B, visiting ..., said": the pronoun\'s antecedent and B', () => {
  const text = 'Foreign Minister Andrii Sybiha briefed reporters in Kyiv on Sunday about a new exchange of prisoners with Russia.\n\nHe and President Volodymyr Zelensky, travelling through Poland on their way to a summit of European leaders in Brussels, said Russia had stalled for weeks.';
  expect(tellers(eventsOfText(text, PUBLISHED))).toContainEqual(['volodymyr-zelenskyy']);
});

test('a lone teller with a long participle phrase stays the teller', () => {
  const found = eventsOfText('Foreign Minister Ishaq Dar, wrapping up three days of talks on trade and water in the Chinese capital, said Pakistan would not be provoked by India.', PUBLISHED);
  expect(tellers(found)).toEqual([['ishaq-dar']]);
});

test('negatives: the person inside the participle phrase is not a teller', () => {
  const found = eventsOfText('Zelensky, meeting Emmanuel Macron at the Elysee for a second time this month, said Ukraine needed more air defence against Russia.', PUBLISHED);
  expect(tellers(found).flat()).not.toContain('emmanuel-macron');
});
