import { describe, expect, test } from 'vitest';
import type { EventType, TimelineEvent } from '../../src/shared/schema';
import { eventsOfCell } from './fixtures/unseen-events-of';

/**
 * The grid of groups led by a person (round x19b): a delegation, team, committee, panel or mission "led by",
 * "headed by" or "under" a named person, or named by that person's possessive, travels and meets through that person,
 * in its own sentence and, as "the committee", in the next. A group whose leader is not named, a state's delegation
 * with no leader told, and "led by" in the sense of caused are not that person. Sentences of our own, published on
 * Wednesday 14 May 2025.
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Islamabad|Delhi|Modi|Sharif|Jaishankar|Dar\b|Bilawal|Tharoor|Lahore|Karachi|Mumbai/;

const brief = (e: TimelineEvent) => [e.type, e.status, e.date.start, e.date.end, e.actors];
const contacts = (text: string) => eventsOfCell(text, PUBLISHED, CRISIS).filter((e) => ['visit', 'meeting', 'negotiation'].includes(e.type));

type Cell = [string, EventType, 'occurred' | 'planned', string, string, string[]];

function found(cells: Cell[]) {
  test.each(cells)('%s', (text, type, status, from, to, actors) => {
    expect(contacts(text).map(brief)).toContainEqual([type, status, from, to, actors]);
  });
}

describe('rule "a group led by a person acts through that person"', () => {
  found([
    ['The delegation led by Bilawal Bhutto Zardari reached Washington on Sunday.', 'visit', 'occurred', '2025-05-11', '2025-05-11', ['bilawal-bhutto-zardari']],
    ['A delegation headed by Shashi Tharoor met US lawmakers on Tuesday.', 'meeting', 'occurred', '2025-05-13', '2025-05-13', ['shashi-tharoor']],
    ['A Pakistani delegation led by Bilawal Bhutto Zardari met Antonio Guterres in New York on Tuesday.', 'meeting', 'occurred', '2025-05-13', '2025-05-13', ['bilawal-bhutto-zardari', 'antonio-guterres']],
    ['The committee headed by Bilawal Bhutto Zardari will meet members of Congress on Thursday.', 'meeting', 'planned', '2025-05-15', '2025-05-15', ['bilawal-bhutto-zardari']],
    ['A parliamentary committee led by Shashi Tharoor met Marco Rubio on Monday.', 'meeting', 'occurred', '2025-05-12', '2025-05-12', ['shashi-tharoor', 'marco-rubio']],
    ["Rustem Umerov's delegation held talks with the Russian side on Friday.", 'negotiation', 'occurred', '2025-05-09', '2025-05-09', ['rustem-umerov']],
    ["Bilawal Bhutto Zardari's delegation met Marco Rubio on Tuesday.", 'meeting', 'occurred', '2025-05-13', '2025-05-13', ['bilawal-bhutto-zardari', 'marco-rubio']],
    ["Shashi Tharoor's team arrived in Washington on Saturday.", 'visit', 'occurred', '2025-05-10', '2025-05-10', ['shashi-tharoor']],
    ['A parliamentary team under Shashi Tharoor met Marco Rubio on Tuesday.', 'meeting', 'occurred', '2025-05-13', '2025-05-13', ['shashi-tharoor', 'marco-rubio']],
    ['The Ukrainian delegation, led by Rustem Umerov, arrived in Istanbul on Thursday.', 'visit', 'occurred', '2025-05-08', '2025-05-08', ['rustem-umerov']],
    ['The Pakistani team, headed by Bilawal Bhutto Zardari, held talks with Marco Rubio on Monday.', 'negotiation', 'occurred', '2025-05-12', '2025-05-12', ['bilawal-bhutto-zardari', 'marco-rubio']],
    ['An Indian panel led by Shashi Tharoor will travel to Washington on Friday.', 'visit', 'planned', '2025-05-16', '2025-05-16', ['shashi-tharoor']],
    ['A mission headed by Steve Witkoff flew into Moscow on Thursday.', 'visit', 'occurred', '2025-05-08', '2025-05-08', ['steve-witkoff']],
    ['The Bilawal-led delegation met Marco Rubio on Tuesday.', 'meeting', 'occurred', '2025-05-13', '2025-05-13', ['bilawal-bhutto-zardari', 'marco-rubio']],
    ['The Shashi Tharoor-led delegation will meet Marco Rubio on Thursday.', 'meeting', 'planned', '2025-05-15', '2025-05-15', ['shashi-tharoor', 'marco-rubio']],
    ['A delegation under the leadership of Shashi Tharoor met US lawmakers on Tuesday.', 'meeting', 'occurred', '2025-05-13', '2025-05-13', ['shashi-tharoor']],
    ['A committee headed by former foreign minister Bilawal Bhutto Zardari reached New York on Monday.', 'visit', 'occurred', '2025-05-12', '2025-05-12', ['bilawal-bhutto-zardari']],
  ]);
});

describe('rule "the committee named before": the group of the sentence before acts through its head', () => {
  found([
    ['A committee headed by Bilawal Bhutto Zardari arrived in New York on Monday. The committee will also meet the UN Secretary-General in New York on Friday.', 'meeting', 'planned', '2025-05-16', '2025-05-16', ['bilawal-bhutto-zardari', 'antonio-guterres']],
    ['A committee headed by Bilawal Bhutto Zardari arrived in New York on Monday. The committee will also meet the UN Secretary-General in New York on Friday.', 'visit', 'occurred', '2025-05-12', '2025-05-12', ['bilawal-bhutto-zardari']],
    ['An Indian team led by Shashi Tharoor arrived in Washington on Saturday. The team met Marco Rubio on Monday.', 'meeting', 'occurred', '2025-05-12', '2025-05-12', ['shashi-tharoor', 'marco-rubio']],
  ]);
});

describe('groups that are not their leader', () => {
  test('a group with no leader named, or a state\'s delegation, has no person for actor', () => {
    expect(contacts('A delegation met US lawmakers on Tuesday.').map(brief)).toEqual([['meeting', 'occurred', '2025-05-13', '2025-05-13', []]]);
    const state = contacts('A Pakistani delegation met US lawmakers on Tuesday.');
    expect(state.map(brief)).toEqual([['meeting', 'occurred', '2025-05-13', '2025-05-13', []]]);
    expect(state[0]?.countries).toContain('PK');
    expect(contacts('A delegation led by a senior official met Marco Rubio on Tuesday.').map((e) => e.actors)).toEqual([['marco-rubio']]);
  });
  test('"led by" in the sense of caused names no one who travels or meets', () => {
    expect(contacts('Protests led by students reached Islamabad on Monday.')).toEqual([]);
    expect(contacts('Shashi Tharoor condemned the attack. Protests led by students met police in Delhi on Monday.').map((e) => e.actors)).not.toContainEqual(['shashi-tharoor']);
  });
});
