import { describe, expect, test } from 'vitest';
import type { EventType } from '../../src/shared/schema';
import { eventsOfCell, noEventOfType } from './fixtures/unseen-events-of';

/**
 * The grid of sittings told by their manner (round x19): long meetings told by uncommon verbs with their length and
 * day between the verb and the partner ("huddled for six hours on Monday with"), photo captions in the present with a
 * position mark ("X (L) shakes hands with Y", "X (C) welcomes Y at ... on <date>"), a host's meal for a guest ("was due
 * to host a lunch for"), a call named with the relative clause that tells what was said in it ("a call on Monday in
 * which X told Y"), and talks named after "after" or "following" with the sides between them. With the look-alikes
 * that are no sitting. Sentences of our own, published on Wednesday 14 May 2025 unless a cell says otherwise.
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Modi|Sharif|Jaishankar|Dar\b|Munir/;

const cell = (text: string, published = PUBLISHED) => eventsOfCell(text, published, CRISIS);

/** [type, first day, last day, people who must be among its actors, the text]. */
type Cell = [EventType, string, string, string[], string];

function found(cells: Cell[], published = PUBLISHED) {
  test.each(cells)('%s %s..%s %j: %s', (type, from, to, actors, text) => {
    const events = cell(text, published).filter((e) => e.type === type && e.date.start >= from && e.date.end <= to);
    expect(events.map((e) => actors.every((a) => e.actors.includes(a)))).toContain(true);
  });
}

/** Cells that must give no event of the type. */
const none = (cells: [EventType, string][]) => { noEventOfType(cells, cell); };

const TUE = '2025-05-13';
const MON = '2025-05-12';
const SUN = '2025-05-11';
const THU = '2025-05-15';

describe('rule "a long sitting": huddled, closeted or conferred, its length and day before the partner', () => {
  found([
    ['meeting', MON, MON, ['andrii-sybiha', 'marco-rubio'], 'Sybiha huddled for six hours on Monday with Marco Rubio.'],
    ['meeting', SUN, SUN, ['keith-kellogg'], "Ukraine's negotiators huddled for more than four hours on Sunday with US envoy Keith Kellogg."],
    ['meeting', TUE, TUE, ['emmanuel-macron', 'keir-starmer'], 'Macron was closeted for three hours with Keir Starmer in London on Tuesday.'],
    ['meeting', MON, MON, ['ishaq-dar', 'hakan-fidan'], 'On Monday, Ishaq Dar conferred late into the night with Hakan Fidan in Ankara.'],
    ['negotiation', TUE, TUE, ['rustem-umerov', 'steve-witkoff'], 'Umerov and Witkoff held marathon talks in Geneva on Tuesday.'],
  ]);
  none([
    ['meeting', 'The soldiers huddled for hours on Monday in a basement in Kharkiv.'],
    ['meeting', 'Residents huddled in metro stations on Tuesday as the sirens sounded.'],
  ]);
});

describe('rule "a caption in the present": X (C) welcomes Y, X (L) shakes hands with Y, on the day it names', () => {
  found(
    [
      ['host_visit', '2025-05-12', '2025-05-12', ['emmanuel-macron', 'volodymyr-zelenskyy'], 'French President Emmanuel Macron (C) welcomes Ukrainian President Volodymyr Zelensky (L) at the Elysee Palace in Paris, France, on May 12, 2025.'],
      ['host_visit', '2025-05-13', '2025-05-13', ['recep-tayyip-erdogan', 'andrii-sybiha'], 'Turkish President Recep Tayyip Erdogan (R) receives Ukrainian Foreign Minister Andrii Sybiha in Ankara on May 13, 2025.'],
      ['host_visit', '2025-05-12', '2025-05-12', ['donald-trump', 'andrzej-duda'], 'U.S. President Donald Trump (R) welcomes Polish President Andrzej Duda at the White House in Washington, D.C., the United States, on May 12, 2025.'],
      ['meeting', '2025-05-12', '2025-05-12', ['keir-starmer', 'volodymyr-zelenskyy'], 'British Prime Minister Keir Starmer (L) shakes hands with Volodymyr Zelensky in London on May 12, 2025.'],
      ['meeting', MON, MON, ['keir-starmer', 'volodymyr-zelenskyy'], 'Starmer shook hands with Zelensky outside Downing Street on Monday.'],
    ],
    '2025-05-14',
  );
  none([
    ['meeting', 'The two leaders shook hands on the deal.'],
    ['host_visit', 'Zelensky welcomes the decision of the European Union.'],
    ['meeting', 'Farmers shook hands with the crowd at the market.'],
    // Undated, a caption's scene may be a file photo of any year.
    ['meeting', 'Prime Minister Keir Starmer (R) shakes hands with Ukrainian President Volodymyr Zelensky in London.'],
    ['host_visit', 'Polish President Andrzej Duda (L) welcomes Zelensky at the presidential palace in Warsaw.'],
  ]);
});

describe('rule "a host\'s meal": hosting a dinner or lunch for or with a guest', () => {
  found([
    ['host_visit', THU, THU, ['keir-starmer', 'volodymyr-zelenskyy'], 'Starmer was due to host a dinner on Thursday with Zelensky and other European leaders.'],
    ['host_visit', THU, THU, ['friedrich-merz', 'volodymyr-zelenskyy'], 'Merz will host a working lunch for Zelensky in Berlin on Thursday.'],
    ['host_visit', '2025-05-14', '2025-05-14', ['giorgia-meloni', 'andrii-sybiha'], 'Italian Prime Minister Giorgia Meloni is due to host a lunch today with Sybiha and several EU ministers in Rome.'],
    ['host_visit', MON, MON, ['recep-tayyip-erdogan', 'vladimir-putin'], 'Erdogan hosted a state banquet for Putin in Ankara on Monday.'],
  ]);
  none([
    ['host_visit', 'Kyiv will host a dinner on Thursday.'],
    ['host_visit', 'The charity hosted a lunch for refugees on Monday.'],
  ]);
});

describe('rule "a call with what was said in it": a call and its day, then "in which" X told or promised Y', () => {
  found([
    ['phone_call', MON, MON, ['emmanuel-macron', 'volodymyr-zelenskyy'], 'The shift came after a phone call on Monday in which Macron told Zelensky he would visit Kyiv.'],
    ['phone_call', SUN, SUN, ['donald-trump', 'vladimir-putin'], 'The change followed a video call on Sunday in which Trump and Putin discussed a summit in Rome.'],
    ['phone_call', TUE, TUE, ['narendra-modi', 'shehbaz-sharif'], 'It was a telephone conversation on Tuesday in which Modi assured Sharif of calm.'],
  ]);
  none([
    ['phone_call', 'Russia ignored the call in which the UN demanded a truce.'],
    ['phone_call', 'It was an appeal in which Macron urged Zelensky to stay calm.'],
  ]);
});

describe('rule "talks that came before": after or following talks between two sides', () => {
  found([
    ['negotiation', '2025-05-06', TUE, [], 'Sybiha said on Tuesday that Kyiv had agreed to a 30-day truce, following talks between Ukrainian and US officials in Geneva.'],
    ['negotiation', '2025-05-07', TUE, [], 'After lengthy talks between the Russian and Ukrainian delegations in Istanbul, the two sides agreed to swap prisoners on Tuesday.'],
  ]);
  none([
    ['negotiation', 'Sybiha said on Tuesday that he hoped for talks between Ukraine and Russia.'],
    ['negotiation', 'Calls for talks between the two sides grew louder on Tuesday.'],
  ]);
});

describe('rules "an owner inside a title" and "the rest of a long name": the delegates listed as the sitting\'s subject', () => {
  found([
    ['meeting', MON, MON, ['david-lammy', 'andrii-sybiha', 'yuri-ushakov'], "Lammy, Sybiha, and Russian President Vladimir Putin's foreign policy advisor Yuri Ushakov meet for talks in Geneva on May 12, 2025."],
    ['meeting', MON, MON, ['marco-rubio', 'steve-witkoff', 'sergey-lavrov', 'kirill-dmitriev'], "US Secretary of State Marco Rubio, envoy Steve Witkoff, Russian Foreign Minister Sergei Lavrov, and Vladimir Putin's investment envoy Kirill Dmitriev met in Istanbul on Monday."],
    ['meeting', MON, MON, ['david-lammy', 'faisal-bin-farhan', 'andrii-sybiha'], 'Lammy, Faisal bin Farhan Al Saud and Sybiha met for talks in Geneva on Monday.'],
    ['meeting', TUE, TUE, ['marco-rubio', 'faisal-bin-farhan', 'sergey-lavrov'], 'Marco Rubio, Saudi Foreign Minister Faisal bin Farhan Al Saud, and Sergei Lavrov held a meeting in Riyadh on Tuesday.'],
  ]);
  test.each([
    ["Lammy, Sybiha, and Russian President Vladimir Putin's foreign policy advisor Yuri Ushakov meet for talks in Geneva on May 12, 2025.", 'vladimir-putin'],
    ["Rubio, Witkoff, and Trump's son-in-law Jared Kushner met Umerov in Miami on Monday.", 'donald-trump'],
  ])('the owner of a title is no party: %s', (text, owner) => {
    expect(cell(text).filter((e) => e.type === 'meeting').flatMap((e) => e.actors)).not.toContain(owner);
  });
});
