import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * The construction grid of round x17 for dates: a date phrase attaches to the verb it modifies, and an act with no date
 * of its own gets an honest range. Sentences written for the test, published Wednesday 14 May 2025.
 */
const PUBLISHED = '2025-05-14';
const datesOf = (body: string, type: string) => eventsOfText(body, PUBLISHED).filter((e) => e.type === type).map((e) => [e.date.start, e.date.end]);
const TUESDAY = [['2025-05-13', '2025-05-13']];
/** Done by Tuesday: the week up to it. */
const BY_TUESDAY = [['2025-05-06', '2025-05-13']];

test('rule "warned-whom": the date after whom a warning was given is the warning\'s', () => {
  // A warning against an act is a threat (rule "warned against an act"); its date is found the same way.
  expect(datesOf('Putin warned the West on Tuesday against sending troops to Ukraine.', 'threat')).toEqual(TUESDAY);
  expect(datesOf('Putin warned European leaders on Tuesday not to send troops to Ukraine.', 'statement')).toEqual(TUESDAY);
  // What was said, with a subject of its own, keeps its date: it is no setting of the warning.
  expect(datesOf('Putin warned that Kyiv would pay a price on Friday.', 'statement')).not.toContainEqual(['2025-05-16', '2025-05-16']);
});

test('rule "teller-after-the-act": a teller\'s date after the act is the telling\'s; the act was done by then', () => {
  expect(datesOf('Russian drones struck Kyiv, the ministry said on Tuesday.', 'military_action')).toEqual(BY_TUESDAY);
  expect(datesOf('A Russian missile attack on Odesa killed five people, local officials said on Tuesday.', 'military_action')).toEqual(BY_TUESDAY);
  expect(datesOf('Rubio spoke by phone with Asim Munir, the State Department said on Tuesday.', 'phone_call')).toEqual(BY_TUESDAY);
  expect(datesOf('India expelled a Pakistani diplomat, officials told reporters on Tuesday.', 'expel')).toEqual(BY_TUESDAY);
  // The teller's own saying keeps its day.
  expect(datesOf('A Russian missile attack on Odesa killed five people, Zelensky said on Tuesday.', 'statement')).toEqual(TUESDAY);
  // An act with a date of its own keeps it.
  expect(datesOf('Rubio spoke by phone with Asim Munir on Saturday, the State Department said on Sunday.', 'phone_call')).toEqual([['2025-05-10', '2025-05-10']]);
  expect(datesOf('A Russian missile attack on Odesa on Monday killed five people, local officials said on Tuesday.', 'military_action')).toEqual([['2025-05-12', '2025-05-12']]);
  // A year that counts the act ("their first swap of 2025") does not outrank the day it was told.
  expect(datesOf('Russia and Ukraine exchanged 25 prisoners of war each in their first swap of 2025, officials from both countries announced Tuesday.', 'intent_to_cooperate')).toEqual(BY_TUESDAY);
});

test('rule "incident-as-object": a date at the verb of which an attack is the object is the verb\'s; the attack was done by then', () => {
  const denied = 'Pakistan on Tuesday denied the drone attacks on Jammu.';
  expect(datesOf(denied, 'rejection')).toEqual(TUESDAY);
  expect(datesOf(denied, 'military_action')).toEqual(BY_TUESDAY);
  const condemned = 'The European Union condemned the Russian missile strike on Sumy on Tuesday.';
  expect(datesOf(condemned, 'condemnation')).toEqual(TUESDAY);
  expect(datesOf(condemned, 'military_action')).toEqual(BY_TUESDAY);
  const accused = 'Russia on Tuesday accused Ukraine of shelling a market in Donetsk.';
  expect(datesOf(accused, 'accusation')).toEqual(TUESDAY);
  expect(datesOf(accused, 'military_action')).toEqual(BY_TUESDAY);
  // Undated, the attack condemned on Tuesday lies in the days up to Tuesday, not in the week up to publication.
  expect(datesOf('The European Union on Tuesday condemned the Russian missile strike on Sumy.', 'military_action')).toEqual(BY_TUESDAY);
});

test('rule "incident-as-object" leaves alone an attack with its own date and one its verb carries out', () => {
  // The verb has its own date: the one after the attack is the attack's.
  expect(datesOf('The European Union on Tuesday condemned the Russian missile strike on Sumy on Sunday.', 'military_action')).toEqual([['2025-05-11', '2025-05-11']]);
  // Launching or carrying out an attack is the attack.
  expect(datesOf('Russia on Tuesday launched drone attacks on Kyiv.', 'military_action')).toEqual(TUESDAY);
  expect(datesOf('Pakistan on Saturday carried out strikes on Indian bases.', 'military_action')).toEqual([['2025-05-10', '2025-05-10']]);
  // A calendar date after the attack's place names the attack ("recalled the attack in Pahalgam on 22 April").
  expect(eventsOfText('Officials recalled a deadly attack in the town of Pahalgam on 22 April.', PUBLISHED).filter((e) => e.type === 'terrorist_attack').map((e) => e.date.start)).toEqual(['2025-04-22']);
  // What a verb of saying takes is what was said: "the strike on Sunday" is its subject.
  expect(datesOf('Zelensky said the Russian strike on Sumy on Sunday killed 35 people.', 'military_action')).toEqual([['2025-05-11', '2025-05-11']]);
});

test('rule "happening-told-by-its-verb": "two days after the attack" counts from an attack told by its verb', () => {
  const body = 'Pakistani drones struck Jammu on Saturday. Two days after the attack, Rubio spoke with Jaishankar.';
  expect(datesOf(body, 'phone_call')).toEqual([['2025-05-12', '2025-05-12']]);
  // A verb that tells no attack gives "the attack" nothing to count from.
  expect(datesOf('Pakistan responded on Saturday. Two days after the attack, Rubio spoke with Jaishankar.', 'phone_call')).not.toContainEqual(['2025-05-12', '2025-05-12']);
});

test('rule "counted-from-the-main-clause": "a day after" past a comma counts from the main clause\'s date, wherever it stands', () => {
  const body = 'The European Union on Tuesday imposed new sanctions on Russia, a day after Zelensky urged Brussels to act.';
  expect(datesOf(body, 'appeal')).toEqual([['2025-05-12', '2025-05-12']]);
  expect(datesOf(body, 'sanctions')).toEqual(TUESDAY);
  // Without a count the clause after the comma is no day counted from Tuesday.
  expect(datesOf('The European Union on Tuesday imposed new sanctions on Russia, as Zelensky urged Brussels to act.', 'appeal')).not.toContainEqual(['2025-05-12', '2025-05-12']);
});
