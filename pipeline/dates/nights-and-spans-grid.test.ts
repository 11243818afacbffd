import { describe, expect, test } from 'vitest';
import type { EventType } from '../../src/shared/schema';
import { eventsOfCell } from '../events/fixtures/unseen-events-of';

/**
 * The grid of nights, parts of days and spans (round x18): sentences of our own, published on Wednesday 14 May 2025
 * (Sunday 11, Saturday 10, Friday 9, Thursday 8 May before it). Each cell is one event, dated the tightest range its
 * words support and never a range that leaves out the true day: a night runs from its evening into its morning, a
 * span from its first day to its last, a night told with its teller's day is the night before that day.
 */
const PUBLISHED = '2025-05-14';

const cell = (sentence: string) => eventsOfCell(sentence, PUBLISHED, /India|Pakistan|Kashmir/, 'war');

/** [type, first day, last day] of each event a sentence gives. */
const told = (sentence: string) => cell(sentence).map((e) => [e.type, e.date.start, e.date.end]);

type Cell = [EventType, string, string, string];

/** Cells that must give exactly one event, of the type, over the days. */
function one(cells: Cell[]) {
  test.each(cells)('%s %s..%s: %s', (type, start, end, sentence) => {
    expect(told(sentence)).toEqual([[type, start, end]]);
  });
}

/** Cells that must give exactly these events: the one of the cell and none dated by another verb's night or week. */
function exactly(cells: [string, [EventType, string, string][]][]) {
  test.each(cells)('%s', (sentence, events) => {
    expect(told(sentence)).toEqual(events);
  });
}

describe('a night told with and without its teller\'s day', () => {
  one([
    ['military_action', '2025-05-12', '2025-05-14', 'Russia launched 120 drones at Ukraine overnight.'],
    ['military_action', '2025-05-12', '2025-05-14', 'Russian drones struck Kyiv last night, killing two people.'],
    ['military_action', '2025-05-12', '2025-05-13', 'Russia launched 120 drones at Ukraine overnight, the air force said on Tuesday.'],
    ['military_action', '2025-05-10', '2025-05-11', 'Russia launched 273 drones at Ukraine overnight, the air force said on Sunday.'],
    ['military_action', '2025-05-08', '2025-05-09', 'Russian missiles hit Odesa overnight, the regional governor said on Friday.'],
    ['military_action', '2025-05-09', '2025-05-10', 'On Saturday, the mayor of Kharkiv said Russian drones had struck the city overnight.'],
    ['military_action', '2025-05-10', '2025-05-11', 'Russia attacked Ukraine with drones and missiles overnight, Ukraine\'s air force said on May 11.'],
    ['military_action', '2025-05-11', '2025-05-12', 'Russia struck Kyiv overnight, Ukrainian officials said on Monday.'],
    ['military_action', '2025-05-09', '2025-05-10', 'Ukrainian drones attacked Moscow overnight, the Russian defence ministry said on Saturday.'],
    ['military_action', '2025-05-10', '2025-05-11', 'Russian drones struck Kyiv during the night, the mayor said on Sunday.'],
    ['military_action', '2025-05-11', '2025-05-12', 'Russian forces shelled Kherson throughout the night, the governor said on Monday.'],
    ['military_action', '2025-05-09', '2025-05-10', 'Overnight, Russia launched 100 drones at Ukraine, the air force said on Saturday.'],
    ['military_action', '2025-05-10', '2025-05-11', 'Russia struck Kyiv overnight, killing four people, Ukrainian officials said Sunday.'],
    ['military_action', '2025-05-08', '2025-05-09', 'Ukraine launched drones at Moscow overnight, Sobyanin said on Friday.'],
  ]);
});

describe('a night told in what a teller said on a day', () => {
  // The teller's saying, a statement of a government body, is its own event on its own day.
  exactly([
    ['The Ukrainian air force said on Sunday that Russia had launched 90 drones overnight.', [['military_action', '2025-05-10', '2025-05-11'], ['statement', '2025-05-11', '2025-05-11']]],
    ["Pakistan's army said on Saturday that India had fired missiles at three air bases overnight.", [['military_action', '2025-05-09', '2025-05-10'], ['statement', '2025-05-10', '2025-05-10']]],
    ['Russia said on Sunday that its forces had downed 50 Ukrainian drones overnight.', [['military_action', '2025-05-10', '2025-05-11'], ['statement', '2025-05-11', '2025-05-11']]],
  ]);
  one([
    ['military_action', '2025-05-10', '2025-05-11', 'Pakistani troops violated the ceasefire along the Line of Control overnight, the Indian Army said on Sunday.'],
    ['military_action', '2025-05-12', '2025-05-13', 'Russia launched 100 drones and five missiles at Ukraine overnight, the air force said on Tuesday, two days after talks in Istanbul.'],
  ]);
});

describe('one night named by its day', () => {
  one([
    ['military_action', '2025-05-10', '2025-05-11', 'Russian drones struck Kyiv overnight into Sunday, killing three people.'],
    ['military_action', '2025-05-09', '2025-05-10', 'Ukraine attacked the Russian city of Belgorod with drones overnight into Saturday.'],
    ['military_action', '2025-05-09', '2025-05-11', 'Russian drones struck Kyiv overnight Saturday, killing three people.'],
    ['military_action', '2025-05-09', '2025-05-11', 'Russia attacked Sumy with guided bombs overnight on Saturday.'],
    ['military_action', '2025-05-09', '2025-05-10', 'Russia attacked Kyiv with drones on the night of May 9-10.'],
    ['military_action', '2025-05-09', '2025-05-10', 'Russian forces attacked Odesa on the night of 9 to 10 May.'],
    ['military_action', '2025-05-08', '2025-05-10', 'Russia attacked Odesa with drones on the night of 9 May.'],
    ['military_action', '2025-05-10', '2025-05-11', 'Russian drones struck Kharkiv on Saturday night.'],
    ['military_action', '2025-05-09', '2025-05-10', 'Russian forces attacked Odesa on the night of 9-10 May.'],
    ['military_action', '2025-05-09', '2025-05-10', 'Ukraine struck Russian oil depots on the night of May 9 to 10.'],
    ['military_action', '2025-05-10', '2025-05-11', 'Russia launched drones at Kharkiv overnight into May 11.'],
    ['military_action', '2025-05-09', '2025-05-10', 'Russia attacked Ukraine overnight into Saturday, the air force said.'],
    ['military_action', '2025-05-08', '2025-05-09', 'Russia attacked Odesa overnight Thursday into Friday.'],
    ['military_action', '2025-05-08', '2025-05-09', 'Russia attacked Odesa from Thursday night into Friday.'],
    ['military_action', '2025-05-10', '2025-05-11', 'In the night to Sunday, Russia attacked Kyiv with drones.'],
    ['military_action', '2025-05-10', '2025-05-11', 'Russia launched a massive drone attack on Ukraine on the night of Saturday to Sunday.'],
    ['military_action', '2025-05-09', '2025-05-10', 'Russia attacked Kharkiv on the night of Friday into Saturday.'],
    ['military_action', '2025-05-09', '2025-05-11', 'Russia attacked Kharkiv on the night of Saturday.'],
    ['military_action', '2025-05-09', '2025-05-11', 'Russian drones struck Kyiv overnight on May 10, killing two people.'],
    ['military_action', '2025-05-09', '2025-05-10', 'Pakistan shelled Indian posts in Kupwara on the night of May 9-10, the army said.'],
  ]);
});

describe('parts of a day', () => {
  one([
    ['military_action', '2025-05-10', '2025-05-10', 'Russian missiles hit Kharkiv in the early hours of Saturday.'],
    ['military_action', '2025-05-09', '2025-05-09', 'Ukraine struck a Russian airfield late on Friday.'],
    ['military_action', '2025-05-10', '2025-05-10', 'Russian artillery shelled Kherson early Saturday.'],
    ['military_action', '2025-05-09', '2025-05-09', 'Russian forces shelled Nikopol on Friday evening.'],
    ['military_action', '2025-05-11', '2025-05-11', 'Russia attacked Sumy with missiles before dawn on Sunday.'],
    ['military_action', '2025-05-11', '2025-05-11', 'Before dawn on Sunday, Russian drones hit the port of Izmail.'],
    ['military_action', '2025-05-10', '2025-05-10', 'Russia struck Zaporizhzhia on Saturday morning.'],
    ['military_action', '2025-05-11', '2025-05-11', 'Russia attacked Sumy with missiles before dawn on May 11.'],
    ['military_action', '2025-05-09', '2025-05-09', 'Late on Friday, Ukrainian drones hit a refinery in Russia.'],
    ['military_action', '2025-05-10', '2025-05-10', 'Early on Saturday, Russian troops shelled Kherson.'],
    ['military_action', '2025-05-10', '2025-05-10', 'Russian missiles hit Kharkiv in the early hours of May 10.'],
    ['military_action', '2025-05-09', '2025-05-09', 'Russian forces shelled Nikopol on the evening of May 9.'],
    ['military_action', '2025-05-09', '2025-05-09', 'Ukrainian drones attacked Moscow late Friday, the mayor said.'],
    ['military_action', '2025-05-07', '2025-05-07', 'India struck nine sites in Pakistan in the early hours of May 7.'],
    ['military_action', '2025-05-08', '2025-05-08', 'Pakistan launched drones at Indian cities late on Thursday, the defence ministry said.'],
    ['military_action', '2025-05-10', '2025-05-10', 'Early on May 10, Russian missiles hit Kharkiv.'],
    ['military_action', '2025-05-11', '2025-05-11', 'Russia hit Kyiv with missiles shortly after midnight on Sunday.'],
  ]);
});

describe('spans and ranges', () => {
  one([
    ['military_action', '2025-05-09', '2025-05-11', 'Russian forces shelled Kherson from Friday to Sunday.'],
    ['military_action', '2025-05-07', '2025-05-10', 'Russia attacked Ukrainian cities with drones between May 7 and 10.'],
    ['military_action', '2025-05-07', '2025-05-08', 'Russian drones struck Odesa on May 7 and 8.'],
    ['military_action', '2025-05-10', '2025-05-11', 'Russia launched waves of drones at Kyiv over the weekend.'],
    ['military_action', '2025-05-08', '2025-05-14', 'Russian troops have shelled Sumy since Thursday.'],
    ['military_action', '2025-05-13', '2025-05-13', 'Russian forces shelled Kherson for a third day on Tuesday.'],
    ['military_action', '2025-05-11', '2025-05-14', 'Russia struck Kharkiv with glide bombs this week.'],
    ['military_action', '2025-05-04', '2025-05-11', 'Russia struck Kharkiv with glide bombs last week.'],
    ['military_action', '2025-05-01', '2025-05-14', 'Russia struck Kharkiv with glide bombs earlier this month.'],
    ['military_action', '2025-05-13', '2025-05-14', 'Russia launched 150 drones at Ukraine in the past 24 hours.'],
    ['military_action', '2025-05-10', '2025-05-11', 'Russia attacked Kyiv on Saturday and Sunday.'],
    ['military_action', '2025-05-10', '2025-05-11', 'Russia launched 200 drones at Ukraine over the past 24 hours, the air force said on Sunday.'],
    ['military_action', '2025-05-08', '2025-05-11', 'Russian forces attacked Ukrainian positions 150 times in the past three days, the general staff said on Sunday.'],
    ['military_action', '2025-05-09', '2025-05-11', 'Russia attacked Kharkiv between Friday and Sunday.'],
    ['military_action', '2025-05-10', '2025-05-11', 'Russian drones struck Kyiv late on Saturday and early on Sunday.'],
    ['negotiation', '2025-05-07', '2025-05-09', 'Russia and Ukraine held talks in Istanbul from May 7 to 9.'],
    ['military_action', '2025-05-07', '2025-05-14', 'Russia has shelled Kherson every day since May 7.'],
    ['military_action', '2025-05-11', '2025-05-11', 'Russia pounded Kharkiv for a third straight day on Sunday.'],
    ['military_action', '2025-05-10', '2025-05-11', 'Russia struck Odesa over the weekend, killing two people, officials said on Monday.'],
    ['military_action', '2025-05-10', '2025-05-11', 'The ministry said on Monday that Russian forces had shelled Kherson over the weekend.'],
    ['military_action', '2025-05-10', '2025-05-11', 'Russia shelled Kherson last weekend.'],
    ['military_action', '2025-05-07', '2025-05-10', 'Indian and Pakistani troops exchanged fire between May 7 and 10.'],
    ['visit', '2025-05-15', '2025-05-16', 'Zelensky will visit Turkey between Thursday and Friday.'],
    // What went on since a day went on to the telling, not past it.
    ['military_action', '2025-05-10', '2025-05-12', 'Pakistan has violated the ceasefire repeatedly since Saturday, India said on Monday.'],
    ['military_action', '2025-05-08', '2025-05-13', 'Russian troops have shelled Sumy since Thursday, the governor said on Tuesday.'],
    ['military_action', '2025-05-08', '2025-05-13', 'The governor said on Tuesday that Russian troops had shelled Sumy since Thursday.'],
  ]);
});

describe('two acts on days that follow each other', () => {
  exactly([['Russian troops shelled Sumy on Saturday and again on Sunday.', [['military_action', '2025-05-10', '2025-05-10'], ['military_action', '2025-05-11', '2025-05-11']]]]);
});

describe('negative: a night or a week that is not the event\'s', () => {
  one([
    ['threat', '2025-05-13', '2025-05-13', 'Medvedev threatened on Tuesday that Russia would strike Kyiv on the night of May 20.'],
    ['military_action', '2025-05-13', '2025-05-13', 'Russia struck Kharkiv on Tuesday, its heaviest attack on the city since Thursday.'],
    ['statement', '2025-05-13', '2025-05-13', 'The Kremlin said on Tuesday that the talks held last week had achieved nothing.'],
    ['statement', '2025-05-13', '2025-05-13', 'Zelensky said on Tuesday that Russia was preparing a massive attack for the night of May 16.'],
    ['statement', '2025-05-13', '2025-05-13', '"Our drones will fly overnight on Saturday and every night after," Zelensky said on Tuesday.'],
  ]);
  exactly([
    ['Russia, which held talks with US envoys last week, struck Kharkiv on Tuesday.', [['negotiation', '2025-05-04', '2025-05-11'], ['military_action', '2025-05-13', '2025-05-13']]],
    ['Zelensky, who visited Berlin last week, met Macron in Paris on Tuesday.', [['visit', '2025-05-04', '2025-05-11'], ['meeting', '2025-05-13', '2025-05-13']]],
    ['Zelensky said Russian drones had struck Kyiv overnight, hours before he met Macron on Tuesday.', [['military_action', '2025-05-12', '2025-05-13'], ['meeting', '2025-05-13', '2025-05-13']]],
    ['Russia struck Kharkiv on Tuesday, the air force said, after drones had hit Odesa overnight on Saturday.', [['military_action', '2025-05-09', '2025-05-11'], ['military_action', '2025-05-13', '2025-05-13']]],
  ]);
});
