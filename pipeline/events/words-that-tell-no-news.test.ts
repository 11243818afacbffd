import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Three constructions whose words name an act without telling one, in sentences written for this grid (the paper is
 * dated Wednesday 14 May 2025, so "Monday" is 12 May):
 * - rule "a backdrop of words" (backdrop-of-words.ts): "amid Kyiv's calls for more air defence", "amid growing demands
 *   for a probe": calls and demands a clause is set against are its backdrop, not an act of that week;
 * - rule "a label someone gave" (reporting-verbs' NOT_A_RELATIVE_SAYING, find-incidents): "in what officials said they
 *   believed was a drone attack": the speaker only names what the clause's happening was; no saying, and the attack is
 *   the happening its clause tells, on that clause's day;
 * - rule "a contact characterised" (contact-characterised.ts): "This was the first conversation between Modi and
 *   Macron since ...": a copula after "this", "that" or "it" tells what kind of contact the one just told was.
 */
const PUBLISHED = '2025-05-14';
const events = (text: string) => eventsOfText(text, PUBLISHED).map((e) => `${e.type} ${e.date.start}..${e.date.end}`);
const ofType = (text: string, type: string) => events(text).filter((e) => e.startsWith(`${type} `));

test('a backdrop of words: calls and demands after "amid" are no appeal or demand of their own', () => {
  expect.soft(ofType('Shelling resumed near the border amid Kyiv’s calls for more air defence.', 'appeal')).toEqual([]);
  expect.soft(ofType('The talks opened on Monday amid Pakistan’s demands for a neutral probe.', 'demand')).toEqual([]);
  expect.soft(ofType('The markets fell amid growing calls for a ceasefire from Gulf states.', 'appeal')).toEqual([]);
  expect.soft(ofType('Troops moved closer to the frontier amidst India’s repeated calls for restraint.', 'appeal')).toEqual([]);
});

test('negatives of the backdrop: a call made, or made amid the fighting, is an appeal of its own day', () => {
  expect.soft(ofType('Amid the fighting, Sharif called for calm on Monday.', 'appeal')).toEqual(['appeal 2025-05-12..2025-05-12']);
  expect.soft(ofType('Dar on Monday called for restraint amid the shelling.', 'appeal')).toEqual(['appeal 2025-05-12..2025-05-12']);
  expect.soft(ofType('Pakistan on Monday demanded a neutral probe amid rising tensions.', 'demand')).toEqual(['demand 2025-05-12..2025-05-12']);
});

test('a label someone gave: no saying, and the attack is the clause’s happening, on its day', () => {
  expect.soft(ofType('Explosions were heard over Lahore late on Monday in what Pakistani military sources said they believed was an Indian drone attack.', 'statement')).toEqual([]);
  expect.soft(ofType('Explosions were heard over Lahore late on Monday in what Pakistani military sources said they believed was an Indian drone attack.', 'military_action')).toEqual(['military_action 2025-05-12..2025-05-12']);
  expect.soft(ofType('Blasts shook Kharkiv on Sunday during what Ukrainian officials said they suspected was a Russian missile strike.', 'statement')).toEqual([]);
  expect.soft(ofType('Blasts shook Kharkiv on Sunday during what Ukrainian officials said they suspected was a Russian missile strike.', 'military_action')).toEqual(['military_action 2025-05-11..2025-05-11']);
  expect.soft(ofType('Sirens wailed in Jammu on Tuesday in what the army said was a Pakistani drone attack.', 'military_action')).toEqual(['military_action 2025-05-13..2025-05-13']);
});

test('negatives of the label: a saying that reports, and an attack told with its own day', () => {
  expect.soft(ofType('Pakistani military sources said on Monday they believed an Indian drone had been shot down.', 'statement')).toEqual(['statement 2025-05-12..2025-05-12']);
  expect.soft(ofType('Ukrainian officials said on Tuesday that what hit the depot was a Russian missile.', 'statement')).toEqual(['statement 2025-05-13..2025-05-13']);
});

test('a contact characterised: "this was the first conversation between A and B" is the call just told', () => {
  expect.soft(events('In a half-hour phone call with Macron on Tuesday, Modi briefed him on the strikes. This was the first conversation between Macron and Modi after the strikes on Pakistan last month.').filter((e) => !e.startsWith('military_action'))).toEqual(['phone_call 2025-05-13..2025-05-13']);
  expect.soft(events('Dar met Wang Yi in Beijing on Monday. It was the second meeting between Dar and Wang in a month.')).toEqual(['meeting 2025-05-12..2025-05-12']);
  expect.soft(events('Zelensky and Erdogan spoke by phone on Tuesday. That was their third conversation since the Istanbul talks.').filter((e) => !e.startsWith('negotiation'))).toEqual(['phone_call 2025-05-13..2025-05-13']);
});

test('negatives of the characterised contact: a contact told with its own day, or a meeting yet to come', () => {
  expect.soft(events('Dar met Wang Yi in Beijing on Monday. The second meeting between Dar and Wang took place on Tuesday.')).toEqual(['meeting 2025-05-12..2025-05-12', 'meeting 2025-05-13..2025-05-13']);
  expect.soft(events('The first conversation between Dar and Wang Yi took place on Monday.').filter((e) => e.startsWith('phone_call') || e.startsWith('negotiation'))).toHaveLength(1);
});
