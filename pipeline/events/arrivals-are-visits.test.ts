import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/shared/schema';
import { eventsOfCell } from './fixtures/unseen-events-of';

/**
 * The grid of arrivals (round x19b): a person arriving, landing, touching down, flying into or reaching a place abroad
 * has visited it, on the day the clause tells; one due to arrive is a visit ahead. What arrives without a visitor
 * (goods, weapons, troops, drones), "arrived at a decision", and a person arriving in their own country are none.
 * Sentences of our own, published on Wednesday 14 May 2025.
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Islamabad|Delhi|Modi|Sharif|Jaishankar|Dar\b|Bilawal|Tharoor|Lahore|Karachi|Mumbai/;

const visits = (sentence: string) => eventsOfCell(sentence, PUBLISHED, CRISIS).filter((e) => e.type === 'visit');
const brief = (e: TimelineEvent) => [e.status, e.date.start, e.date.end, e.actors];

type Cell = [string, 'occurred' | 'planned', string, string, string[]];

function found(cells: Cell[]) {
  test.each(cells)('%s', (sentence, status, from, to, actors) => {
    expect(visits(sentence).map(brief)).toContainEqual([status, from, to, actors]);
  });
}

function none(cells: string[]) {
  test.each(cells)('no visit: %s', (sentence) => {
    expect(visits(sentence).map(brief)).toEqual([]);
  });
}

describe('rule "arrived, landed, touched down, flew into, reached a place": a visit there', () => {
  found([
    ['Sergey Lavrov arrived in Pyongyang on Tuesday.', 'occurred', '2025-05-13', '2025-05-13', ['sergey-lavrov']],
    ['On Tuesday, Jaishankar arrived in Moscow.', 'occurred', '2025-05-13', '2025-05-13', ['s-jaishankar']],
    ['Marco Rubio touched down in Geneva on Sunday morning for discussions on the plan.', 'occurred', '2025-05-11', '2025-05-11', ['marco-rubio']],
    ['Andriy Yermak touched down in Riyadh on Monday.', 'occurred', '2025-05-12', '2025-05-12', ['andriy-yermak']],
    ['The US secretary of state touched down in Ankara late on Thursday.', 'occurred', '2025-05-08', '2025-05-08', ['marco-rubio']],
    ['The Iranian foreign minister landed in Islamabad on Tuesday.', 'occurred', '2025-05-13', '2025-05-13', ['abbas-araghchi']],
    ['Ishaq Dar landed in Beijing on Monday on a three-day visit.', 'occurred', '2025-05-12', '2025-05-12', ['ishaq-dar']],
    ["Bilawal Bhutto Zardari reached the United States on Sunday to present Pakistan's position.", 'occurred', '2025-05-11', '2025-05-11', ['bilawal-bhutto-zardari']],
    ['Rustem Umerov reached Istanbul on Thursday evening.', 'occurred', '2025-05-08', '2025-05-08', ['rustem-umerov']],
    ['On Monday Shehbaz Sharif reached Ankara for talks with the Turkish president.', 'occurred', '2025-05-12', '2025-05-12', ['shehbaz-sharif']],
    ['Keir Starmer flew into Kyiv on Saturday.', 'occurred', '2025-05-10', '2025-05-10', ['keir-starmer']],
    ['Friedrich Merz flew in to Kyiv on Saturday with other European leaders.', 'occurred', '2025-05-10', '2025-05-10', ['friedrich-merz']],
    ['Emmanuel Macron, who flew into Kyiv by train on Saturday, called for a truce.', 'occurred', '2025-05-10', '2025-05-10', ['emmanuel-macron']],
    ['Steve Witkoff arrived in Moscow on Tuesday ahead of a planned meeting with Vladimir Putin and Yuri Ushakov.', 'occurred', '2025-05-13', '2025-05-13', ['steve-witkoff']],
    ["Trump's special envoy Keith Kellogg arrived in Kyiv on Tuesday.", 'occurred', '2025-05-13', '2025-05-13', ['keith-kellogg']],
    ['Keith Kellogg arrived in Kyiv on Monday, his third trip since January.', 'occurred', '2025-05-12', '2025-05-12', ['keith-kellogg']],
    ['JD Vance, who landed in New Delhi on Monday, met Narendra Modi.', 'occurred', '2025-05-12', '2025-05-12', ['jd-vance']],
  ]);
  test('the place of "the Turkish city of Antalya" is the city', () => {
    expect(visits('Ishaq Dar arrived in the Turkish city of Antalya on Tuesday.').map((e) => e.title)).toEqual(['Ishaq Dar visits Antalya']);
  });
  // Negatives: a person reached (by some means), and a state that "reached" a town (its forces advancing).
  none(['Marco Rubio reached Sergey Lavrov on Monday.', 'Russia reached Kupiansk on Monday.', 'On Sunday, Ukraine reached the outskirts of Kursk.']);
});

describe('rule "an envoy named by the office": the envoy who arrives is the office\'s holder, not whose envoy he is', () => {
  found([
    ["Trump's special envoy for Ukraine arrived in Kyiv on Tuesday.", 'occurred', '2025-05-13', '2025-05-13', ['keith-kellogg']],
    ['The US special envoy for Ukraine and Russia touched down in Kyiv on Monday.', 'occurred', '2025-05-12', '2025-05-12', ['keith-kellogg']],
    ["Washington's Middle East envoy flew into Moscow on Friday.", 'occurred', '2025-05-09', '2025-05-09', ['steve-witkoff']],
    ["Putin's envoy Kirill Dmitriev arrived in Washington on Saturday.", 'occurred', '2025-05-10', '2025-05-10', ['kirill-dmitriev']],
  ]);
  // Negatives: another state's envoy for the same brief, or an envoy with no office told, is not the holder nor his master.
  test.each(["China's special envoy for Ukraine arrived in Kyiv on Tuesday.", "Donald Trump's envoy arrived in Moscow on Tuesday."])('no named visitor: %s', (sentence) => {
    expect(visits(sentence).flatMap((e) => e.actors)).toEqual([]);
  });
});

describe('rule "is in a place for talks": a visit going on', () => {
  found([
    ['Steve Witkoff is in Moscow for talks with Vladimir Putin.', 'occurred', '2025-05-14', '2025-05-14', ['steve-witkoff']],
    ['Ishaq Dar is in Beijing for talks on the crisis.', 'occurred', '2025-05-14', '2025-05-14', ['ishaq-dar']],
    ['Marco Rubio is currently in Ankara for meetings with NATO ministers.', 'occurred', '2025-05-14', '2025-05-14', ['marco-rubio']],
  ]);
  // Negatives: a person "in" a state of affairs, or in their own capital.
  none(['Vladimir Putin is in no hurry to meet Zelensky.', 'Zelensky is in Kyiv for talks with his generals.']);
});

describe('an arrival ahead is a visit planned', () => {
  found([
    ['Steve Witkoff is expected to arrive in Moscow on Friday.', 'planned', '2025-05-16', '2025-05-16', ['steve-witkoff']],
    ['Marco Rubio will arrive in Istanbul on Thursday.', 'planned', '2025-05-15', '2025-05-15', ['marco-rubio']],
    ['Narendra Modi will land in Riyadh on Tuesday.', 'planned', '2025-05-20', '2025-05-20', ['narendra-modi']],
    ['Sergey Lavrov is due to touch down in Ankara on Thursday.', 'planned', '2025-05-15', '2025-05-15', ['sergey-lavrov']],
    ['Ishaq Dar is expected to reach Beijing on Friday.', 'planned', '2025-05-16', '2025-05-16', ['ishaq-dar']],
  ]);
});

describe('what arrives without a visitor, and arrivals at home, are no visit', () => {
  none([
    'A shipment of Patriot missiles arrived in Poland on Tuesday.',
    'The first F-16 jets arrived in Ukraine on Monday.',
    'Humanitarian aid reached Kharkiv on Monday.',
    'Russian troops arrived in Kupiansk on Tuesday.',
    'Russian forces reached the Dnipropetrovsk region on Monday.',
    "Russia's forces reached Kupiansk on Monday.",
    'A Ukrainian army brigade arrived in Kursk on Tuesday.',
    'The truce deal reached Saturday held through the night.',
    'Drones arrived over Kyiv shortly after midnight on Tuesday.',
    'The letter reached the Kremlin on Monday.',
    'The two sides arrived at an agreement on Tuesday.',
    'Zelensky returned to Kyiv on Tuesday.',
    'Volodymyr Zelensky arrived back in Kyiv on Monday.',
    'Volodymyr Zelensky arrived in Kyiv on Monday after his trip to Turkey.',
    'Shehbaz Sharif arrived in Lahore on Monday.',
    'Narendra Modi landed in New Delhi on Tuesday night.',
    'Vladimir Putin flew into Moscow on Tuesday.',
  ]);
});
