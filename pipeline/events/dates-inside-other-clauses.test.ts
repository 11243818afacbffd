import { describe, expect, test } from 'vitest';
import type { EventType } from '../../src/shared/schema';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * The grid of round x19b for dates told inside another clause's words: a date in a relative or participial clause, an
 * act named inside what was told, two coordinated verbs with dates of their own, and counts of days from the main
 * clause. Sentences of our own, in a paper of Wednesday 14 May 2025 (Monday 12, Tuesday 13) unless a cell gives another.
 */
const PUBLISHED = '2025-05-14';
/** An act with no date of its own: the week up to the paper. */
const UNDATED = ['2025-05-07', '2025-05-14'];
/** An act told of on Tuesday: done by then, in the week up to it. */
const BY_TUESDAY = ['2025-05-06', '2025-05-13'];
const TUESDAY = ['2025-05-13', '2025-05-13'];
const MONDAY = ['2025-05-12', '2025-05-12'];

/** [type, status, first day, last day] of each event a sentence gives. */
const told = (sentence: string, published = PUBLISHED) => eventsOfText(sentence, published).map((e) => [e.type, e.status, e.date.start, e.date.end]);

type Cell = [EventType, string[], string];

/** Cells whose sentence must give an occurred event of the type on the range. */
function found(cells: Cell[]) {
  test.each(cells)('%s on %j: %s', (type, [start, end], sentence) => {
    expect(told(sentence)).toContainEqual([type, 'occurred', start, end]);
  });
}

describe('rules "where-clause-of-a-place", "relative clause", "reduced relative": a date in another clause never dates the main verb', () => {
  found([
    ['meeting', UNDATED, 'Putin met the two US envoys for five hours in the Kremlin, focusing on the US plan for the war in Ukraine, where Moscow launched its full-scale invasion in 2022.'],
    ['negotiation', UNDATED, 'Sybiha held talks with Fidan in Ankara, where the two sides had met in March 2022.'],
    ['phone_call', UNDATED, "Modi spoke to Starmer by phone about Kashmir, where India revoked the region's special status in 2019."],
    ['meeting', UNDATED, 'Zelensky met Macron in Paris, where the two leaders signed a defence pact in January.'],
    ['meeting', UNDATED, 'Sybiha met Fidan in Antalya, where Russian and Ukrainian delegates had met on Monday.'],
    ['host_visit', UNDATED, 'Putin received Witkoff in Moscow, where the envoy had held talks in March.'],
    ['meeting', UNDATED, 'Lavrov met Fidan in Antalya, discussing the conflict in Ukraine, which Russia invaded in February 2022.'],
    ['meeting', UNDATED, 'Zelensky met Macron in Paris to discuss the war that began in February 2022.'],
    ['meeting', UNDATED, 'Lavrov met Araghchi in Moscow, focusing on the war in Ukraine, where Russia has been fighting since 2022.'],
    ['meeting', UNDATED, 'Putin met Witkoff to discuss the war that began in 2022.'],
    // The main verb's own date stands, whatever the clause after it holds.
    ['meeting', TUESDAY, 'Dar met Wang Yi in Beijing on Tuesday, focusing on the dispute over Kashmir, where India revoked its autonomy in 2019.'],
  ]);
});

describe('negatives: a clause that is about the main act, or a journey\'s place, keeps the date', () => {
  found([
    ['meeting', TUESDAY, 'Putin and Witkoff met on Tuesday, when they discussed the US plan.'],
    ['meeting', TUESDAY, 'Putin met Witkoff in the Kremlin on Tuesday, where Moscow hosted US envoys for the first time since 2022.'],
    ['meeting', TUESDAY, 'Putin met Witkoff in talks that lasted five hours on Tuesday.'],
    ['phone_call', MONDAY, 'Modi spoke to Macron in a call which was held on Monday.'],
    ['visit', TUESDAY, 'Zelensky arrived in Paris, where he met Macron on Tuesday.'],
    ['meeting', TUESDAY, 'Zelensky arrived in Paris, where he met Macron on Tuesday.'],
    ['visit', MONDAY, 'Dar travelled to Beijing on Monday, where he met Wang Yi on Tuesday.'],
    ['meeting', TUESDAY, 'Dar travelled to Beijing on Monday, where he met Wang Yi on Tuesday.'],
    ['meeting', TUESDAY, 'Jaishankar visited Moscow, where he met Lavrov on Tuesday.'],
  ]);
});

describe('rule "act-told-of": an act named inside what was told lies in the days up to the telling', () => {
  found([
    ['reduce_relations', BY_TUESDAY, "Dar on Tuesday briefed the ambassadors on India's suspension of trade with Pakistan."],
    ['reduce_relations', BY_TUESDAY, "Bilawal on Tuesday told lawmakers of India's suspension of visas for Pakistani nationals."],
    ['reduce_relations', BY_TUESDAY, "Bilawal on Tuesday told lawmakers about India's suspension of visas for Pakistani nationals."],
    ['reduce_relations', BY_TUESDAY, "On Tuesday, Bilawal told lawmakers of India's suspension of visas for Pakistani nationals."],
    ['reduce_relations', BY_TUESDAY, "In a meeting with senators on Tuesday, Bilawal briefed them on India's suspension of visas for Pakistani nationals."],
    ['reduce_relations', BY_TUESDAY, "During talks on Tuesday, Bilawal told lawmakers of India's suspension of visas for Pakistani nationals."],
    ['reduce_relations', ['2025-05-05', '2025-05-12'], "Pakistan's envoy apprised the UN chief on Monday of India's decision to suspend the treaty."],
    ['reduce_relations', BY_TUESDAY, "Dar raised India's suspension of visas for Pakistani nationals during his meeting with Rubio on Tuesday."],
    ['reduce_relations', BY_TUESDAY, "Dar on Tuesday condemned India's suspension of visas for Pakistani nationals."],
    ['sanctions', BY_TUESDAY, "Sybiha on Tuesday briefed EU envoys on Russia's new sanctions against Ukrainian officials."],
    ['expel', BY_TUESDAY, "Dar told the envoys on Tuesday about India's decision to expel Pakistani diplomats."],
    ['military_action', BY_TUESDAY, 'At a meeting with EU envoys on Tuesday, Sybiha highlighted the Russian attacks on energy facilities.'],
    ['military_action', BY_TUESDAY, 'Sybiha highlighted the Russian attacks on energy facilities in a call with Rubio on Tuesday.'],
    ['military_action', BY_TUESDAY, 'Zelensky on Tuesday told the European leaders about the Russian strike on Sumy.'],
    ['military_action', BY_TUESDAY, 'Sybiha on Tuesday apprised his Turkish counterpart of the Russian drone strikes on Odesa.'],
    // The telling keeps its day, set by the occasion a fronted phrase names (rule "fronted-occasion").
    ['statement', TUESDAY, "During talks with members of Congress on Tuesday, Bilawal told lawmakers of India's suspension of visas."],
    ['statement', TUESDAY, "During a visit to Washington on Tuesday, Bilawal told lawmakers of India's suspension of visas."],
    ['meeting', TUESDAY, "Dar raised India's suspension of visas for Pakistani nationals during his meeting with Rubio on Tuesday."],
  ]);
});

describe('negatives: an act done on the day, or with a date of its own, keeps it', () => {
  found([
    ['reduce_relations', TUESDAY, 'India on Tuesday suspended visas for Pakistani nationals.'],
    ['reduce_relations', TUESDAY, 'India on Tuesday announced the suspension of visas for Pakistani nationals.'],
    ['reduce_relations', TUESDAY, "India's suspension of visas for Pakistani nationals drew protests on Tuesday."],
    ['reduce_relations', ['2025-04-23', '2025-04-23'], "Dar on Tuesday told envoys of India's suspension of the treaty on April 23."],
    ['terrorist_attack', ['2025-04-22', '2025-04-22'], 'Dar on Tuesday briefed the ambassadors on the April 22 attack in Pahalgam.'],
    ['statement', TUESDAY, 'Dar on Tuesday briefed the ambassadors on the April 22 attack in Pahalgam.'],
    ['military_action', ['2025-05-11', '2025-05-11'], 'Zelensky on Tuesday told the European leaders about the Russian strike on Sumy on Sunday.'],
  ]);
});

describe('two coordinated verbs with dates of their own: two events, each with its status', () => {
  test.each([
    ['Trump met Zelensky in Florida on Thursday and was due to meet him there again on Friday.', '2025-05-16', '2025-05-15', '2025-05-16'],
    ['Witkoff met Putin in Moscow on Monday and is due to meet him again on Thursday.', PUBLISHED, '2025-05-12', '2025-05-15'],
    ['Rubio met Dar in Washington on Monday and will meet Jaishankar on Friday.', PUBLISHED, '2025-05-12', '2025-05-16'],
  ])('%s', (sentence, published, met, planned) => {
    const all = told(sentence, published);
    expect(all).toContainEqual(['meeting', 'occurred', met, met]);
    expect(all).toContainEqual(['meeting', 'planned', planned, planned]);
  });
  found([
    ['phone_call', TUESDAY, 'Sybiha met Fidan in Ankara on Monday and spoke to Rubio by phone on Tuesday.'],
    ['meeting', MONDAY, 'Sybiha met Fidan in Ankara on Monday and spoke to Rubio by phone on Tuesday.'],
    ['meeting', MONDAY, 'Trump met Zelensky in Florida on Monday and met him there again on Tuesday.'],
    ['meeting', TUESDAY, 'Trump met Zelensky in Florida on Monday and met him there again on Tuesday.'],
  ]);
});

describe('rule "counted-from-the-main-clause": counts run from the main clause\'s day', () => {
  const SUNDAY = ['2025-05-11', '2025-05-11'];
  found([
    ['military_action', ['2025-05-11', '2025-05-12'], 'Sybiha met Fidan on Monday, hours after Russian missiles struck Odesa.'],
    ['expel', ['2025-05-10', '2025-05-10'], 'India expelled a Pakistani diplomat on Monday, two days after Pakistan expelled an Indian official.'],
    ['military_action', SUNDAY, 'Russia struck Kharkiv on Monday. On the previous day, Ukrainian drones hit a refinery in Ryazan.'],
    ['military_action', ['2025-05-05', '2025-05-05'], 'Zelensky met Macron on Monday, a week after Russia struck Sumy.'],
    // With no day of its own, the main clause is the week up to the paper, and the count runs back from it.
    ['military_action', ['2025-05-06', '2025-05-13'], 'Her remarks came a day after Russian drones struck Kyiv.'],
  ]);
});

/**
 * Known gaps. Rules "comes-after-counts-from-what-it-names" (the count of "The visit came a day after ..." runs from the
 * day the story told last, not from the days after it an undated sentence inherits) and "counted-alone" ("The day
 * before, ..." with nothing named after it counts from the last date told) passed these cells, moved nothing on the
 * development corpus or on the two keyed sets read this round, and each turned one right date wrong on a keyed set
 * nobody had read (u24, round x19). Not kept until a form of them passes both.
 */
describe('known gaps: counts from the day told last', () => {
  const SUNDAY = ['2025-05-11', '2025-05-11'];
  test.fails.each([
    ['military_action', SUNDAY, 'Zelensky met Macron in Paris on Monday. The visit came a day after Russian drones struck Kyiv.'],
    ['military_action', ['2025-05-10', '2025-05-10'], 'Zelensky met Macron in Paris on Monday. The talks came two days after Russian drones struck Kyiv.'],
    ['military_action', SUNDAY, 'Russia struck Kharkiv on Monday. The day before, Ukrainian drones hit a refinery in Ryazan.'],
    ['military_action', ['2025-05-05', '2025-05-05'], 'Zelensky met Macron in Paris on Monday. The visit came a week after Russian missiles struck Sumy.'],
  ] as Cell[])('%s on %j: %s', (type, [start, end], sentence) => {
    expect(told(sentence)).toContainEqual([type, 'occurred', start, end]);
  });
});
