import { describe, expect, test } from 'vitest';
import { eventsOfCell } from './fixtures/unseen-events-of';
import { gives as givesOf, noTypesIn, typedCellsIn, type TypedCell, type Types } from './fixtures/typed-cells';

/**
 * The grid of acts on plans and agreements (round x18): a meeting, summit, signing or visit cancelled or put off; a
 * measure of sanctions told with a verb of its own; an agreement told in the passive or as a noun; a proposal accepted
 * or put forward. Sentences in our own words, published on Wednesday 14 May 2025 (Tuesday is 13 May, Monday 12,
 * Saturday 10, Friday 9). A first paragraph names the crisis, as an article's opening does. Each cell gives the
 * types any of which the key would accept, the date, and the people (by id) or states that must be among its parties.
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Islamabad|Delhi|Modi|Sharif|Jaishankar|Dar\b/;

const cell = (sentence: string) => eventsOfCell(sentence, PUBLISHED, CRISIS);

type Cell = TypedCell;
const gives = (c: Cell) => { givesOf(c, cell); };
const found = (cells: Cell[]) => { typedCellsIn(cells, cell); };
/** Cells that must give no event of the types: the look-alike that is no act on a plan, or no act at all. */
const none = (cells: [Types, string][]) => { noTypesIn(cells, cell); };

const CALLED_OFF: Types = ['rejection', 'reduce_relations'];

describe('rule "a plan called off": cancelling or putting off a meeting, summit, signing, visit or press conference', () => {
  found([
    [CALLED_OFF, '2025-05-13', ['RU'], 'Russia cancelled the planned summit with Ukraine on Tuesday.'],
    [CALLED_OFF, '2025-05-12', ['donald-trump'], 'On Monday, Trump called off the summit with Putin in Budapest.'],
    [CALLED_OFF, '2025-05-13', ['RU'], 'The Kremlin postponed the talks in Istanbul on Tuesday.'],
    [CALLED_OFF, '2025-05-12', ['UA', 'US'], 'The signing of the minerals deal between Kyiv and Washington was called off on Monday.'],
    [CALLED_OFF, '2025-05-13', ['RU', 'UA'], 'Talks between the Russian and Ukrainian delegations were postponed on Tuesday.'],
    [CALLED_OFF, '2025-05-12', ['PK'], 'Pakistan scrapped a planned visit by its foreign minister to Kabul on Monday.'],
    [CALLED_OFF, '2025-05-13', ['IN'], 'India shelved the talks with Pakistan on Tuesday.'],
    [CALLED_OFF, '2025-05-12', ['volodymyr-zelenskyy'], 'Zelensky put his visit to Ankara on hold on Monday.'],
    [CALLED_OFF, '2025-05-12', ['UA'], 'Ukraine pulled out of the talks in Istanbul on Monday.'],
    [CALLED_OFF, '2025-05-12', ['IN', 'PK'], 'The summit between India and Pakistan was called off on Monday.'],
    // The perfect, told on a day: the week up to the telling.
    [CALLED_OFF, '2025-05-06..2025-05-13', ['vladimir-putin'], 'Putin has called off his trip to Delhi, the Kremlin said on Tuesday.'],
    [CALLED_OFF, '2025-05-13', [], 'The European Union on Tuesday postponed its summit with Ukraine.'],
    // A passive told by a teller on a day: the week up to the telling.
    [CALLED_OFF, '2025-05-05..2025-05-12', ['RU'], 'The planned talks were postponed until next week, the Kremlin said on Monday.'],
    [CALLED_OFF, '2025-05-13', ['US'], 'Washington on Tuesday scrapped plans for a meeting between Rubio and Lavrov.'],
    [CALLED_OFF, '2025-05-12', ['marco-rubio'], 'On Monday, Rubio cancelled his trip to Istanbul for the talks.'],
    [CALLED_OFF, '2025-05-10', ['IN'], 'India on Saturday deferred the meeting of the Indus commission.'],
    [CALLED_OFF, '2025-05-13', ['UA', 'US'], 'The signing ceremony between Kyiv and Washington was abruptly cancelled on Tuesday.'],
  ]);
  none([
    ['rejection', 'Flights to Kyiv were cancelled on Tuesday.'],
    ['rejection', 'Zelensky cancelled his holiday on Monday.'],
    ['rejection', 'Trump did not rule out cancelling the summit.'],
    ['rejection', 'The Kremlin may postpone the talks.'],
    ['rejection', 'The talks could be postponed if Kyiv refuses.'],
    ['rejection', 'Trains between the two cities were cancelled on Monday.'],
    ['rejection', 'India cancelled the visas of Pakistani nationals on Tuesday.'],
    ['rejection', 'The cricket match was postponed on Monday because of rain.'],
    ['rejection', 'Putin said on Monday that the summit would not be cancelled.'],
    ['rejection', 'Exams in the border districts were postponed on Tuesday.'],
  ]);
});

describe('rule "sanctions told with a verb of their own"', () => {
  found([
    ['sanctions', '2025-05-13', [], 'The EU authorised new sanctions against Russia on Tuesday.'],
    ['sanctions', '2025-05-12', ['donald-trump'], 'Trump authorized sanctions on two Russian oil companies on Monday.'],
    ['sanctions', '2025-05-12', ['US'], 'Washington slapped sanctions on Rosneft and Lukoil on Monday.'],
    ['sanctions', '2025-05-13', ['GB'], 'Britain unveiled a package of sanctions against Russian oil firms on Tuesday.'],
    ['sanctions', '2025-05-12', ['US'], 'The US on Monday sanctioned Rosneft.'],
    ['sanctions', '2025-05-13', [], 'The Treasury rolled out sweeping sanctions on Russian banks on Tuesday.'],
    ['sanctions', '2025-05-12', ['JP'], 'Japan announced a fresh round of sanctions on Monday.'],
    ['sanctions', '2025-05-13', ['CA'], 'Canada extended its sanctions on Russia on Tuesday.'],
    ['sanctions', '2025-05-13', [], 'The European Council formally adopted the 17th sanctions package against Russia on Tuesday.'],
    ['sanctions', '2025-05-13', [], 'The EU approved its 17th package of sanctions against Russia on Tuesday.'],
    ['sanctions', '2025-05-13', ['GB'], 'Britain targeted 100 more tankers of the shadow fleet with sanctions on Tuesday.'],
    ['sanctions', '2025-05-13', [], 'New sanctions on Russian banks were announced by the EU on Tuesday.'],
    ['sanctions', '2025-05-12', [], "Sanctions were imposed on Monday on Russia's largest oil companies."],
    ['sanctions', '2025-05-13', ['US'], 'The US Treasury added 20 Russian firms to its sanctions list on Tuesday.'],
    ['sanctions', '2025-05-13', ['AU'], 'Australia on Tuesday imposed financial sanctions on 60 vessels.'],
    ['sanctions', '2025-05-12', ['NZ'], 'New Zealand introduced fresh sanctions against Moscow on Monday.'],
  ]);
  none([
    ['sanctions', 'Trump threatened sanctions on Russia on Monday.'],
    ['sanctions', 'The EU is considering new sanctions.'],
    ['sanctions', 'Russia has been under sanctions since 2014.'],
    ['sanctions', 'The US lifted sanctions on Belarusian potash on Tuesday.'],
    ['sanctions', 'Sanctions relief was approved on Tuesday.'],
  ]);
  none([['military_action', 'Britain targeted 100 more tankers of the shadow fleet with sanctions on Tuesday.']]);
});

describe('rule "an agreement reached": told in the passive or as a noun, typed as the thing agreed', () => {
  found([
    ['ceasefire', '2025-05-13', [], 'An agreement on a 30-day ceasefire was reached on Tuesday.'],
    ['intent_to_cooperate', '2025-05-12', ['RU', 'UA'], 'A deal on the exchange of prisoners was struck in Istanbul on Monday.'],
    ['intent_to_cooperate', '2025-05-13', [], 'It was agreed on Tuesday that the two sides would exchange 1,000 prisoners each.'],
    ['intent_to_cooperate', '2025-05-12', [], 'The two sides agreed on Monday on an exchange of 1,000 prisoners each.'],
    ['intent_to_cooperate', '2025-05-13', [], 'A prisoner swap took place on Tuesday.'],
    ['intent_to_cooperate', '2025-05-12', ['RU', 'UA'], 'Russia and Ukraine reached an agreement on Monday to exchange the bodies of fallen soldiers.'],
    ['intent_to_cooperate', '2025-05-13', ['RU', 'UA'], 'Delegations from Moscow and Kyiv struck a deal on Tuesday on a prisoner exchange.'],
    ['ceasefire', '2025-05-10', ['IN', 'PK'], 'India and Pakistan reached an understanding on a ceasefire on Saturday.'],
    ['ceasefire', '2025-05-10', ['IN', 'PK'], 'A truce deal was agreed between India and Pakistan on Saturday.'],
    ['intent_to_cooperate', '2025-05-09', [], 'An exchange of prisoners was agreed at the talks in Istanbul on Friday.'],
    ['intent_to_cooperate', '2025-05-12', [], 'On Monday, the two delegations agreed to swap the bodies of 6,000 soldiers.'],
    ['ceasefire', '2025-05-13', [], 'A ceasefire agreement was signed by both sides on Tuesday.'],
    ['ceasefire', '2025-05-10', [], 'The ceasefire deal struck on Saturday has largely held.'],
    ['intent_to_cooperate', '2025-05-09', [], 'The agreement reached in Istanbul on Friday provides for an exchange of 1,000 prisoners each.'],
    ['ceasefire', '2025-05-10', ['IN', 'PK'], 'On Saturday, India and Pakistan agreed that all firing would stop.'],
    ['intent_to_cooperate', '2025-05-12', ['RU', 'UA'], 'Moscow and Kyiv clinched a deal on Monday to return the bodies of the dead.'],
  ]);
  none([
    [['ceasefire', 'intent_to_cooperate'], 'No agreement was reached at the talks on Tuesday.'],
    ['ceasefire', 'An agreement on a ceasefire could be reached next week.'],
    ['intent_to_cooperate', 'The two sides failed to agree on a prisoner exchange on Monday.'],
    [['intent_to_cooperate', 'ceasefire'], 'It was agreed that the report would be published on Friday.'],
    ['intent_to_cooperate', 'The two teams struck a deal on the transfer of a striker on Monday.'],
  ]);
});

describe('rule "a proposal accepted or put forward"', () => {
  found([
    [['ceasefire', 'intent_to_cooperate'], '2025-05-13', ['UA'], 'Ukraine accepted the US proposal for a 30-day ceasefire on Tuesday.'],
    [['negotiation', 'intent_to_cooperate'], '2025-05-12', ['RU'], 'Russia put forward a memorandum on a peace settlement on Monday.'],
    [['negotiation', 'intent_to_cooperate'], '2025-05-13', ['US'], 'The 28-point plan offered by Washington was presented to Kyiv on Tuesday.'],
    [['ceasefire', 'intent_to_cooperate'], '2025-05-13', ['UA'], 'Kyiv agreed to the US proposal for a 30-day ceasefire on Tuesday.'],
    ['intent_to_cooperate', '2025-05-12', ['PK'], 'Pakistan accepted the offer of talks on Monday.'],
    [['negotiation', 'intent_to_cooperate'], '2025-05-12', ['US'], 'Washington submitted a 28-point peace proposal to Kyiv on Monday.'],
    [['ceasefire', 'intent_to_cooperate'], '2025-05-13', ['UA'], 'Ukraine endorsed the ceasefire proposal on Tuesday.'],
    [['negotiation', 'intent_to_cooperate'], '2025-05-12', ['RU'], 'Russia presented its draft memorandum to the Ukrainian delegation on Monday.'],
    [['negotiation', 'intent_to_cooperate'], '2025-05-13', ['US'], 'The US unveiled a new peace proposal on Tuesday.'],
    [['ceasefire', 'intent_to_cooperate'], '2025-05-13', ['UA'], 'Kyiv backed the American plan for a 30-day truce on Tuesday.'],
    [['negotiation', 'intent_to_cooperate'], '2025-05-12', ['RU'], 'On Monday, Moscow tabled a proposal for a new round of talks.'],
  ]);
  none([
    [['intent_to_cooperate', 'ceasefire'], 'Ukraine did not accept the proposal.'],
    [['intent_to_cooperate', 'ceasefire'], 'Russia has yet to accept the ceasefire proposal.'],
    ['intent_to_cooperate', 'Kyiv refused to accept the plan on Monday.'],
    [['intent_to_cooperate', 'ceasefire'], 'The proposal was not accepted.'],
    [['intent_to_cooperate', 'ceasefire'], 'Ukraine may accept the proposal.'],
    [['negotiation', 'intent_to_cooperate'], 'The ministry presented its annual report on Monday.'],
  ]);
});

/**
 * Known gaps, left for the stages that own them (each cell fails today; when one passes, move it to its block):
 * - people named in a passive plan ("the summit between Modi and Sharif was called off"): a subjectless rejection takes
 *   the states its clause names, not its people (find-verbal-events.ts);
 * - "a peace plan to Kyiv on Monday": "plan to" reads as a future ("plans to visit") in detect-tense, so the day is lost;
 * - "may announce new sanctions next week": the modal is read as a plan, not a possibility (forecasts);
 * - "accepted an invitation to the summit": merged into the summit's meeting, with no intent of its own.
 */
describe('known gaps', () => {
  test.fails.each<Cell>([
    [CALLED_OFF, '2025-05-12', ['narendra-modi', 'shehbaz-sharif'], 'The summit between Modi and Sharif was called off on Monday.'],
    [CALLED_OFF, '2025-05-13', ['volodymyr-zelenskyy'], 'A news conference by Zelensky scheduled for Thursday was cancelled on Tuesday.'],
    [['negotiation', 'intent_to_cooperate'], '2025-05-12', ['US'], 'Washington submitted a 28-point peace plan to Kyiv on Monday.'],
    ['intent_to_cooperate', '2025-05-12', ['volodymyr-zelenskyy'], 'Zelensky accepted an invitation to the summit on Monday.'],
  ])('%s on %s with %j: %s', (...c) => {
    gives(c);
  });
  test.fails('no sanctions: Britain may announce new sanctions next week.', () => {
    expect(cell('Britain may announce new sanctions next week.').map((e) => e.type)).not.toContain('sanctions');
  });
});
