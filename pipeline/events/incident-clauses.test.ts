import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * The grid of clause kinds for an attack told by its attackers or weapons and their act (incident-clauses.ts): the same
 * act as a main clause, inside a subordinate clause, in the passive, denied or only supposed. Sentences in our own
 * words; the paper is dated Wednesday 14 May 2025, so "Tuesday" is 13 May.
 */
const PUBLISHED = '2025-05-14';
const attacksOf = (text: string) =>
  eventsOfText(text, PUBLISHED)
    .filter((e) => e.type === 'military_action' || e.type === 'terrorist_attack')
    .map((e) => `${e.type} ${e.date.start}..${e.date.end}`);

test('an attack in a clause of its own, after a subordinating word, keeps that clause\'s date', () => {
  const strike = ['military_action 2025-05-13..2025-05-13'];
  expect(attacksOf('Shops stayed shut after Russian rockets hit Kharkiv on Tuesday.')).toEqual(strike);
  expect(attacksOf('Three workers died when a Russian drone hit a depot near Kharkiv on Tuesday.')).toEqual(strike);
  expect(attacksOf('Kharkiv has had no water since Russian rockets hit its pumping station on Tuesday.')).toEqual(strike);
  const massacre = ['terrorist_attack 2025-04-22..2025-04-22'];
  expect(attacksOf('Trade across the border stopped after militants killed 26 tourists near Pahalgam on April 22.')).toEqual(massacre);
});

test('a fronted subordinate clause ends at its comma; "when" and "as" share the date told before them', () => {
  expect(attacksOf('Just hours after Russian rockets hit Kharkiv on Tuesday, the mayor asked for help.')).toEqual(['military_action 2025-05-13..2025-05-13']);
  // The date after the comma is the main clause's, not the attack's: undated, the attack is one the story told.
  expect(attacksOf('After Russian rockets hit Kharkiv, the mayor asked for help on Tuesday.')).toEqual([]);
  expect(attacksOf('Three workers died near Kharkiv on Tuesday when a Russian drone hit their depot.')).toEqual(['military_action 2025-05-13..2025-05-13']);
});

test('an attack told by a teller without "that" is read as its own clause', () => {
  expect(attacksOf('The regional governor said Russian rockets hit Kharkiv on Tuesday.')).toEqual(['military_action 2025-05-13..2025-05-13']);
});

test('the passive told by its agent is the act its active tells', () => {
  const strike = ['military_action 2025-05-13..2025-05-13'];
  expect(attacksOf('Kharkiv was hit by Russian rockets on Tuesday.')).toEqual(strike);
  expect(attacksOf('A depot near Kharkiv was struck by a Russian drone on Tuesday.')).toEqual(strike);
  expect(attacksOf('Three workers were killed near Kharkiv on Tuesday by a Russian drone.')).toEqual(strike);
  expect(attacksOf('On April 22, 26 tourists were shot dead by militants near Pahalgam.')).toEqual(['terrorist_attack 2025-04-22..2025-04-22']);
});

test('negatives: a passive whose agent is no attacker, an attack supposed or denied', () => {
  expect(attacksOf('The plan for Kharkiv was hit by delays on Tuesday.')).toEqual([]);
  expect(attacksOf('The Kharkiv proposal was attacked by Russian diplomats on Tuesday.')).toEqual([]);
  expect(attacksOf('Kyiv will answer if Russian rockets hit Kharkiv again on Tuesday.')).toEqual([]);
  expect(attacksOf('Officials feared that Russian rockets could hit Kharkiv on Tuesday.')).toEqual([]);
  expect(attacksOf('Moscow denied that its rockets hit a depot in Kharkiv on Tuesday.')).toEqual([]);
  expect(attacksOf('Moscow denied that Kharkiv was hit by Russian rockets on Tuesday.')).toEqual([]);
  expect(attacksOf('Pakistan denied that militants it backs killed 26 tourists near Pahalgam on April 22.')).toEqual([]);
});

test('halted after its noun: fighting that stopped is no attack; a halting verb of another clause halts nothing of it', () => {
  expect(attacksOf('Shelling stopped along the front on Tuesday after the truce took hold.')).toEqual([]);
  expect(attacksOf('The drone strikes on the port were halted on Tuesday.')).toEqual([]);
  expect(attacksOf('Rail traffic stopped after Russian rockets hit Kharkiv on Tuesday.')).toEqual(['military_action 2025-05-13..2025-05-13']);
  expect(attacksOf('Russian shelling killed two people in Kharkiv on Tuesday.')).toEqual(['military_action 2025-05-13..2025-05-13']);
});
