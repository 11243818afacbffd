import { describe, expect, test } from 'vitest';
import { eventsOfCell } from './fixtures/unseen-events-of';
import { gives as givesOf, noTypesIn, typedCellsIn, typesOf, type TypedCell, type Types } from './fixtures/typed-cells';

/**
 * The grid of acts that are offered, proposed, wished for or kept in force (round x20): a sitting, a call or a visit
 * proposed, offered, invited to or said to be welcome is the proposer's act on its day, and the sitting is not held; a
 * truce agreed to be extended, observed or renewed is a ceasefire on the day agreed; a call for talks rejected, a stance
 * kept up and an act told as unlikely, conditional or not planned are no act of the day. Sentences in our own words,
 * published on Wednesday 14 May 2025 (Tuesday is 13 May, Monday 12, Sunday 11, Saturday 10). A first paragraph names
 * the crisis, as an article's opening does. Each cell gives the types any of which the key would accept, the date, and
 * the people (by id) or states that must be among its parties.
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Islamabad|Delhi|Modi|Sharif|Jaishankar|Dar\b|Line of Control|DGMO/;

const cell = (sentence: string) => eventsOfCell(sentence, PUBLISHED, CRISIS);

type Cell = TypedCell;
const gives = (c: Cell) => { givesOf(c, cell); };
const found = (cells: Cell[]) => { typedCellsIn(cells, cell); };
/** Cells that must give no event of the types: the act only offered, wished or kept as a stance. */
const none = (cells: [Types, string][]) => { noTypesIn(cells, cell); };

/** The proposer's act: the key types an offer as intent to cooperate, an appeal or the statement that made it. */
const OFFER: Types = ['intent_to_cooperate', 'appeal', 'statement', 'mediation'];
/** The sitting, call or visit offered. */
const HELD: Types = ['meeting', 'negotiation', 'phone_call', 'visit', 'host_visit'];

describe('rule "a sitting offered": the offer, proposal, invitation or readiness is the proposer\'s act', () => {
  found([
    [OFFER, '2025-05-13', ['UA'], 'Ukraine proposed holding a summit of the two presidents on Tuesday.'],
    [OFFER, '2025-05-12', ['volodymyr-zelenskyy'], 'Zelensky suggested a meeting with Putin in Istanbul on Monday.'],
    [OFFER, '2025-05-13', ['recep-tayyip-erdogan'], 'Erdogan offered on Tuesday to host talks between Russia and Ukraine.'],
    [OFFER, '2025-05-12', ['TR'], 'Turkey offered to host a new round of talks on Monday.'],
    [OFFER, '2025-05-13', ['donald-trump'], 'Trump invited Putin to visit Washington on Tuesday.'],
    [OFFER, '2025-05-12', ['shehbaz-sharif'], 'Sharif invited Modi to visit Islamabad on Monday.'],
    [OFFER, '2025-05-12', ['volodymyr-zelenskyy'], 'Zelensky invited Trump to visit the front line on Monday.'],
    [OFFER, '2025-05-13', ['dmitry-peskov'], 'Putin is ready to negotiate with Ukraine, Peskov said on Tuesday.'],
    [OFFER, '2025-05-12', ['volodymyr-zelenskyy'], 'Zelensky said on Monday he was willing to meet Putin in person.'],
    [OFFER, '2025-05-13', ['ishaq-dar'], 'Pakistan is open to talks with India, Dar said on Tuesday.'],
    [OFFER, '2025-05-12', ['UA'], 'Kyiv called for direct talks with Moscow on Monday.'],
    [OFFER, '2025-05-12', ['andrii-sybiha'], 'Sybiha proposed on Monday that the foreign ministers meet in Geneva.'],
    [OFFER, '2025-05-13', ['RU'], 'Moscow suggested on Tuesday that the delegations meet again in Istanbul.'],
    [OFFER, '2025-05-10', ['donald-trump'], 'Trump offered to mediate between India and Pakistan on Saturday.'],
    [OFFER, '2025-05-11', ['vladimir-putin'], 'Putin proposed direct talks with Ukraine in Istanbul on Sunday.'],
    [OFFER, '2025-05-13', ['volodymyr-zelenskyy'], 'Zelensky on Tuesday reiterated his willingness to meet Putin face to face.'],
    [OFFER, '2025-05-12', ['RU'], 'Moscow signalled on Monday that it was ready for a meeting between the two leaders.'],
    [OFFER, '2025-05-12', ['RU'], 'The Kremlin proposed on Monday a meeting between Putin and Zelensky in Moscow.'],
    [OFFER, '2025-05-10', ['PK'], 'Pakistan offered on Saturday to hold talks with India at a neutral venue.'],
    [OFFER, '2025-05-13', ['ishaq-dar'], 'Dar said on Tuesday that Islamabad would welcome talks with New Delhi on all issues.'],
    [OFFER, '2025-05-12', ['recep-tayyip-erdogan'], 'Erdogan said on Monday that Turkey was willing to host a summit of the two leaders.'],
    [OFFER, '2025-05-12', ['donald-trump'], 'Trump floated the idea of a three-way meeting with Putin and Zelensky on Monday.'],
    [OFFER, '2025-05-12', ['vladimir-putin'], "Putin accepted Erdogan's offer to host the talks on Monday."],
    [['rejection'], '2025-05-12', ['IN'], 'India rejected on Monday a Pakistani offer to hold talks.'],
    [OFFER, '2025-05-12', ['UA'], 'Kyiv requested a meeting of the UN Security Council on Monday.'],
    [OFFER, '2025-05-13', ['volodymyr-zelenskyy'], 'Zelensky asked for a meeting with Trump on Tuesday.'],
    [OFFER, '2025-05-12', ['volodymyr-zelenskyy'], 'Zelensky sought a meeting with Putin on Monday.'],
    [OFFER, '2025-05-12', ['donald-trump'], 'Trump pitched a summit with Putin in Budapest on Monday.'],
    [OFFER, '2025-05-13', ['RU'], 'On Tuesday the Kremlin put forward the idea of direct talks with Kyiv.'],
    [OFFER, '2025-05-12', ['volodymyr-zelenskyy'], 'Zelensky renewed his offer to meet Putin on Monday.'],
    [OFFER, '2025-05-13', ['recep-tayyip-erdogan'], 'Erdogan repeated his offer to host the talks on Tuesday.'],
    [OFFER, '2025-05-12', ['narendra-modi'], 'Modi extended an invitation to Trump to visit India on Monday.'],
    [OFFER, '2025-05-12', ['PK'], 'Pakistan expressed its readiness on Monday for talks with India.'],
    [OFFER, '2025-05-13', ['UA'], 'The Ukrainian side suggested a prisoner exchange on Tuesday.'],
    [OFFER, '2025-05-12', ['shehbaz-sharif'], 'Sharif offered on Monday to sit down with Modi.'],
    [OFFER, '2025-05-12', ['steve-witkoff'], 'Witkoff proposed a phone call between Trump and Putin on Monday.'],
    [OFFER, '2025-05-13', ['marco-rubio'], 'Rubio said on Tuesday that Washington would be happy to host the next round of talks.'],
    [OFFER, '2025-05-12', ['recep-tayyip-erdogan'], 'Erdogan invited the delegations to Istanbul on Monday.'],
  ]);
  none([
    [HELD, 'Ukraine proposed holding a summit of the two presidents on Tuesday.'],
    [HELD, 'Officials said on Monday that Ukraine had proposed holding a summit of the two presidents.'],
    [HELD, 'Trump invited Putin to visit Washington on Tuesday.'],
    [HELD, 'Zelensky on Tuesday reiterated his willingness to meet Putin face to face.'],
    [HELD, 'Sybiha proposed on Monday that the foreign ministers meet in Geneva.'],
    [HELD, 'The Kremlin proposed on Monday a meeting between Putin and Zelensky in Moscow.'],
    [HELD, 'Dar said on Tuesday that Islamabad would welcome talks with New Delhi on all issues.'],
    [HELD, 'India rejected on Monday a Pakistani offer to hold talks.'],
    [HELD, 'The Kremlin said on Tuesday that Putin was prepared to hold a phone call with Zelensky.'],
    [HELD, 'Trump floated the idea of a three-way meeting with Putin and Zelensky on Monday.'],
    [HELD, 'Moscow suggested on Tuesday that the delegations meet again in Istanbul.'],
    [HELD, 'Zelensky said on Monday that he would be glad to meet Trump in Rome.'],
    [['intent_to_cooperate'], 'The ministry said on Monday that it had not offered to host any talks.'],
    [HELD, 'Witkoff proposed a phone call between Trump and Putin on Monday.'],
    [HELD, 'Zelensky sought a meeting with Putin on Monday.'],
    [HELD, 'Rubio said on Tuesday that Washington would be happy to host the next round of talks.'],
    [['intent_to_cooperate', 'appeal'], 'Putin has never sought a meeting with Zelensky.'],
    [['intent_to_cooperate'], 'Putin invited reporters to the Kremlin on Monday.'],
    [['intent_to_cooperate'], 'Zelensky suggested on Monday that the talks had failed.'],
    [['intent_to_cooperate'], 'The ministry suggested on Monday that the talks were going well.'],
  ]);
});

describe('rule "an act offered, not held": readiness, a condition, or the act told as unlikely or not planned', () => {
  none([
    [HELD, 'Zelensky would meet Putin only if a ceasefire is in place, his office said on Tuesday.'],
    [HELD, 'Kyiv will hold talks with Moscow only after a full ceasefire, Sybiha said on Monday.'],
    [HELD, 'Sharif would travel to Delhi if Modi invited him, his aides said on Monday.'],
    [HELD, 'India will not meet Pakistan unless the attacks stop, officials said on Tuesday.'],
    [HELD, 'The Kremlin said on Tuesday that Putin was in no hurry to meet Zelensky.'],
    [HELD, 'Peskov said on Tuesday that a phone call between Putin and Trump was not planned.'],
    [HELD, 'A summit between the two leaders is not on the agenda, the Kremlin said on Monday.'],
    [HELD, 'Modi is unlikely to meet Sharif at the summit.'],
    [HELD, 'A meeting between Modi and Trump planned for the G7 summit could not take place.'],
    [HELD, 'Trump had hinted on Sunday that he might personally reach out to Putin to discuss the matter.'],
    [['ceasefire'], 'Trump has grown frustrated with Putin for ignoring his calls to agree to a ceasefire.'],
    [HELD, 'Lavrov said on Tuesday that Moscow was open to a meeting with Rubio.'],
    [HELD, 'Putin has lately stressed that he is willing to negotiate, but says Zelensky has blocked any talks with him.'],
    [HELD, 'Zelensky on Friday reiterated his willingness to meet with Putin to negotiate an end to the war.'],
    [HELD, 'Islamabad rejected direct talks with New Delhi on Monday.'],
  ]);
  // The look-alikes: a sitting held, one planned on a day, or one the readiness looks back on.
  found([
    ['meeting', '2025-05-12', ['volodymyr-zelenskyy', 'recep-tayyip-erdogan'], 'Zelensky met Erdogan in Ankara on Monday, a day after offering to meet Putin.'],
    ['negotiation', '2025-05-12', ['UA', 'RU'], 'Delegations from Ukraine and Russia held talks in Istanbul on Monday.'],
    ['meeting', '2025-05-13', ['recep-tayyip-erdogan'], 'Erdogan hosted a meeting of the two delegations on Tuesday.'],
    ['meeting', '2025-05-19..2025-05-25', [], 'The Kremlin said on Monday that the two leaders would meet in Istanbul next week.'],
    ['meeting', '2025-05-17', ['volodymyr-zelenskyy', 'donald-trump'], 'Zelensky is expected to meet Trump in Rome on Saturday.'],
    ['meeting', '2025-05-16', ['volodymyr-zelenskyy', 'recep-tayyip-erdogan'], 'Zelensky will meet Erdogan in Ankara on Friday if his schedule allows, his office said on Tuesday.'],
    ['meeting', '2025-05-05..2025-05-12', ['vladimir-putin', 'donald-trump'], 'Putin was happy to have met Trump in Alaska, the Kremlin said on Monday.'],
    ['ceasefire', '2025-05-10', ['IN', 'PK'], 'India and Pakistan agreed to a ceasefire on Saturday after calls from Rubio.'],
    ['meeting', '2025-05-12', ['vladimir-putin', 'donald-trump'], 'Putin avoided reporters after talks with Trump on Monday.'],
    ['meeting', '2025-05-13', ['volodymyr-zelenskyy', 'donald-trump'], 'Zelensky, who had proposed a summit, met Trump in Rome on Tuesday.'],
  ]);
});

/** A forecast ("are likely to meet", "would probably meet") is a plan at most (PLANNED_MARKER), never a sitting held. */
describe('a sitting forecast is no sitting held', () => {
  test.each([
    'The two leaders are likely to meet at the summit in Rome.',
    'Putin would probably meet Trump in Budapest.',
  ])('no occurred sitting: %s', (sentence) => {
    expect(cell(sentence).filter((e) => typesOf(HELD).includes(e.type) && e.status === 'occurred')).toEqual([]);
  });
  found([['meeting', '2025-05-17', ['volodymyr-zelenskyy', 'donald-trump'], 'Zelensky is likely to meet Trump in Rome on Saturday.']]);
});

/** Rule "a deadline of what was asked or offered" (date-scope.ts): "by Friday" is when the offer falls due, not its day. */
describe('rule "a deadline of what was asked or offered"', () => {
  test.each([
    ['2025-05-09', 'Erdogan offered to host talks between the two sides by Friday.'],
    ['2025-05-09', 'Ukraine proposed holding a summit of the two presidents by Friday.'],
    ['2025-05-09', 'Zelensky invited Trump to visit Kyiv by Friday.'],
  ])('not dated %s: %s', (deadline, sentence) => {
    const offers = cell(sentence).filter((e) => typesOf(OFFER).includes(e.type));
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.map((e) => e.date.start)).not.toContain(deadline);
  });
});

const TRUCE: Types = ['ceasefire', 'intent_to_cooperate'];

describe('rule "a truce kept in force": agreeing to extend, observe or renew a truce is a ceasefire on the day agreed', () => {
  found([
    [TRUCE, '2025-05-12', ['IN', 'PK'], 'India and Pakistan agreed on Monday to extend the ceasefire until May 18.'],
    [TRUCE, '2025-05-13', ['RU', 'UA'], 'Russia and Ukraine decided on Tuesday to prolong the Easter truce by three days.'],
    [TRUCE, '2025-05-12', ['RU'], 'Moscow extended its moratorium on strikes on energy facilities on Monday.'],
    [TRUCE, '2025-05-10', ['vladimir-putin'], 'Putin extended the unilateral ceasefire on Saturday for another 72 hours.'],
    [TRUCE, '2025-05-12', ['IN', 'PK'], 'The military commanders of India and Pakistan agreed on Monday to continue the understanding.'],
    [TRUCE, '2025-05-13', [], 'The two sides renewed the truce on energy strikes on Tuesday.'],
    [TRUCE, '2025-05-12', [], 'On Monday, the ceasefire was extended until the end of the month.'],
    [TRUCE, '2025-05-10', ['IN', 'PK'], 'The armies of India and Pakistan agreed on Saturday to observe the ceasefire along the Line of Control.'],
    [TRUCE, '2025-05-10', ['IN', 'PK'], 'India and Pakistan agreed on Saturday to stick to the truce.'],
    [TRUCE, '2025-05-12', ['PK', 'IN'], 'Pakistan and India agreed on Monday to uphold the ceasefire.'],
    [TRUCE, '2025-05-12', ['IN', 'PK'], 'The DGMOs of India and Pakistan decided on Monday to maintain the ceasefire.'],
    [TRUCE, '2025-05-13', ['UA', 'RU'], 'Kyiv and Moscow agreed on Tuesday to prolong the halt to attacks on energy sites by 30 days.'],
    [TRUCE, '2025-05-12', ['IN', 'PK'], 'The ceasefire between India and Pakistan was extended on Monday.'],
    // The perfect, told on a day: the week up to the telling.
    [TRUCE, '2025-05-06..2025-05-13', [], 'The truce has been extended by a week, the Kremlin said on Tuesday.'],
    [TRUCE, '2025-05-02..2025-05-09', ['IN', 'PK'], 'India and Pakistan have agreed to extend their ceasefire until May 18, officials said on Friday.'],
  ]);
  none([
    [['ceasefire'], 'Zelensky called on Monday for extending the ceasefire by 30 days.'],
    [['ceasefire'], 'The two sides may extend the truce next week.'],
    [['ceasefire'], 'Kyiv urged Moscow on Tuesday to prolong the pause in strikes.'],
    [['ceasefire'], 'Russia refused to extend the Easter truce on Monday.'],
    [['ceasefire'], 'There was no agreement to extend the ceasefire on Monday.'],
    [['ceasefire'], 'Putin is considering extending the truce.'],
    [['ceasefire'], 'It remains unclear whether the truce will be extended.'],
    [['ceasefire'], 'Trump wants the ceasefire extended.'],
    [['ceasefire'], 'The ceasefire expires on May 18.'],
    [['ceasefire'], 'Russia has not extended the truce.'],
    [['military_action'], 'The two sides renewed the truce on energy strikes on Tuesday.'],
  ]);
});

/** Rule "a truce and its extension" (merge/truce-extension.ts): the extension stays an agreement of its own. */
describe('rule "a truce and its extension": a truce and the agreement that lengthens it are two ceasefires', () => {
  test.each([
    ['2025-05-10', '2025-05-10..2025-05-14', 'Russia declared a three-day truce on Saturday. The Kremlin has extended the truce by another two days.'],
    ['2025-05-10', '2025-05-10..2025-05-14', 'India and Pakistan agreed to a ceasefire on Saturday. The two sides have agreed to extend the ceasefire until May 18.'],
    ['2025-05-10', '2025-05-12', 'India and Pakistan agreed to a ceasefire on Saturday. On Monday, the two sides agreed to extend the ceasefire until May 18.'],
  ])('%s and %s: %s', (first, second, text) => {
    const truces = cell(text).filter((e) => e.type === 'ceasefire').map((e) => `${e.date.start}..${e.date.end}`);
    expect(truces).toContain(`${first}..${first}`);
    expect(truces).toContain(second.includes('..') ? second : `${second}..${second}`);
  });
});

describe('rules "a call answered, not made" and "a stance kept up": no appeal, rejection or denial of the day', () => {
  none([
    [['appeal'], 'Russia rejected calls for a ceasefire on Monday.'],
    [['appeal'], 'Moscow has ignored repeated calls for an unconditional truce.'],
    [['appeal', 'rejection'], 'Russia continues to reject calls for a ceasefire.'],
    [['rejection'], 'Pakistan continues to deny any role in the attack.'],
  ]);
  found([
    ['rejection', '2025-05-12', ['RU'], 'Russia rejected calls for a ceasefire on Monday.'],
    ['rejection', '2025-05-12', ['RU'], 'Russia continued to reject the proposal on Monday.'],
    ['appeal', '2025-05-12', ['UA'], 'Kyiv called for an unconditional truce on Monday.'],
  ]);
});

/**
 * Known gaps, left for the stages that own them (each cell fails today; when one passes, move it to its block):
 * - "announced on Monday that it was extending the pause": the act inside a saying's "that" clause takes the
 *   saying's week, not its day (sayings' content, x20-second-events);
 * - "the ceasefire agreed on Saturday was extended on Monday": two acts on one noun; merging keeps the first.
 */
describe('known gaps', () => {
  test.fails.each<Cell>([
    [TRUCE, '2025-05-12', ['RU'], 'Russia announced on Monday that it was extending the pause in strikes on power plants.'],
    [TRUCE, '2025-05-12', [], 'The ceasefire agreed on Saturday was extended on Monday.'],
  ])('%s on %s with %j: %s', (...c) => {
    gives(c);
  });
});
