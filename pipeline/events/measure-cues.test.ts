import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Kinds of diplomatic act told by their own verbs (measure-cues.ts), through the real stages: who acts, on whom, and
 * what must not be read as the act. Sentences in our own words; the paper is dated Friday 9 May 2025.
 */
const PUBLISHED = '2025-05-09';
const read = (text: string) => eventsOfText(text, PUBLISHED).map((e) => [e.type, e.countries.join(','), e.date.start]);

test('a protest made through an envoy is criticism by the state that summoned or handed it, of the envoy\'s state', () => {
  expect(read('India summoned the Pakistani deputy high commissioner on Thursday over the firing.')).toEqual([['condemnation', 'IN,PK', '2025-05-08']]);
  // Joined by "and" to the summoning, the protest keeps its subject: the summoned envoy's state did not protest.
  expect(read("Pakistan summoned India's chargé d'affaires on Wednesday and lodged a strong protest.")).toEqual([['condemnation', 'PK,IN', '2025-05-07']]);
  // A foreign office in lower case is a body that acts, as its capitalised name is.
  expect(read("In Islamabad, the foreign office summoned India's acting high commissioner on Wednesday.")).toEqual([['condemnation', 'IN,PK', '2025-05-07']]);
  expect(read('Kyiv handed a note verbale to the Russian side on Tuesday.')).toEqual([['condemnation', 'UA,RU', '2025-05-06']]);
});

test('a summons or protest in the passive is criticism between the states its clause names, by no state it names as acting', () => {
  const [summoned] = eventsOfText("Pakistan's deputy high commissioner was summoned on Thursday, and a strong protest was lodged over the firing.", PUBLISHED);
  expect([summoned?.type, summoned?.countries, summoned?.date.start, summoned?.title]).toEqual(['condemnation', ['PK'], '2025-05-08', 'Criticism or condemnation: Unnamed party (Pakistan)']);
});

test('negatives: a courtroom summons, a minister summoned before a committee or a street protest is no diplomatic protest', () => {
  expect(read('The minister was summoned to appear before the Pakistani parliament on Thursday.')).toEqual([]);
  expect(read('A Pakistani court summoned the former minister on Thursday.')).toEqual([]);
  expect(read('Students in Lahore held a protest against India on Thursday.')).toEqual([]);
});

test('captives and bodies handed back are cooperation by the side that gave them', () => {
  expect(read('Pakistan handed back the detained Indian constable at the Attari crossing on Wednesday.')).toEqual([['intent_to_cooperate', 'PK,IN', '2025-05-07']]);
  expect(read('Russia repatriated the bodies of 500 Ukrainian servicemen on Monday.')).toEqual([['intent_to_cooperate', 'RU,UA', '2025-05-05']]);
  // In the passive, to the state after "to": its giver is untold.
  expect(read('A captured Indian border guard was handed back to India on Wednesday.')).toEqual([['intent_to_cooperate', 'IN', '2025-05-07']]);
  expect(read('The wounded soldiers were released from hospital in Kharkiv on Monday.')).toEqual([]);
  // Soldiers going back to the front are no one handed over.
  expect(read('Ukraine returned its soldiers to the front on Monday.')).toEqual([]);
});

test('crossings shut, missions cut and treaties put in abeyance reduce relations; a sanctions package is sanctions', () => {
  expect(read('Pakistan sealed the Wagah border post on Thursday.')).toEqual([['reduce_relations', 'PK', '2025-05-08']]);
  expect(read("India cut the strength of Pakistan's High Commission from 55 to 30 on Wednesday.")).toEqual([['reduce_relations', 'IN,PK', '2025-05-07']]);
  expect(read('India puts Indus Waters Treaty in abeyance').map(([t]) => t)).toEqual(['reduce_relations']);
  expect(read('Britain adopted a fresh sanctions package against Russia on Tuesday.')).toEqual([['sanctions', 'GB,RU', '2025-05-06']]);
  // "for Indian airlines" names whom the measure is against, not who took it.
  // Trade suspended is a measure of its own (rule "measures side by side"), of the same state and day.
  expect(read('Pakistan closed its airspace for Indian airlines on Thursday and suspended trade.')).toEqual([
    ['reduce_relations', 'PK,IN', '2025-05-08'],
    ['reduce_relations', 'PK', '2025-05-08'],
  ]);
  expect(read('India sealed the Kartarpur corridor to Pakistani pilgrims on Wednesday.')).toEqual([['reduce_relations', 'IN,PK', '2025-05-07']]);
  // Shutting schools, or a border post opened, is no measure against the other side.
  expect(read('India shut schools near the border on Thursday.')).toEqual([]);
});

test('fire exchanged is military action by both sides; a strike in a headline\'s present is the state\'s', () => {
  expect(read('Indian and Pakistani troops exchanged fire along the Line of Control on Thursday.')).toEqual([['military_action', 'IN,PK', '2025-05-08']]);
  expect(read('Russian drones attacked Kharkiv on Tuesday.')).toEqual([['military_action', 'RU', '2025-05-06']]);
  expect(read('Pakistan shoots down five Indian drones').map(([t, c]) => [t, c])).toEqual([['military_action', 'PK,IN']]);
  expect(read('Russia pounds Odesa with missiles').map(([t, c]) => [t, c])).toEqual([['military_action', 'RU']]);
  // Trading words, a deal struck, or a state "hit" with tariffs are no blows.
  expect(read('Russia and Ukraine exchanged accusations on Thursday.').map(([t]) => t)).not.toContain('military_action');
  expect(read('Ukraine strikes a deal with Britain on drones').map(([t]) => t)).not.toContain('military_action');
  expect(read('Washington hits Russia with new sanctions on oil').map(([t]) => t)).not.toContain('military_action');
});
