import { describe, expect, test } from 'vitest';
import type { EventType } from '../../src/shared/schema';
import { eventsOfCell, noEventOfType } from './fixtures/unseen-events-of';

/**
 * The grid of event nouns as the subject of their clause (round x19): talks, negotiations, a round of talks, a meeting,
 * a summit, a call or a conversation, a ceasefire or a truce, a visit, told by a verb of occurrence or aspect (began,
 * got under way, ended, broke down, collapsed, stalled, resumed, took place, was held, lasted, took effect, was
 * extended), their parties named inside the noun phrase ("between X and Y", "X-Y", "X's talks with Y", "of X with
 * Y", "their" after the two named in the same sentence) or not at all; planned forms; and the look-alikes that are
 * no event (talks that have not taken place, hopes and calls for talks, "the call for restraint"). Sentences of our
 * own, published on Wednesday 14 May 2025; a first paragraph names the crisis, as an article's opening does.
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Modi|Sharif|Jaishankar|Dar\b|Munir|Delhi|Islamabad/;

const cell = (text: string) => eventsOfCell(text, PUBLISHED, CRISIS);

/** [type, first day, last day, people who must be among its actors, the text]. */
type Cell = [EventType, string, string, string[], string];

function found(cells: Cell[], status: 'occurred' | 'planned' = 'occurred') {
  test.each(cells)(`%s %s..%s %j (${status}): %s`, (type, from, to, actors, text) => {
    const events = cell(text).filter((e) => e.type === type && e.date.start === from && e.date.end === to && e.status === status);
    expect(events.map((e) => actors.every((a) => e.actors.includes(a)))).toContain(true);
  });
}

/** Cells that must give no event of the type. */
const none = (cells: [EventType, string][]) => { noEventOfType(cells, cell); };

const TUE = '2025-05-13';
const MON = '2025-05-12';
const SUN = '2025-05-11';
const SAT = '2025-05-10';
const FRI = '2025-05-09';

describe('rule "talks told by how they went": talks as the subject of a verb of their course', () => {
  found([
    ['negotiation', FRI, FRI, [], 'Talks between Russian and Ukrainian delegations began in Istanbul on Friday.'],
    ['negotiation', FRI, FRI, [], 'The talks ended after less than two hours on Friday.'],
    ['negotiation', FRI, FRI, [], 'Peace talks in Istanbul collapsed on Friday without agreement.'],
    ['negotiation', MON, MON, [], 'The second round of talks took place in Istanbul on Monday.'],
    ['negotiation', TUE, TUE, [], 'Negotiations between the US and Ukraine resumed in Jeddah on Tuesday.'],
    ['negotiation', FRI, FRI, [], 'The talks in Istanbul, the first direct talks since 2022, ended without a ceasefire on Friday.'],
    ['negotiation', MON, MON, ['rustem-umerov', 'vladimir-medinsky'], 'Talks between Rustem Umerov and Vladimir Medinsky broke down on Monday.'],
    ['negotiation', TUE, TUE, [], 'On Tuesday the negotiations stalled over the fate of the occupied regions.'],
    ['negotiation', SAT, SAT, [], 'Direct negotiations between Moscow and Kyiv got under way in Istanbul on Saturday.'],
    ['negotiation', SAT, SAT, [], 'The talks concluded on Saturday with a deal to swap prisoners.'],
    ['negotiation', MON, MON, [], 'Talks between Indian and Pakistani military officers were held on Monday.'],
    ['negotiation', TUE, TUE, ['marco-rubio', 'sergey-lavrov'], "Rubio's talks with Lavrov ended on Tuesday without a breakthrough."],
    ['negotiation', MON, MON, ['rustem-umerov', 'vladimir-medinsky'], 'The negotiations of Umerov with Medinsky resumed on Monday.'],
    ['negotiation', TUE, TUE, ['marco-rubio', 'sergey-lavrov'], 'The Rubio-Lavrov talks lasted more than four hours on Tuesday.'],
    ['negotiation', SUN, SUN, [], 'A fresh round of negotiations opened in Geneva on Sunday.'],
    ['negotiation', FRI, FRI, [], 'The Istanbul talks broke up on Friday after ninety minutes.'],
    ['negotiation', MON, MON, ['s-jaishankar', 'ishaq-dar'], 'On Monday, talks between Jaishankar and Dar collapsed within an hour.'],
    ['negotiation', '2025-05-08', '2025-05-08', [], 'Consultations between the foreign ministries of Russia and the US resumed in Istanbul on Thursday, 8 May.'],
    ['negotiation', SUN, SUN, [], 'Negotiations in Riyadh dragged on for twelve hours on Sunday.'],
    ['negotiation', SAT, SAT, [], 'The third round of talks between Russia and Ukraine wrapped up in Geneva on Saturday.'],
    ['negotiation', FRI, FRI, [], 'The talks, the first in three years, ended on Friday.'],
  ]);
});

describe('rule "a meeting or summit told by how it went"', () => {
  found([
    ['meeting', TUE, TUE, ['narendra-modi', 'shehbaz-sharif'], 'A meeting between Modi and Sharif took place on the sidelines of the summit on Tuesday.'],
    ['meeting', SAT, SAT, ['donald-trump', 'volodymyr-zelenskyy'], 'The meeting between Trump and Zelensky lasted fifteen minutes on Saturday.'],
    ['meeting', FRI, FRI, ['donald-trump', 'vladimir-putin'], 'The Trump-Putin summit was held in Riyadh on Friday.'],
    ['meeting', MON, MON, ['volodymyr-zelenskyy', 'emmanuel-macron'], "Zelensky's meeting with Macron ended on Monday with a pledge of air defence."],
    ['meeting', SAT, SAT, ['sergey-lavrov', 'wang-yi'], 'A meeting of Lavrov with Wang Yi took place in Beijing on Saturday.'],
    ['meeting', SAT, SAT, ['shehbaz-sharif', 'recep-tayyip-erdogan'], "Sharif's meeting with Erdogan in Ankara ended late on Saturday."],
    ['meeting', FRI, FRI, ['donald-trump', 'vladimir-putin'], 'The summit in Alaska between Trump and Putin lasted less than three hours on Friday.'],
    ['meeting', MON, MON, ['s-jaishankar', 'marco-rubio'], 'Jaishankar met Rubio on the sidelines of the forum in Washington on Monday.'],
  ]);
});

describe('rule "a call told by how it went"', () => {
  found([
    ['phone_call', TUE, TUE, ['vladimir-putin', 'donald-trump'], 'The Putin-Trump call on Tuesday lasted two and a half hours.'],
    ['phone_call', MON, MON, ['narendra-modi', 'keir-starmer'], 'The phone call between Modi and Keir Starmer lasted forty minutes on Monday.'],
    ['phone_call', TUE, TUE, ['donald-trump', 'vladimir-putin'], "Trump's call with Putin on Tuesday lasted more than two hours."],
    ['phone_call', TUE, TUE, ['donald-trump', 'vladimir-putin'], 'Trump and Putin spoke on Tuesday, and their phone conversation lasted more than two hours.'],
    ['phone_call', MON, MON, ['emmanuel-macron', 'volodymyr-zelenskyy'], 'A video call between Macron and Zelensky took place on Monday evening.'],
    ['phone_call', MON, MON, ['volodymyr-zelenskyy', 'donald-trump'], "Zelensky's phone call with Trump lasted almost an hour on Monday."],
    ['phone_call', MON, MON, ['emmanuel-macron', 'vladimir-putin'], 'The telephone conversation between Macron and Putin took place on Monday.'],
    ['phone_call', TUE, TUE, ['vladimir-putin', 'donald-trump'], "Putin's call with Trump, the first since February, lasted two hours on Tuesday."],
  ]);
});

describe('rule "a visit told by how it went": whose visit it is made it', () => {
  found([
    ['visit', TUE, TUE, ['volodymyr-zelenskyy'], "Zelensky's visit to Ankara ended on Tuesday."],
    ['visit', '2025-04-23', '2025-04-23', ['narendra-modi'], "Modi's three-day visit to Saudi Arabia was cut short on April 23."],
  ]);
});

describe('rule "a ceasefire told by how it came about or went on"', () => {
  found([
    ['ceasefire', SAT, SAT, [], 'The truce took effect on Saturday evening.'],
    ['ceasefire', SAT, SAT, [], 'The ceasefire between India and Pakistan came into effect at 5 pm on Saturday.'],
    ['ceasefire', MON, MON, [], 'A 30-day truce went into effect on Monday.'],
    ['ceasefire', MON, MON, [], 'The ceasefire was extended on Monday until the end of the month.'],
    ['ceasefire', SAT, SAT, [], 'The truce between Delhi and Islamabad came into force on Saturday.'],
  ]);
});

describe('other event nouns as subjects, read by their own stages (incidents, exchanges)', () => {
  found([
    ['military_action', SUN, SUN, [], 'The strike on Sumy took place on Sunday morning.'],
    ['intent_to_cooperate', MON, MON, [], 'The prisoner exchange took place on Monday at the Belarusian border.'],
  ]);
});

describe('planned: the event noun with a verb of what is due', () => {
  found([
    ['negotiation', '2025-05-19', '2025-05-19', [], 'Talks are due to resume in Istanbul on Monday.'],
    ['negotiation', '2025-05-19', '2025-05-19', [], 'Talks between the two sides are due to resume in Istanbul on Monday.'],
    ['negotiation', '2025-05-15', '2025-05-15', [], 'Talks between Russia and Ukraine will begin in Istanbul on Thursday.'],
    ['meeting', '2025-05-16', '2025-05-16', ['donald-trump', 'vladimir-putin'], 'The summit between Trump and Putin is scheduled to take place on Friday.'],
  ], 'planned');
});

describe('no event: talks and calls that did not happen, hopes, calls for them, and "call" as an appeal', () => {
  none([
    ['negotiation', 'Talks have not taken place since 2022.'],
    ['meeting', 'The meeting that never took place was meant to ease tensions.'],
    ['negotiation', 'Kyiv voiced hopes on Tuesday that talks will begin soon.'],
    ['negotiation', 'Calls for talks grew louder on Tuesday.'],
    ['phone_call', 'Calls for talks grew louder on Tuesday.'],
    ['phone_call', 'The call for restraint went unheeded on Tuesday.'],
    ['phone_call', 'The UN call for a ceasefire was ignored on Tuesday.'],
    ['phone_call', 'Zelensky issued a call to arms on Tuesday.'],
    ['negotiation', "The talks' failure was blamed on Moscow."],
    ['meeting', 'The meeting did not take place on Tuesday.'],
    ['negotiation', 'The talks never began.'],
    ['negotiation', 'Talks could resume in Istanbul on Monday if both sides agree.'],
    ['negotiation', 'Talks lasting more than a day are rare.'],
    ['ceasefire', 'The ceasefire has not taken effect.'],
    ['negotiation', 'The talks could collapse on Monday.'],
    ['meeting', 'Hopes that the meeting would take place faded on Tuesday.'],
    ['negotiation', 'The talks that had been expected to start on Monday never began.'],
    ['phone_call', "Rubio's call for restraint lasted only a day."],
    ['phone_call', "Zelensky's call on the West to send jets ended in disappointment on Tuesday."],
    ['phone_call', 'A call to arms began on Monday.'],
    ['visit', 'The visit ended on Tuesday.'],
    ['meeting', 'The meeting never took place on Tuesday.'],
    ['phone_call', 'Their phone conversation lasted more than two hours on Tuesday.'],
  ]);
});

describe('"call" of an appeal is no call held, and no appeal of its own reader', () => {
  test('"the X-Y call on Tuesday lasted" is no appeal by the first', () => {
    expect(cell('The Putin-Trump call on Tuesday lasted two and a half hours.').map((e) => e.type)).not.toContain('appeal');
  });
});
