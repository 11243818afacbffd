import { expect, test } from 'vitest';
import { eventsOfText, extractedOfText } from './fixtures/unseen-events-of';

/**
 * Rule "the passive's agent" (clause-structure.ts) and rule "an incident acted on" (incident-clauses.ts): in the
 * passive, who acted stands after "by" and what was acted on before the verb. Sentences in our own words; the paper is
 * dated Wednesday 14 May 2025, so "Tuesday" is 13 May.
 */
const PUBLISHED = '2025-05-14';
const read = (text: string, type: string) =>
  extractedOfText(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => ({ actors: e.actors, agent: e.agent, date: `${e.date.start}..${e.date.end}` }));

test('the one after "by" acts; the state before the verb is acted on', () => {
  expect(read('Pakistan and India were urged by Guterres on Tuesday to show restraint.', 'appeal')).toEqual([{ actors: ['antonio-guterres'], agent: null, date: '2025-05-13..2025-05-13' }]);
  expect(read('Pakistan was accused by India on Tuesday of harbouring militants.', 'accusation')).toEqual([{ actors: [], agent: 'IN', date: '2025-05-13..2025-05-13' }]);
  // The cue's words may run past the agent: "by" follows the participle.
  expect(read('Pakistan was warned by Modi on Tuesday that India would strike again.', 'threat')).toEqual([{ actors: ['narendra-modi'], agent: null, date: '2025-05-13..2025-05-13' }]);
});

test('an incident acted on in the passive leaves the date to the act done to it', () => {
  const events = eventsOfText('The drone strike on Odesa was condemned by Macron on Tuesday.', PUBLISHED).map((e) => `${e.type} ${e.actors.join('+')} ${e.date.start}..${e.date.end}`);
  expect(events).toContain('condemnation emmanuel-macron 2025-05-13..2025-05-13');
  expect(events).not.toContain('military_action  2025-05-13..2025-05-13');
  // Its own launching in the passive still dates it.
  expect(eventsOfText('The drone strike on Odesa was carried out by Russia on Tuesday.', PUBLISHED).map((e) => `${e.type} ${e.date.start}..${e.date.end}`)).toEqual(['military_action 2025-05-13..2025-05-13']);
});

test('negative: "by" after a word that opens another clause names no agent', () => {
  // "by Pakistan" belongs to "attacks", inside the "until" clause: Pakistan holds nothing in abeyance.
  expect(read('India said on Tuesday the treaty would be held in abeyance until attacks by Pakistan stop.', 'reduce_relations').map((e) => e.agent)).not.toContain('PK');
});
