import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';
import { knownIncidentOf } from '../lexicon/known-incidents';

/**
 * Rule 'attack-dated-after-it' (event-cues.ts) and the weapon nouns' "assault": an attack told only as the cause or
 * background of its clause, with its own date right after it (or a weapon noun with its date before it), is still an
 * attack of its own; rule 'known-incident-within-a-week' (lexicon/known-incidents.ts). Sentences of our own.
 */

const attacks = (body: string, published: string) => eventsOfText(body, published).filter((e) => e.type === 'military_action' || e.type === 'terrorist_attack');

test('a bare attack with a relative date right after it is an attack, though its clause tells it as a cause', () => {
  for (const [body, start, end] of [
    ['The minister flew home early after a deadly attack last week in the eastern hills of Ukraine.', '2025-03-09', '2025-03-16'],
    ['Talks were called off following an assault overnight on the Ukrainian border town of Sumy.', '2025-03-18', '2025-03-20'],
    ['Both envoys left Pakistan after a brutal attack on Tuesday, when gunmen killed nine guards.', '2025-03-18', '2025-03-18'],
  ] as const) {
    const found = attacks(body, '2025-03-20');
    expect(found, body).toHaveLength(1);
    expect(found[0]?.date, body).toMatchObject({ start, end });
  }
  // Terror named in the sentence makes it a terrorist attack.
  expect(attacks('Both envoys left Pakistan after a brutal attack on Tuesday, when gunmen killed nine guards.', '2025-03-20').map((e) => e.type)).toEqual(['terrorist_attack']);
});

test('a weapon-named assault dated before it is a strike: "an overnight missile and drone assault"', () => {
  const found = attacks('The president cut short his tour in response to a heavy overnight missile and drone assault on Odesa.', '2025-03-20');
  expect(found.map((e) => e.type)).toEqual(['military_action']);
  expect(found[0]?.date.end).toBe('2025-03-20');
});

test('after a definite attack, "on" a weekday dates the clause, not the attack; an undated attack told as a cause is none', () => {
  expect(attacks('The cabinet condemned the attack on Sunday and met its generals.', '2025-03-20')).toHaveLength(0);
  expect(attacks('The minister flew home early after a deadly attack in the hills.', '2025-03-20')).toHaveLength(0);
});

test('a span of at most a week that holds a known incident\'s day names it with its region; a month does not', () => {
  const words = (start: string, end: string) => ({ noun: 'attack', place: null, complements: ' last week in Indian-administered Kashmir', day: { start, end } });
  expect(knownIncidentOf(words('2025-04-20', '2025-04-27'))?.name).toBe('pahalgam-attack');
  expect(knownIncidentOf(words('2025-04-22', '2025-04-22'))?.name).toBe('pahalgam-attack');
  expect(knownIncidentOf(words('2025-04-01', '2025-04-30'))).toBeNull();
  expect(knownIncidentOf(words('2025-04-23', '2025-04-29'))).toBeNull();
});
