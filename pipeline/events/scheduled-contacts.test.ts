import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * A summit named with its two parties ("a summit between A and B") is a meeting as much as "a meeting between A and
 * B"; named "scheduled" or "forthcoming" it is still ahead, and its weekday is the coming one, unless the clause goes
 * on to tell it held. Seen in the fourth unseen Russia–Ukraine set (the Alaska summit told as "a scheduled summit
 * between ... on Friday"). Sentences written for this test; published Tuesday 12 August 2025.
 */
const TUESDAY = '2025-08-12';
const meetingsOf = (body: string) =>
  eventsOfText(body, TUESDAY)
    .filter((e) => e.type === 'meeting' || e.type === 'negotiation')
    .map((e) => [e.type, e.status, e.date.start, e.date.end, [...e.actors].sort()]);

test.each([
  ['The ministers spoke ahead of a scheduled summit between Donald Trump and Vladimir Putin in Alaska on Friday.', 'meeting'],
  ['Officials prepared for the forthcoming meeting between Volodymyr Zelensky and Friedrich Merz on Friday.', 'meeting'],
  ['Diplomats were busy before the scheduled talks between Marco Rubio and Sergey Lavrov on Friday.', 'negotiation'],
])('"%s" is a planned %s on the coming Friday', (sentence, type) => {
  const [found] = meetingsOf(sentence);
  expect(found?.slice(0, 4)).toEqual([type, 'planned', '2025-08-15', '2025-08-15']);
});

test('"a summit between A and B" names both as its participants', () => {
  expect(meetingsOf('The summit between Donald Trump and Vladimir Putin took place in Alaska on Friday.')).toEqual([['meeting', 'occurred', '2025-08-08', '2025-08-08', ['donald-trump', 'vladimir-putin']]]);
});

test.each([
  ['The scheduled talks between the Russian and Ukrainian delegations were held in Riyadh on Friday.'],
  ['The scheduled meeting between Volodymyr Zelensky and Friedrich Merz took place in Berlin on Friday.'],
])('"%s": told held, it happened on the Friday before', (sentence) => {
  const [found] = meetingsOf(sentence);
  expect(found?.slice(1, 4)).toEqual(['occurred', '2025-08-08', '2025-08-08']);
});
