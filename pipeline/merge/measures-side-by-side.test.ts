import { expect, test } from 'vitest';
import { eventsOfText } from '../events/fixtures/unseen-events-of';

/** Round x15: measures told by a series of verbs in one sentence. Sentences written for these tests. */
const measures = (body: string, published: string) => eventsOfText(body, published).filter((e) => e.type === 'reduce_relations' || e.type === 'expel');

test('a series of verbs after one state tells a measure for each verb, all of that state', () => {
  const found = measures('India on Friday put the water accord with Pakistan on hold, halted all trade, shut its airspace to Pakistani carriers and warned of further steps.', '2025-04-26');
  expect(found).toHaveLength(3);
  for (const e of found) {
    expect(e.countries).toContain('IN');
    expect(e.date).toMatchObject({ start: '2025-04-25', end: '2025-04-25' });
  }
});

test('two measures joined by "and" stay two, and a measure told again in another sentence still joins its first telling', () => {
  expect(measures('Pakistan on Friday halted all trade with India and shut its airspace to Indian carriers.', '2025-04-26')).toHaveLength(2);
  const again = measures('Pakistan on Friday shut its airspace to Indian carriers. The closure of the airspace by Pakistan on Friday hit dozens of flights.', '2025-04-26');
  expect(again.length).toBeLessThanOrEqual(1);
});

test('a verb after a comma that is no past verb of a series, or a participle of the passive, goes on with no subject', () => {
  // "sealed by" is what was done to the border, not a second measure of India's.
  expect(measures('India on Friday shut the Attari crossing, sealed by troops since dawn.', '2025-04-26')).toHaveLength(1);
});
