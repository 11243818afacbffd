import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * The war's opening told as background with its own month or day ("launched a full-scale invasion of Ukraine in
 * February 2022"), seen in three keyed sets of three publishers. Sentences written for these tests.
 */

function invasions(body: string, published: string) {
  const events = eventsOfText(body, published);
  return events.filter((e) => e.type === 'military_action').map((e) => ({ start: e.date.start, end: e.date.end, conflict: e.conflict }));
}

test('an invasion dated by its own month or day is the war’s opening on that month or day', () => {
  expect(invasions('The loans were frozen after Moscow began its full-scale invasion of Ukraine in February 2022.', '2025-04-20')).toEqual([
    { start: '2022-02-01', end: '2022-02-28', conflict: 'russia-ukraine' },
  ]);
  expect(invasions('It is the biggest exchange of captives since Russia’s invasion of Ukraine on 24 February 2022.', '2025-05-20')).toEqual([
    { start: '2022-02-24', end: '2022-02-24', conflict: 'russia-ukraine' },
  ]);
  expect(invasions('Three years after the February 2022 invasion, Kyiv and Moscow sent delegations to Turkey.', '2025-05-16')).toEqual([
    { start: '2022-02-01', end: '2022-02-28', conflict: 'russia-ukraine' },
  ]);
});

test('an invasion undated, dated by a year alone or of something else places nothing', () => {
  expect(invasions('The talks aim to end the war started by Russia’s invasion of Ukraine.', '2025-05-16')).toEqual([]);
  expect(invasions('The EU adopted its 17th package of sanctions on Russia since the 2022 invasion of Ukraine.', '2025-05-21')).toEqual([]);
  expect(invasions('Kyiv called the leak of the memorandum in May 2025 an invasion of privacy of its negotiators.', '2025-06-01')).toEqual([]);
});
