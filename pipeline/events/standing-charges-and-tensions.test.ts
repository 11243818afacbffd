import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Two looks of background, in sentences written for this grid (the paper is dated Wednesday 14 May 2025):
 * - rule "a standing charge" (standing-charge.ts): "India accuses Pakistan of backing the militants, a charge
 *   Islamabad denies": the wire's note of where each side stands, in the simple present, with the other side's
 *   denial in apposition; neither the charge nor the denial is an act of a day;
 * - rule "talks, not tensions, between" (event-cues' 'negotiated'): "arrived for talks as tensions between A and B
 *   rose": the "between" of another noun in another clause names no parties of talks.
 */
const PUBLISHED = '2025-05-14';
const types = (text: string) => eventsOfText(text, PUBLISHED).map((e) => `${e.type} ${e.date.start}..${e.date.end}`);
const ofTypes = (text: string, ...wanted: string[]) => types(text).filter((t) => wanted.some((w) => t.startsWith(`${w} `)));
/** A sentence later in a story, after a lead of other news (the lead's present is the news of the day). */
const later = (sentence: string) => `Talks on the border resumed on Monday.\n\n${sentence}`;

test('a standing charge and its denial in apposition are no acts of a day', () => {
  expect.soft(ofTypes(later('India accuses Pakistan of backing the militants, a charge Islamabad denies.'), 'accusation', 'rejection')).toEqual([]);
  expect.soft(ofTypes(later('Kyiv accuses Moscow of deporting children from occupied areas, an allegation that the Kremlin rejects.'), 'accusation', 'rejection')).toEqual([]);
  expect.soft(ofTypes(later('New Delhi blames Islamabad for the bombing, which Pakistan denies.'), 'accusation', 'rejection')).toEqual([]);
});

test('negatives of the standing charge: a charge made on a day, the lead’s news present, a denial of its own, a charge with its own day', () => {
  expect.soft(ofTypes('India on Monday accused Pakistan of backing the militants, a charge Islamabad denied.', 'accusation')).toEqual(['accusation 2025-05-12..2025-05-12']);
  expect.soft(ofTypes('India accuses Pakistan of backing the militants, a charge Islamabad denies.', 'accusation')).toEqual(['accusation 2025-05-13..2025-05-14']);
  expect.soft(ofTypes('Pakistan on Monday denied any role in the bombing.', 'rejection')).toEqual(['rejection 2025-05-12..2025-05-12']);
  expect.soft(ofTypes('Pakistan’s foreign ministry on Tuesday accused India of shelling villages in Kashmir.', 'accusation')).toEqual(['accusation 2025-05-13..2025-05-13']);
});

test('talks, not tensions, between: "for talks as tensions between A and B rose" names no talks between A and B', () => {
  expect.soft(ofTypes('The Turkish foreign minister arrived in Islamabad on Monday for talks as tensions between Pakistan and India kept rising.', 'negotiation')).toEqual([]);
  expect.soft(ofTypes('Saudi envoys flew to Delhi on Monday for consultations while fighting between India and Pakistan went on.', 'negotiation')).toEqual([]);
});

test('negatives: talks between parties named a few words on are talks', () => {
  expect.soft(ofTypes('India and Pakistan held talks on Monday on the water dispute between them.', 'negotiation', 'meeting')).toHaveLength(1);
  expect.soft(ofTypes('The talks in Riyadh between Russian and American officials ended on Monday.', 'negotiation', 'meeting')).toHaveLength(1);
});
