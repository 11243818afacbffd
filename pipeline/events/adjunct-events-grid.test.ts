import { describe, expect, test } from 'vitest';
import type { EventType } from '../../src/shared/schema';
import { eventsOfCell } from './fixtures/unseen-events-of';
import { fits, mayDay, onMayDay, show, wantedIn, type Want } from './fixtures/wanted-events';

/**
 * The grid of two events in one sentence, the second told in an adjunct (round x19b): a phrase or a clause of time,
 * cause or occasion ("after talks in Riyadh", "during a meeting with X", "a day after Russia exchanged prisoners",
 * "before agreeing to a ceasefire") beside the main clause's act. Each is keyed with its own type, date and actors;
 * the main clause's act stays whole. Sentences of our own, published on Wednesday 14 May 2025 (Tuesday is 13 May,
 * Monday 12, Sunday 11, Saturday 10, Friday 9, Thursday 8; "last week" is 5 to 11 May).
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Bilawal|Sharif|Modi|Jaishankar|Dar\b|Kashmir/;

const cell = (sentence: string) => eventsOfCell(sentence, PUBLISHED, CRISIS);

const found = (cells: [string, Want[]][]) => { wantedIn(cells, cell); };

/** Cells that must give no event of the type (on any day, or on another day than the one given). */
function none(cells: [string, EventType, string?][]) {
  test.each(cells)('no %s: %s', (sentence, type, butOn) => {
    const wrong = cell(sentence).filter((e) => e.type === type && !(butOn && e.date.start === butOn && e.date.end === butOn));
    expect(show(wrong)).toEqual([]);
  });
}

const D = mayDay;
const day = onMayDay;

describe('an event noun in a phrase of time: after, following, before, during, in the wake of', () => {
  found([
    ['Following two days of negotiations in Riyadh, Russia and the United States agreed on Tuesday to restore their embassies.', [
      // Two days that ended with the agreement: the talks are keyed on the agreement's day.
      { type: 'negotiation', date: day(13), countries: ['RU', 'US'] },
      { type: 'intent_to_cooperate', date: day(13), countries: ['RU', 'US'] },
    ]],
    ['After three rounds of talks in Istanbul, the two delegations agreed on Friday to swap 1,000 prisoners each.', [
      { type: 'negotiation', date: day(9) },
      { type: 'intent_to_cooperate', date: day(9) },
    ]],
    ['After talks in Jeddah on Tuesday, Ukraine accepted a US proposal for a 30-day ceasefire.', [
      { type: 'negotiation', date: day(13) },
      // The act after Tuesday's talks, undated itself: that day or later, up to the paper.
      { type: 'ceasefire', date: [D(13), D(14)] },
    ]],
    ['In the wake of the Riyadh talks on Tuesday, Rubio called Lavrov.', [
      { type: 'negotiation', date: day(13) },
      // The call, undated itself, came in the wake of Tuesday's talks: that day or later.
      { type: 'phone_call', date: [D(13), D(14)], actors: ['marco-rubio', 'sergey-lavrov'] },
    ]],
    ['The ceasefire held until Friday, ending with an understanding reached after talks between the Indian and Pakistani military chiefs on Thursday.', [
      { type: 'negotiation', date: day(8) },
    ]],
    ['Pakistan and India fought for four days of clashes last week before agreeing to a ceasefire on Saturday.', [
      { type: 'ceasefire', date: day(10), countries: ['IN', 'PK'] },
    ]],
    ['The two armies fought for four days last week before agreeing to a ceasefire on Saturday.', [
      { type: 'ceasefire', date: day(10) },
    ]],
    // The truce, undated itself, came after Sunday's fire: that day or later, up to the paper.
    ['Russia and Ukraine exchanged fire for hours on Sunday before agreeing to a local truce around the power plant.', [
      { type: 'ceasefire', date: [D(11), D(14)] },
    ]],
  ]);
});

describe('a contact as the occasion of the act, its partner named with a title or as a group of a state', () => {
  found([
    ['Trump said on Monday during a White House meeting with NATO chief Mark Rutte that Russia would face tariffs.', [
      // What Trump said there is told at the meeting (occasion-of-an-act.ts): one contact of the two.
      { type: 'meeting', date: day(12), actors: ['donald-trump', 'mark-rutte'] },
    ]],
    ['Zelensky said during a Kyiv meeting with British prime minister Keir Starmer on Tuesday that Ukraine was ready for a truce.', [
      { type: 'meeting', date: day(13), actors: ['volodymyr-zelenskyy', 'keir-starmer'] },
    ]],
    ['During meetings with US lawmakers in Washington on Wednesday, Bilawal Bhutto Zardari raised the water dispute.', [
      { type: 'meeting', date: day(14), actors: ['bilawal-bhutto-zardari'], countries: ['US'] },
    ]],
    ['Sybiha raised the issue of prisoners on Monday during talks with Turkish officials in Ankara.', [
      { type: 'meeting', date: day(12), actors: ['andrii-sybiha'], countries: ['TR'] },
    ]],
    ['Speaking at a news conference with Fidan in Ankara on Monday, Lavrov said Moscow was open to talks.', [
      { type: 'meeting', date: day(12), actors: ['sergey-lavrov', 'hakan-fidan'] },
    ]],
  ]);
});

describe('a sitting named by its day or its place beside the act', () => {
  found([
    ['Zelensky made the remarks at today\'s online summit of European leaders.', [
      { type: 'meeting', date: day(14), actors: ['volodymyr-zelenskyy'] },
    ]],
    ['Sybiha spoke at Monday\'s meeting of foreign ministers in Brussels.', [
      { type: 'meeting', date: day(12), actors: ['andrii-sybiha'] },
    ]],
    ['Her remarks came after a summit in London on Sunday, following another summit in Paris the previous day.', [
      { type: 'meeting', date: day(11), countries: ['GB'] },
      { type: 'meeting', date: day(10), countries: ['FR'] },
    ]],
  ]);
  none([
    ['Zelensky will speak at Friday\'s summit in Brussels.', 'meeting', D(16)],
  ]);
});

describe('a finite clause after "after", "a day after", "following": its own act and date', () => {
  found([
    ["Sybiha's visit to Ankara on Tuesday came a day after Russia and Ukraine exchanged 390 prisoners each.", [
      { type: 'visit', date: day(13), actors: ['andrii-sybiha'] },
      { type: 'intent_to_cooperate', date: day(12) },
    ]],
    ['Lavrov spoke to Fidan by phone on Sunday, a day after Turkey offered to host new talks.', [
      { type: 'phone_call', date: day(11), actors: ['sergey-lavrov', 'hakan-fidan'] },
      { type: 'intent_to_cooperate', date: day(10), countries: ['TR'] },
    ]],
    ['Dar flew to Beijing on Monday after India launched missile strikes on Pakistan.', [
      { type: 'visit', date: day(12), actors: ['ishaq-dar'] },
    ]],
    ['Macron met Merz on Sunday after a summit in London, following a meeting in Paris the previous day.', [
      { type: 'meeting', date: day(11), actors: ['emmanuel-macron', 'friedrich-merz'] },
      { type: 'meeting', date: day(10), countries: ['FR'] },
    ]],
  ]);
});

describe('negatives: adjuncts that tell no event, plans, and events the main clause tells already', () => {
  none([
    ['After a long pause, Russia resumed strikes on Kharkiv on Tuesday.', 'negotiation'],
    ['After a long pause, Russia resumed strikes on Kharkiv on Tuesday.', 'meeting'],
    ['Following the decision of the court, Pakistan recalled its envoy on Tuesday.', 'meeting'],
    ['Amid calls for talks, both armies shelled the front line on Tuesday.', 'negotiation'],
    ['Amid growing calls for a ceasefire, Russia struck Odesa on Tuesday.', 'ceasefire'],
    ['During the war, Zelensky has travelled abroad many times.', 'meeting'],
    ['Rubio met Lavrov in Riyadh on Tuesday. After the talks, Rubio said the two sides would restore embassies.', 'negotiation', D(13)],
    ['Rubio met Lavrov in Riyadh on Tuesday. After the talks, Rubio said the two sides would restore embassies.', 'meeting', D(13)],
  ]);
  // Two days of talks dated by both their days are one negotiation over the two (round x20: "two days of talks" are the
  // talks, no topic; this cell had allowed only a negotiation on the Monday, or none).
  found([
    ['Following two days of talks in Riyadh on Monday and Tuesday, the delegations left.', [
      { type: 'negotiation', date: [D(12), D(13)] },
    ]],
  ]);
  // The main clause keeps its own day, not the day of the plan it is told ahead of (rule "a leading clause", date-scope.ts).
  found([
    ['Ahead of talks in Istanbul on Friday, Zelensky met Erdogan in Ankara on Tuesday.', [
      { type: 'meeting', date: day(13), actors: ['volodymyr-zelenskyy', 'recep-tayyip-erdogan'] },
    ]],
  ]);
  // Not yet read: the talks ahead are a plan of their own (a topic noun after "of" today, and "Friday" is read as the
  // Friday past). Fails until a rule reads them.
  test.fails('the talks told "ahead of" are a planned negotiation on the Friday to come', () => {
    const events = cell('Ahead of talks in Istanbul on Friday, Zelensky met Erdogan in Ankara on Tuesday.');
    expect(events.some((e) => fits(e, { type: 'negotiation', date: day(16), planned: true }))).toBe(true);
  });
  test('the adjunct\'s talks are held by the parties their own words name, not by the main clause\'s subject', () => {
    const talks = cell('In the wake of the Riyadh talks on Tuesday, Rubio called Lavrov.').filter((e) => e.type === 'negotiation');
    expect(show(talks.filter((e) => e.actors.includes('marco-rubio')))).toEqual([]);
  });
  test('"before the summit" adds no summit of its own beside the one told', () => {
    const events = cell('Modi and Sharif will meet in Dubai on Friday. Before the summit, Modi spoke to Starmer on Tuesday.');
    expect(show(events.filter((e) => e.type === 'meeting' && e.status === 'occurred'))).toEqual([]);
  });
});
