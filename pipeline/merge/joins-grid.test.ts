import { expect, test } from 'vitest';
import type { EventType, TimelineEvent } from '../../src/shared/schema';
import { corpus, type Paper } from './fixtures/papers';

/**
 * Grid of joins, in our own words: accounts that must join into one event (and count every paper that told it) and
 * accounts that must stay apart, within one article and across papers. A cell names the type it looks at and the events
 * of that type it wants: each a range its date must hold, the people it has, and how many sentences tell it (where the
 * count is the point). Papers are dated Wednesday 14 May 2025 unless a cell needs another day.
 */
interface Want {
  from: string;
  to?: string;
  actors?: string[];
  sources?: number;
  papers?: number;
  /** Told with no day of its own: any guess up to a month wide that holds the range will do. */
  guess?: boolean;
}
interface Cell {
  name: string;
  papers: Paper[] | string;
  type: EventType;
  want: Want[];
}

/** How much wider than the wanted range an event's range may be (a guess may be loose by a few days). */
const SLACK_DAYS = 3;
const GUESS_DAYS = 31;
const width = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

const paper = (body: string, published = '2025-05-14', file = 'paper.md'): Paper => ({ file, published, body });
const sorted = (xs: string[]) => [...xs].sort();

/** The events of the cell's type, as [from..to holds, actors, sources, papers], in the order of the wanted ones. */
function check(cell: Cell): void {
  const papers = typeof cell.papers === 'string' ? [paper(cell.papers)] : cell.papers;
  const found = corpus(papers).filter((e) => e.type === cell.type);
  const show = (e: TimelineEvent) => `${e.date.start}..${e.date.end} [${sorted(e.actors).join(',')}] ${e.sources.length}s/${new Set(e.sources.map((s) => s.article)).size}p`;
  const fits = (e: TimelineEvent, w: Want) =>
    e.date.start <= w.from &&
    e.date.end >= (w.to ?? w.from) &&
    width(e.date.start, e.date.end) <= (w.guess ? GUESS_DAYS : width(w.from, w.to ?? w.from) + SLACK_DAYS) &&
    (!w.actors || sorted(e.actors).join() === sorted(w.actors).join()) &&
    (w.sources === undefined || e.sources.length === w.sources) &&
    (w.papers === undefined || new Set(e.sources.map((s) => s.article)).size === w.papers);
  // Each wanted event its own found one, whichever way round fits them all (a wide guess may hold several days).
  const assign = (wants: Want[], left: TimelineEvent[]): TimelineEvent[] | null => {
    const [w, ...rest] = wants;
    if (!w) return left;
    for (const e of left.filter((x) => fits(x, w))) {
      const after = assign(rest, left.filter((x) => x !== e));
      if (after) return after;
    }
    return null;
  };
  const unmatched = assign(cell.want, found);
  const missing = unmatched ? [] : cell.want;
  expect(`missing ${JSON.stringify(missing)}; extra ${JSON.stringify((unmatched ?? found).map(show))}`).toBe(`missing []; extra []`);
}

const WITHIN: Cell[] = [
  // Must join: one happening told twice in one story.
  {
    name: 'a swap agreed on a day, then named again without one',
    papers: 'Russia and Ukraine agreed on Monday to exchange 1,000 prisoners each. The two countries agreed to the swap after talks in Istanbul.',
    type: 'intent_to_cooperate',
    want: [{ from: '2025-05-12', sources: 2 }],
  },
  {
    name: 'a meeting and its length, told in two sentences',
    papers: 'Sergey Lavrov met Marco Rubio in Kuala Lumpur on Thursday. Lavrov and Rubio met for fifty minutes, officials said.',
    type: 'meeting',
    want: [{ from: '2025-05-08', actors: ['sergey-lavrov', 'marco-rubio'] }],
  },
  // Must stay apart: a chronology of exchanges, each on its own day, after the deal that led to them.
  {
    name: 'a deal and the swaps that followed it, each on a day of its own',
    papers:
      'The Russian and Ukrainian delegations agreed to swap all badly wounded prisoners. On 9 May, Russia and Ukraine exchanged 200 prisoners of war. On 11 May, Russia and Ukraine exchanged another 150 prisoners.',
    type: 'intent_to_cooperate',
    want: [{ from: '2025-05-09' }, { from: '2025-05-11' }, { from: '2025-05-07', to: '2025-05-14' }],
  },
  {
    name: 'two swaps told with their weekdays',
    papers: 'Moscow and Kyiv swapped 84 captives on Saturday, Ukraine said. On Tuesday Russia and Ukraine traded the bodies of fallen soldiers.',
    type: 'intent_to_cooperate',
    want: [{ from: '2025-05-10' }, { from: '2025-05-13' }],
  },
  // A call has two ends: callers of several states ringing one leader made a call each.
  {
    name: 'two leaders of two states called one leader',
    papers: 'Emmanuel Macron and Abdel Fattah el-Sisi called Narendra Modi on Tuesday to condemn the attack.',
    type: 'phone_call',
    want: [
      { from: '2025-05-13', actors: ['emmanuel-macron', 'narendra-modi'] },
      { from: '2025-05-13', actors: ['abdel-fattah-el-sisi', 'narendra-modi'] },
    ],
  },
  {
    name: 'two leaders "also spoke to" a third',
    papers: 'Giorgia Meloni and Shigeru Ishiba also spoke to Modi by phone on Tuesday.',
    type: 'phone_call',
    want: [
      { from: '2025-05-13', actors: ['giorgia-meloni', 'narendra-modi'] },
      { from: '2025-05-13', actors: ['shigeru-ishiba', 'narendra-modi'] },
    ],
  },
  {
    name: 'three leaders telephoned a fourth',
    papers: 'Keir Starmer, Friedrich Merz and Emmanuel Macron telephoned Volodymyr Zelenskyy on Monday.',
    type: 'phone_call',
    want: [
      { from: '2025-05-12', actors: ['keir-starmer', 'volodymyr-zelenskyy'] },
      { from: '2025-05-12', actors: ['friedrich-merz', 'volodymyr-zelenskyy'] },
      { from: '2025-05-12', actors: ['emmanuel-macron', 'volodymyr-zelenskyy'] },
    ],
  },
  {
    name: 'the content of one caller’s call goes to that call alone',
    papers: 'Macron and el-Sisi called Modi on Tuesday. During his call with Modi, Macron said the killing of tourists was barbaric.',
    type: 'phone_call',
    want: [
      { from: '2025-05-13', actors: ['emmanuel-macron', 'narendra-modi'], sources: 2 },
      { from: '2025-05-13', actors: ['abdel-fattah-el-sisi', 'narendra-modi'], sources: 1 },
    ],
  },
  {
    name: 'a later call of one of the callers is that caller’s call',
    papers: 'Meloni and Ishiba spoke to Modi on Tuesday. In his phone conversation with Modi, Ishiba said terror can never be justified.',
    type: 'phone_call',
    want: [
      { from: '2025-05-13', actors: ['giorgia-meloni', 'narendra-modi'], sources: 1 },
      { from: '2025-05-13', actors: ['shigeru-ishiba', 'narendra-modi'], sources: 2 },
    ],
  },
  // Must join: callers of one state are one side of one call; a call told as joint is one.
  {
    name: 'two envoys of one state on one call',
    papers: 'Steve Witkoff and Jared Kushner spoke with Vladimir Putin by phone on Monday.',
    type: 'phone_call',
    want: [{ from: '2025-05-12', actors: ['steve-witkoff', 'jared-kushner', 'vladimir-putin'] }],
  },
  {
    name: 'a joint call of two leaders with a third',
    papers: 'Emmanuel Macron and Keir Starmer held a joint call with Zelenskyy on Monday.',
    type: 'phone_call',
    want: [{ from: '2025-05-12', actors: ['emmanuel-macron', 'keir-starmer', 'volodymyr-zelenskyy'] }],
  },
];

const ACROSS: Cell[] = [
  // Must join, counting every paper.
  {
    name: 'one meeting told by three papers on three days',
    papers: [
      paper('Marco Rubio met Sergey Lavrov in Riyadh on Tuesday.', '2025-05-13', 'a.md'),
      paper('Rubio and Lavrov met in Riyadh on Tuesday, officials said.', '2025-05-14', 'b.md'),
      paper('Lavrov met Rubio on May 13 in Riyadh to discuss the war.', '2025-05-15', 'c.md'),
    ],
    type: 'meeting',
    want: [{ from: '2025-05-13', actors: ['marco-rubio', 'sergey-lavrov'], papers: 3 }],
  },
  {
    name: 'a dated truce and the next day’s undated account of it',
    papers: [
      paper('India and Pakistan agreed to a ceasefire on Saturday after four days of fighting.', '2025-05-11', 'a.md'),
      paper('India and Pakistan have agreed to a ceasefire after four days of fighting.', '2025-05-12', 'b.md'),
    ],
    type: 'ceasefire',
    want: [{ from: '2025-05-10', papers: 2 }],
  },
  {
    name: 'a truce told by two papers a day apart, neither with a day of its own',
    papers: [
      paper('Zelenskyy said on Tuesday that Ukraine had accepted a 30-day ceasefire proposed by the United States.', '2025-03-11', 'a.md'),
      paper('The United States and Ukraine have agreed on a 30-day ceasefire deal after talks in Jeddah.', '2025-03-12', 'b.md'),
    ],
    type: 'ceasefire',
    // Neither paper dates it: the joint event keeps the days both allow (merge/compare-dates.ts, "neither reading wins").
    want: [{ from: '2025-03-11', to: '2025-03-12', papers: 2, guess: true }],
  },
  {
    name: 'a measure told as "earlier this month" and, in a paper of the next month, as "last month"',
    papers: [
      paper('Pakistan closed its airspace to Indian airlines earlier this month.', '2025-05-29', 'a.md'),
      paper('Pakistan closed its airspace to Indian airlines last month.', '2025-06-18', 'b.md'),
    ],
    type: 'reduce_relations',
    want: [{ from: '2025-05-01', to: '2025-05-31', papers: 2, guess: true }],
  },
  // Must stay apart.
  {
    name: 'two meetings one paper tells apart, and a third paper’s meeting of all of them',
    papers: [
      paper('On Monday Abbas Araghchi met Ishaq Dar, Asif Ali Zardari and Shehbaz Sharif in Islamabad.', '2025-05-06', 'a.md'),
      paper('Araghchi met Ishaq Dar in Islamabad on Monday. Later on Monday, Araghchi held a separate meeting with Shehbaz Sharif.', '2025-05-06', 'b.md'),
    ],
    type: 'meeting',
    want: [
      { from: '2025-05-05', actors: ['abbas-araghchi', 'ishaq-dar', 'asif-ali-zardari', 'shehbaz-sharif'], papers: 2 },
      { from: '2025-05-05', actors: ['abbas-araghchi', 'shehbaz-sharif'], papers: 1 },
    ],
  },
  {
    name: 'a truce accepted one week and another agreed two weeks later, neither with a day of its own',
    papers: [
      paper('Zelenskyy said on Tuesday that Ukraine had accepted a 30-day ceasefire proposed by the United States.', '2025-03-11', 'a.md'),
      paper('The United States said Russia and Ukraine have agreed to a ceasefire in the Black Sea.', '2025-03-25', 'b.md'),
    ],
    type: 'ceasefire',
    want: [
      { from: '2025-03-11', papers: 1, guess: true },
      { from: '2025-03-24', to: '2025-03-25', papers: 1, guess: true },
    ],
  },
  {
    name: 'one minister’s calls with two counterparts, each told by one paper',
    papers: [
      paper('Marco Rubio spoke with S. Jaishankar on Saturday.', '2025-05-11', 'a.md'),
      paper('Rubio also spoke with Ishaq Dar on Saturday, urging restraint.', '2025-05-11', 'b.md'),
    ],
    type: 'phone_call',
    want: [
      { from: '2025-05-10', actors: ['marco-rubio', 's-jaishankar'] },
      { from: '2025-05-10', actors: ['marco-rubio', 'ishaq-dar'] },
    ],
  },
  {
    name: 'callers of a round of calls, and one of those calls told by another paper',
    papers: [
      paper('Emmanuel Macron and Benjamin Netanyahu called Narendra Modi on Thursday.', '2025-04-24', 'a.md'),
      paper('Benjamin Netanyahu spoke with Narendra Modi by phone on Thursday, the Indian foreign ministry said.', '2025-04-25', 'b.md'),
    ],
    type: 'phone_call',
    want: [
      { from: '2025-04-24', actors: ['emmanuel-macron', 'narendra-modi'], papers: 1 },
      { from: '2025-04-24', actors: ['benjamin-netanyahu', 'narendra-modi'], papers: 2 },
    ],
  },
];

test.each(WITHIN.map((c) => [c.name, c] as const))('within an article: %s', (_name, cell) => {
  check(cell);
});
test.each(ACROSS.map((c) => [c.name, c] as const))('across papers: %s', (_name, cell) => {
  check(cell);
});
