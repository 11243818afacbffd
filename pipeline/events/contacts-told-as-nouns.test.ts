import { describe, expect, test } from 'vitest';
import type { EventType } from '../../src/shared/schema';
import { eventsOfCell, noEventOfType } from './fixtures/unseen-events-of';

/**
 * The grid of contacts told as nouns or by uncommon verbs (round x18): a meeting or a call named by its noun beside
 * another act ("said so during a meeting with X", "speaking after talks with X", "at a joint news conference with X"),
 * named with a relative clause that names its parties, told by verbs of talks and meals, and the partner of a call
 * joining what was agreed in it; with the look-alikes that are no contact. Sentences of our own, published on
 * Wednesday 14 May 2025; a first paragraph names the crisis, as an article's opening does.
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Modi|Sharif|Jaishankar|Dar\b|Munir|Doval/;

const cell = (text: string) => eventsOfCell(text, PUBLISHED, CRISIS);

/** [type, first day, last day, people who must be among its actors, the text]. */
type Cell = [EventType, string, string, string[], string];

function found(cells: Cell[]) {
  test.each(cells)('%s %s..%s %j: %s', (type, from, to, actors, text) => {
    const events = cell(text).filter((e) => e.type === type && e.date.start === from && e.date.end === to);
    expect(events.map((e) => actors.every((a) => e.actors.includes(a)))).toContain(true);
  });
}

/** Cells that must give no event of the type. */
const none = (cells: [EventType, string][]) => { noEventOfType(cells, cell); };

const TUE = '2025-05-13';
const MON = '2025-05-12';
const SAT = '2025-05-10';

describe('rule "the occasion of the saying": a contact named beside a verb of saying is its teller\'s', () => {
  found([
    ['meeting', MON, MON, ['donald-trump', 'mark-rutte'], 'Trump said so on Monday during a meeting with Mark Rutte at the White House.'],
    ['meeting', TUE, TUE, ['volodymyr-zelenskyy', 'keir-starmer'], 'Zelensky said on Tuesday at a joint news conference with Keir Starmer that the strikes must stop.'],
    ['meeting', TUE, TUE, ['volodymyr-zelenskyy', 'keir-starmer'], 'At a joint news conference with Keir Starmer on Tuesday, Zelensky said the strikes must stop.'],
    ['meeting', MON, MON, ['volodymyr-zelenskyy', 'emmanuel-macron'], 'Speaking after talks with Emmanuel Macron on Monday, Zelensky said Ukraine was ready for a truce.'],
    ['meeting', MON, MON, ['s-jaishankar', 'marco-rubio'], 'After talks with Marco Rubio in Washington on Monday, Jaishankar told reporters that India would not back down.'],
    ['meeting', SAT, SAT, ['shehbaz-sharif', 'recep-tayyip-erdogan'], 'Sharif thanked Turkey for its support on Saturday during a meeting with Recep Tayyip Erdogan in Ankara.'],
    ['phone_call', TUE, TUE, ['donald-trump', 'vladimir-putin'], 'In a phone call with Vladimir Putin on Tuesday, Donald Trump said the war must end.'],
    ['phone_call', MON, MON, ['narendra-modi', 'keir-starmer'], 'Modi said on Monday in a phone call with Keir Starmer that India had acted with restraint.'],
    ['phone_call', MON, MON, ['keir-starmer', 'volodymyr-zelenskyy'], 'During a video call with Zelensky on Monday, Starmer pledged more drones for Ukraine.'],
    ['meeting', SAT, SAT, ['ishaq-dar', 'wang-yi'], 'Ishaq Dar said on Saturday after talks with Wang Yi that Pakistan wanted peace.'],
    ['meeting', TUE, TUE, ['marco-rubio', 's-jaishankar'], 'Rubio made the remarks on Tuesday at a joint news conference with Jaishankar.'],
    ['meeting', SAT, SAT, ['sergey-lavrov', 'wang-yi'], 'Lavrov said on Saturday during talks with Wang Yi in Beijing that Moscow was open to dialogue.'],
    ['meeting', MON, MON, ['emmanuel-macron', 'keir-starmer'], 'Following a meeting with Keir Starmer on Monday, Macron told reporters that Europe would act.'],
    ['meeting', TUE, TUE, ['volodymyr-zelenskyy', 'friedrich-merz'], 'Speaking at a joint press conference with Friedrich Merz in Berlin on Tuesday, Zelensky called for more air defence.'],
  ]);
});

describe('rule "an act that came during a contact": the teller of the sentence before met the one named', () => {
  found([
    ['meeting', MON, MON, ['donald-trump', 'mark-rutte'], 'Trump announced new arms for Ukraine on Monday. The announcement came during a meeting with Mark Rutte at the White House.'],
    ['meeting', MON, MON, ['keir-starmer', 'narendra-modi'], 'Starmer promised more trade with India on Monday. The pledge came after talks with Narendra Modi in Delhi.'],
    ['meeting', TUE, TUE, ['volodymyr-zelenskyy', 'friedrich-merz'], 'Zelensky unveiled the plan in Berlin. The remarks were made on Tuesday during a meeting with Friedrich Merz.'],
  ]);
});

describe('rule "the partner of the call": who was on the other end joins what was agreed in it', () => {
  found([
    ['phone_call', TUE, TUE, ['vladimir-putin', 'donald-trump'], 'Putin agreed to a 30-day pause in strikes on energy sites during a call with Trump on Tuesday.'],
    ['ceasefire', TUE, TUE, ['vladimir-putin', 'donald-trump'], 'Putin agreed to a 30-day pause in strikes on energy sites during a call with Trump on Tuesday.'],
    ['negotiation', MON, MON, ['narendra-modi', 'shehbaz-sharif'], 'Modi assured Sharif during their talks on Monday that India would not strike first.'],
  ]);
});

describe('verbs of talks and of meals', () => {
  found([
    ['meeting', TUE, TUE, ['s-jaishankar', 'marco-rubio'], 'Jaishankar huddled with Marco Rubio in Washington on Tuesday.'],
    ['meeting', TUE, TUE, ['narendra-modi', 'donald-trump'], 'Modi sat down with Donald Trump at the White House on Tuesday.'],
    ['negotiation', TUE, TUE, [], 'Ukrainian and Russian delegations held a round of talks in Istanbul on Tuesday.'],
    ['negotiation', TUE, TUE, [], 'The two delegations resumed talks in Istanbul on Tuesday.'],
    ['negotiation', TUE, TUE, ['steve-witkoff', 'vladimir-putin'], 'Witkoff wrapped up talks with Putin in Moscow on Tuesday.'],
    ['negotiation', TUE, TUE, ['rustem-umerov', 'vladimir-medinsky'], 'Umerov pushed on with talks with Vladimir Medinsky on Tuesday.'],
    ['negotiation', TUE, TUE, [], 'Ukrainian and American officials were locked in talks in Geneva on Tuesday.'],
    ['negotiation', MON, MON, ['steve-witkoff', 'rustem-umerov'], 'Witkoff and Umerov were locked in talks in Miami on Monday.'],
    ['negotiation', MON, MON, ['recep-tayyip-erdogan'], 'Erdogan hosted talks between Ukraine and Russia in Istanbul on Monday.'],
    ['meeting', MON, MON, ['emmanuel-macron', 'volodymyr-zelenskyy'], 'Macron broke bread with Zelensky at the Elysee on Monday.'],
    ['meeting', MON, MON, ['donald-trump', 'volodymyr-zelenskyy'], 'Trump dined with Zelensky at the White House on Monday.'],
    ['meeting', MON, MON, ['keir-starmer', 'volodymyr-zelenskyy'], 'Starmer had lunch with Zelensky in London on Monday.'],
    ['meeting', TUE, TUE, ['shehbaz-sharif', 'recep-tayyip-erdogan'], 'On Tuesday, Sharif hosted Erdogan for dinner in Islamabad.'],
    ['meeting', SAT, SAT, ['ishaq-dar', 'wang-yi'], 'Dar had a working lunch with Wang Yi in Beijing on Saturday.'],
  ]);
});

describe('contacts told by their noun with a relative clause that names their parties', () => {
  found([
    ['phone_call', '2025-05-04', '2025-05-11', ['donald-trump', 'vladimir-putin'], 'Details emerged of a phone call last week in which Trump urged Putin to accept a truce.'],
    ['negotiation', MON, MON, ['rustem-umerov', 'vladimir-medinsky'], 'The talks on Monday, during which Umerov handed Medinsky a list of prisoners, lasted two hours.'],
    ['meeting', MON, MON, ['volodymyr-zelenskyy', 'vladimir-putin'], 'A meeting on Monday at which Zelensky and Putin faced each other lasted two hours.'],
  ]);
});

describe('negatives: no contact with another party', () => {
  none([
    ['meeting', 'Zelensky said during a meeting with reporters on Tuesday that he was ready.'],
    ['meeting', 'Modi told a meeting with journalists in Delhi on Tuesday that the army was ready.'],
    ['phone_call', 'Sharif issued a call for calm on Tuesday.'],
    ['phone_call', 'Calls with allies are expected later this week, Zelensky said on Tuesday.'],
    ['meeting', 'Modi spoke during a meeting of the cabinet on Tuesday.'],
    ['meeting', 'The plan met with criticism in Kyiv on Tuesday.'],
    ['meeting', 'Ukraine met the deadline on Tuesday.'],
    ['meeting', 'Pakistan met its targets for the year on Tuesday.'],
    ['meeting', 'Modi announced the plan. The announcement came during a meeting of the cabinet on Tuesday.'],
    ['phone_call', 'Zelensky said after a call for calm from Antonio Guterres that Ukraine would not back down.'],
    ['meeting', 'Zelensky dined out on the story for weeks.'],
    ['meeting', 'Zelensky spoke at a news conference in Kyiv on Tuesday.'],
    ['meeting', 'Sharif said at a press conference on Tuesday that Pakistan wanted peace.'],
  ]);
});
