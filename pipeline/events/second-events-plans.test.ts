import { describe, expect, test } from 'vitest';
import type { EventType } from '../../src/shared/schema';
import { noEventOfType } from './fixtures/unseen-events-of';
import { secondEventsCell } from './fixtures/second-events-cell';
import { mayDay, onMayDay, show, wantedIn, type Want } from './fixtures/wanted-events';

/**
 * The grid of the second event of a sentence (round x20), second part (the first, second-events-grid.test.ts, says
 * what the three families are): plans told in a "with" phrase, then more wordings of all three and their look-alikes.
 * Sentences of our own, published on Wednesday 14 May 2025 (Tuesday is 13 May, Monday 12, Saturday 10, Friday 9,
 * Thursday 8, Friday 2; the Thursday ahead 15, the Friday ahead 16, the Sunday ahead 18, the Monday ahead 19).
 */
const cell = secondEventsCell;

const found = (cells: [string, Want[]][]) => { wantedIn(cells, cell); };
const none = (cells: [EventType, string][]) => { noEventOfType(cells, cell); };

const D = mayDay;
const day = onMayDay;

describe('a plan told in a "with" phrase beside the main clause', () => {
  found([
    ['India and Pakistan agreed on Saturday to extend the ceasefire, with their military commanders due to hold talks on Sunday.', [
      { type: 'negotiation', date: day(18), planned: true },
    ]],
    ['The two sides agreed to extend the truce, with the DGMOs scheduled to speak again on Monday.', [
      { type: 'phone_call', date: day(19), planned: true },
    ]],
    ['Russia and Ukraine ended a first round of talks in Istanbul on Friday, with a second round planned for next week.', [
      { type: 'negotiation', planned: true },
    ]],
    ['The truce was extended until Sunday, with talks expected to resume on Friday.', [
      { type: 'negotiation', date: day(16), planned: true },
    ]],
    ['Rubio met Lavrov in Riyadh on Tuesday, with the two delegations due to meet again in Istanbul on Friday.', [
      { type: 'meeting', date: day(13), actors: ['marco-rubio', 'sergey-lavrov'] },
      { type: 'meeting', date: day(16), planned: true },
    ]],
    ['Witkoff left Moscow on Tuesday, with a meeting between Putin and Trump set for next month.', [
      { type: 'meeting', actors: ['vladimir-putin', 'donald-trump'], planned: true },
    ]],
    ['The truce was extended to Sunday, with senior officers of both armies—the DGMOs—scheduled to convene on Friday.', [
      { type: 'meeting', date: day(16), planned: true },
    ]],
    ['Modi spoke to Putin on Tuesday, with Jaishankar set to travel to Moscow on Monday.', [
      { type: 'visit', date: day(19), actors: ['s-jaishankar'], planned: true },
    ]],
    ['The envoys met in Doha on Monday, with further talks slated for Friday.', [
      { type: 'negotiation', date: day(16), planned: true },
    ]],
    ['Sybiha spoke to Fidan on Monday, with Zelensky expected to visit Ankara on Friday.', [
      { type: 'visit', date: day(16), actors: ['volodymyr-zelenskyy'], planned: true },
    ]],
  ]);
  none([
    ['negotiation', 'The ceasefire held on Tuesday, with no talks planned.'],
    ['phone_call', 'The two armies exchanged fire on Tuesday, with no sign of a call between their commanders.'],
    ['negotiation', 'Rubio met Lavrov on Tuesday, with talks on a truce due to the war dragging on.'],
  ]);
  test('"with no date set for a second round": no planned talks', () => {
    expect(show(cell('Talks in Istanbul ended on Friday with no date set for a second round.').filter((e) => e.status === 'planned'))).toEqual([]);
  });
});

describe('more wordings of the three: other verbs of the gerund, other reports, other plans, and their look-alikes', () => {
  found([
    ['Macron landed in Kyiv on Saturday, hours after speaking to Zelensky by phone.', [
      { type: 'phone_call', date: [D(9), D(10)], actors: ['emmanuel-macron', 'volodymyr-zelenskyy'] },
      { type: 'visit', date: day(10), actors: ['emmanuel-macron'] },
    ]],
    ['Witkoff arrived in Moscow on Friday, a week after meeting Putin in St Petersburg.', [
      { type: 'meeting', date: day(2), actors: ['steve-witkoff', 'vladimir-putin'] },
    ]],
    // The journey after the call: that day or later, up to the paper.
    ['Zelensky spoke to Trump on Monday before flying to Rome.', [
      { type: 'visit', holds: [D(12), D(12)], actors: ['volodymyr-zelenskyy'] },
    ]],
    ['Jaishankar met Rubio on Tuesday, a day after accusing Pakistan of backing the attackers.', [
      { type: 'accusation', date: day(12), actors: ['s-jaishankar'] },
    ]],
    ['Sharif chaired a meeting of the National Security Committee on Thursday, hours after rejecting India\'s accusations.', [
      { type: 'rejection', date: [D(7), D(8)], actors: ['shehbaz-sharif'] },
    ]],
    ['Lavrov met Fidan in Antalya on Friday, a day after holding talks with Araghchi in Moscow.', [
      { type: 'negotiation', date: day(8), actors: ['sergey-lavrov', 'abbas-araghchi'] },
    ]],
    ['Kremlin aide Ushakov told reporters on Monday that Putin and Witkoff had met for five hours.', [
      { type: 'meeting', holds: [D(12), D(12)], actors: ['vladimir-putin', 'steve-witkoff'] },
      { type: 'statement', date: day(12), actors: ['yuri-ushakov'] },
    ]],
    ['The State Department confirmed that Rubio and Lavrov had held a phone call on Saturday.', [
      { type: 'phone_call', date: day(10), actors: ['marco-rubio', 'sergey-lavrov'] },
    ]],
    ['The Pakistani military said Indian drones had struck Lahore on Thursday.', [
      { type: 'military_action', date: day(8) },
    ]],
    ['Peskov said the talks in Istanbul had been held behind closed doors on Friday.', [
      { type: 'negotiation', date: day(9) },
    ]],
    ['Zelensky met Merz in Berlin on Wednesday, with Putin and Trump expected to speak by phone later in the day.', [
      { type: 'phone_call', date: day(14), actors: ['vladimir-putin', 'donald-trump'], planned: true },
    ]],
    ['The first round ended in Istanbul on Friday, with both delegations set to meet again on Monday.', [
      { type: 'meeting', date: day(19), planned: true },
    ]],
    ['Pakistan reopened its airspace on Tuesday, with talks between the two armies scheduled for Thursday.', [
      { type: 'negotiation', date: day(15), planned: true },
    ]],
    ['Zelensky left Ankara on Thursday, with a meeting of the two delegations due to take place in Istanbul on Friday.', [
      { type: 'meeting', date: day(16), planned: true },
    ]],
  ]);
  none([
    ['meeting', 'Lavrov said a meeting between Putin and Zelensky was not on the agenda.'],
    ['negotiation', 'Peskov said talks with Kyiv were off the table for now.'],
    ['negotiation', 'Peskov said talks with Kyiv might begin next month if conditions were met.'],
    ['phone_call', 'The Kremlin denied that Putin and Trump had spoken by phone on Friday.'],
    ['phone_call', 'Rubio said he hoped the two leaders would talk soon.'],
    ['negotiation', 'Analysts said the talks had stalled.'],
  ]);
  test('"with Moscow expected to respond": no planned contact', () => {
    expect(show(cell('Talks ended on Friday, with Moscow expected to respond to the proposal within days.').filter((e) => e.status === 'planned'))).toEqual([]);
  });
  test('"with the war set to enter its fourth year": no planned event', () => {
    expect(show(cell('The envoys met again on Tuesday, with the war set to enter its fourth year.').filter((e) => e.status === 'planned'))).toEqual([]);
  });
});
