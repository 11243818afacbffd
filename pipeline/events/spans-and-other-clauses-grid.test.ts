import { describe, expect, test } from 'vitest';
import type { EventType } from '../../src/shared/schema';
import { eventsOfCell } from './fixtures/unseen-events-of';
import { mayDay, onMayDay, show, wantedIn, type Want } from './fixtures/wanted-events';

/**
 * The grid of dates that are not the act's own day (round x21): a date in a clause joined on with a subject of its own
 * ("..., and Germany on Tuesday expelled"), a fronted "by" and a day ("By Thursday evening, ..."), and the start of a
 * span told after "since" with the words that name it ("since taking office on January 20", "since the truce took
 * effect on May 10"). Each range must be right or honestly wider, never narrower than the words. Sentences of our own,
 * published on Wednesday 14 May 2025 (Tuesday is 13 May, Monday 12, Sunday 11, Saturday 10, Friday 9, Thursday 8).
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Bilawal|Sharif|Modi|Jaishankar|Dar\b|Kashmir|Line of Control|Delhi|Islamabad/;
const cell = (sentence: string, published = PUBLISHED) => eventsOfCell(sentence, published, CRISIS);
const found = (cells: [string, Want[]][]) => { wantedIn(cells, (s) => cell(s)); };
const D = mayDay;
const day = onMayDay;
/** The week up to the paper: what an act with no date words of its own is given. */
const WEEK: [string, string] = [D(7), D(14)];

/** Cells that must give no event of the type (of the state, where given) dated that day alone. */
function notOnDay(cells: [string, EventType, string, string?][]) {
  test.each(cells)('%s: no %s on %s alone', (sentence, type, iso, state) => {
    const wrong = cell(sentence).filter((e) => e.type === type && e.date.start === iso && e.date.end === iso && (state === undefined || e.countries.includes(state)));
    expect(show(wrong)).toEqual([]);
  });
}

describe('a date in a clause joined on with its own subject is that clause’s', () => {
  found([
    ['France recalled its ambassador from Moscow, and Germany on Tuesday expelled two Russian diplomats.', [
      { type: 'expel', date: day(13), countries: ['DE'] },
      { type: 'expel', holds: WEEK, countries: ['FR'] },
    ]],
    ['Pakistan condemned the strikes, and its army on Wednesday shot down five Indian jets.', [
      { type: 'condemnation', holds: WEEK, countries: ['PK'] },
    ]],
    ['Lithuania summoned the Russian charge d’affaires, but Latvia on Monday expelled an envoy.', [
      { type: 'expel', date: day(12) },
    ]],
    ['The European Union condemned the missile strike on Sumy, and Britain, a day later, imposed new sanctions on Moscow.', [
      { type: 'condemnation', holds: WEEK },
    ]],
    ['Kyiv accused Moscow of stalling the talks, and the Kremlin on Friday rejected the charge.', [
      { type: 'accusation', holds: WEEK, countries: ['UA'] },
      { type: 'rejection', date: day(9) },
    ]],
    ['Sharif telephoned Erdogan, and on Saturday the two leaders agreed to deepen defence ties.', [
      { type: 'phone_call', holds: WEEK, actors: ['shehbaz-sharif'] },
    ]],
    ['India suspended visas for Pakistani nationals and Islamabad on Thursday closed its airspace to Indian airlines.', [
      { type: 'reduce_relations', date: day(8), countries: ['PK'] },
    ]],
  ]);
  // The look-alikes: one subject with two objects, one subject with two verbs, a list of places, a teller after the date.
  found([
    ['Rubio spoke with Dar and Jaishankar on Saturday.', [
      { type: 'phone_call', date: day(10), actors: ['marco-rubio', 'ishaq-dar'] },
      { type: 'phone_call', date: day(10), actors: ['marco-rubio', 's-jaishankar'] },
    ]],
    ['Russian missiles struck Kharkiv and Odesa on Tuesday.', [{ type: 'military_action', date: day(13) }]],
    ['Russian drones hit Kharkiv and Dnipro on Tuesday, the Ukrainian air force said.', [{ type: 'military_action', holds: [D(13), D(13)] }]],
    ['Zelensky arrived in Berlin and met Chancellor Merz on Monday.', [{ type: 'meeting', date: day(12), actors: ['volodymyr-zelenskyy'] }]],
    ['Pakistan and India agreed on Saturday to halt all firing.', [{ type: 'ceasefire', date: day(10) }]],
  ]);
  notOnDay([
    ['France recalled its ambassador from Moscow, and Germany on Tuesday expelled two Russian diplomats.', 'expel', D(13), 'FR'],
    ['Pakistan condemned the strikes, and its army on Wednesday shot down five Indian jets.', 'condemnation', D(14)],
    ['Kyiv accused Moscow of stalling the talks, and the Kremlin on Friday rejected the charge.', 'accusation', D(9)],
  ]);
});

describe('a fronted “by” and a day: done at or before that day', () => {
  found([
    ['By Thursday evening, Pakistan said it had shot down 25 Indian drones.', [{ type: 'military_action', holds: [D(7), D(8)] }]],
    ['By Friday, Russian forces had struck 40 targets in the Sumy region.', [{ type: 'military_action', holds: [D(8), D(9)] }]],
    ['By the evening of Sunday May 11, Pakistani troops had shelled Indian posts along the Line of Control.', [{ type: 'military_action', holds: [D(10), D(11)] }]],
    ['By the end of Monday, Ukraine and Russia had swapped 390 prisoners each.', [{ type: 'intent_to_cooperate', holds: [D(11), D(12)] }]],
    ['By Saturday, the foreign ministry had summoned the Indian envoy twice.', [{ type: 'condemnation', holds: [D(9), D(10)] }]],
  ]);
  // No day before the words' day is added to what the words put on the day itself, nor to an act told after a deadline.
  found([
    ['On Thursday evening, Pakistan said it had shot down 25 Indian drones.', [{ type: 'military_action', holds: [D(8), D(8)] }]],
    ['Russia demanded that Kyiv pull its troops out of Kursk by Friday.', [{ type: 'demand', holds: WEEK }]],
  ]);
  notOnDay([
    ['By Thursday evening, Pakistan said it had shot down 25 Indian drones.', 'military_action', D(8)],
    ['By Friday, Russian forces had struck 40 targets in the Sumy region.', 'military_action', D(9)],
    ['Russia demanded that Kyiv pull its troops out of Kursk by Friday.', 'demand', D(9)],
  ]);
});

describe('“since” and the words that name when a span began: from that day to the paper', () => {
  found([
    ['Russia has launched more than 500 drones at Ukraine since the talks in Istanbul on May 2.', [{ type: 'military_action', date: [D(2), D(14)] }]],
    ['Pakistani troops have violated the ceasefire since it took effect on May 10.', [{ type: 'military_action', date: [D(10), D(14)] }]],
    ['Kyiv has accused Moscow of stalling since the talks began on May 2.', [{ type: 'accusation', date: [D(2), D(14)] }]],
    ['India has expelled three Pakistani diplomats since the attack on April 22.', [{ type: 'expel', date: ['2025-04-22', D(14)] }]],
    ['Since the truce was agreed on May 10, the two armies have exchanged fire twice, officials said.', [{ type: 'military_action', holds: [D(10), D(14)] }]],
    ['Russian forces have shelled Kherson every day since the second round of talks on May 5.', [{ type: 'military_action', date: [D(5), D(14)] }]],
  ]);
  // A span that began nine days before the paper (of 29 January), told with a participle of the act after it.
  wantedIn([
    ['Trump has put pressure on both sides since coming into office on January 20, threatening tougher sanctions on Russia.', [{ type: 'threat', holds: ['2025-01-20', '2025-01-29'] }]],
  ], (s) => cell(s, '2025-01-29'));
  // A span longer than a month is a trend, no event's date: the act keeps the window of an undated act.
  notOnDay([['Trump has threatened Russia with sanctions since taking office on January 20.', 'threat', '2025-01-20']]);
});

describe('a fronted participle of starting: the acts after it came on that day or later', () => {
  found([
    ['Starting his tour on May 10, Sharif has already visited Turkey and Iran, with Azerbaijan the last stop of the trip ending on May 17.', [
      { type: 'visit', date: [D(10), D(14)], actors: ['shehbaz-sharif'], planned: false },
    ]],
    ['Beginning a week of talks on Monday, Rubio has met the foreign ministers of India and Pakistan.', [{ type: 'meeting', holds: [D(12), D(14)] }]],
    ['Having set off on Saturday, the Ukrainian delegation has held talks with US officials in Geneva.', [{ type: 'negotiation', holds: [D(10), D(14)] }]],
  ]);
  notOnDay([
    ['Starting his tour on May 10, Sharif has already visited Turkey and Iran, with Azerbaijan the last stop of the trip ending on May 17.', 'visit', D(17)],
    ['Starting his tour on May 10, Sharif has already visited Turkey and Iran.', 'visit', D(10)],
  ]);
});

describe('a quotation closed by its teller: the date after the teller is the saying’s, the act done by then', () => {
  found([
    ['"Pakistan’s air defences have so far shot down 25 Indian drones," said a statement of the army’s media wing on Thursday.', [{ type: 'military_action', holds: [D(7), D(8)] }]],
    ['"Pakistani forces have so far shot down 25 Indian drones," the army’s media wing said in a statement on Thursday.', [{ type: 'military_action', holds: [D(7), D(8)] }]],
    ['"Russian troops have struck 20 Ukrainian positions in Kharkiv," said the Russian defence ministry late on Friday.', [{ type: 'military_action', holds: [D(8), D(9)] }]],
  ]);
  notOnDay([
    ['"Pakistan’s air defences have so far shot down 25 Indian drones," said a statement of the army’s media wing on Thursday.', 'military_action', D(8)],
    ['"Pakistani forces have so far shot down 25 Indian drones," the army’s media wing said in a statement on Thursday.', 'military_action', D(8)],
  ]);
});
