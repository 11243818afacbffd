import { describe, expect, test } from 'vitest';
import type { EventType, TimelineEvent } from '../../../src/shared/schema';
import { eventsOfCell } from '../fixtures/unseen-events-of';

/**
 * The grid of the last-resort reader (round x20, stage "the unread sentence"): sentences of our own, in the many
 * wordings of acts a report may use (a verb of the broad lexicon, a noun held by a verb of doing it), each read with
 * its type, day and states, whichever stage reads it; and look-alikes the reader's general guards must leave unread
 * (negated, modal, undated future, generic, habitual, a danger warned of, a caption, a commentator, a reduced relative).
 * Published on Wednesday 14 May 2025 (Tuesday is 13 May, Monday 12, Sunday 11, Saturday 10, Friday 9, Thursday 8;
 * "last week" is 4 to 11 May).
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Islamabad|New Delhi|Sharif|Kashmir|Simla/;

const cell = (sentence: string) => eventsOfCell(sentence, PUBLISHED, CRISIS);

/** An event a cell must give: its type, its first and last day when the text pins them, and states among its parties. */
interface Want {
  type: EventType;
  date?: [string, string];
  countries: string[];
  planned?: boolean;
}

const fits = (e: TimelineEvent, w: Want) =>
  e.type === w.type &&
  (!w.date || (e.date.start === w.date[0] && e.date.end === w.date[1])) &&
  w.countries.every((c) => e.countries.includes(c)) &&
  (w.planned === undefined || (e.status === 'planned') === w.planned);

const show = (events: TimelineEvent[]) => events.map((e) => `${e.type} ${e.date.start}..${e.date.end} [${e.countries.join('+')}] ${e.status}`);

const MON = ['2025-05-12', '2025-05-12'] as [string, string];
const TUE = ['2025-05-13', '2025-05-13'] as [string, string];
const FRI = ['2025-05-09', '2025-05-09'] as [string, string];
const SUN = ['2025-05-11', '2025-05-11'] as [string, string];
const LAST_WEEK = ['2025-05-04', '2025-05-11'] as [string, string];

describe('acts read in sentences of many wordings', () => {
  test.each<[string, Want]>([
    // Read only by the last-resort reader (no other stage reads them).
    ['Pakistan almost halved the staff of its mission in New Delhi after the attack.', { type: 'reduce_relations', countries: ['PK'] }],
    ['Islamabad repudiated the Indian claims on Sunday.', { type: 'rejection', date: SUN, countries: ['PK'] }],
    ['New Delhi recalled its defence attachés from Islamabad last week.', { type: 'expel', date: LAST_WEEK, countries: ['IN'] }],
    ['India halted the flow of water to Pakistan last week.', { type: 'reduce_relations', date: LAST_WEEK, countries: ['IN'] }],
    ['Russia clinched a deal with North Korea on arms last month.', { type: 'intent_to_cooperate', date: ['2025-04-01', '2025-04-30'], countries: ['RU'] }],
    ['Ukraine sealed a minerals agreement with Washington on Wednesday.', { type: 'intent_to_cooperate', date: ['2025-05-14', '2025-05-14'], countries: ['UA'] }],
    ['The European Union hit Moscow with its toughest sanctions yet last week.', { type: 'sanctions', date: LAST_WEEK, countries: ['RU'] }],
    // Read by the other stages already: the reader must leave them as they are.
    ['Russia and Ukraine traded artillery fire along the Dnipro on Sunday.', { type: 'military_action', date: SUN, countries: ['RU', 'UA'] }],
    ['India and Pakistan engaged in heavy shelling across the Line of Control on Friday.', { type: 'military_action', date: FRI, countries: ['IN', 'PK'] }],
    ['Moscow slapped fresh sanctions on three British officials on Tuesday.', { type: 'sanctions', date: TUE, countries: ['RU'] }],
    ['Kyiv intercepted most of the missiles fired at the capital on Monday.', { type: 'military_action', date: MON, countries: ['UA'] }],
    ['Islamabad severed its trade links with New Delhi on April 24.', { type: 'reduce_relations', date: ['2025-04-24', '2025-04-24'], countries: ['PK'] }],
    ['India downgraded its diplomatic presence in Islamabad last week.', { type: 'reduce_relations', date: LAST_WEEK, countries: ['IN'] }],
    ['Poland expelled two Russian diplomats on Monday.', { type: 'expel', date: MON, countries: ['PL'] }],
    ['The Kremlin denounced the seizure of its tanker on Saturday.', { type: 'condemnation', date: ['2025-05-10', '2025-05-10'], countries: ['RU'] }],
    ['Pakistan revoked the visas of Indian nationals on Thursday.', { type: 'reduce_relations', date: ['2025-05-08', '2025-05-08'], countries: ['PK'] }],
    ['Ukraine rebuffed the Russian proposal on Friday.', { type: 'rejection', date: FRI, countries: ['UA'] }],
    ['Zelensky toured the front line near Pokrovsk on Saturday.', { type: 'visit', date: ['2025-05-10', '2025-05-10'], countries: ['UA'] }],
    ['Russia again pounded Kharkiv with glide bombs on Tuesday.', { type: 'military_action', date: TUE, countries: ['RU'] }],
    ['Pakistan alleged on Monday that India had backed the militants.', { type: 'accusation', date: MON, countries: ['PK'] }],
    ['Macron phoned Zelensky on Sunday.', { type: 'phone_call', date: SUN, countries: ['FR', 'UA'] }],
    ['Ukraine carried out a wave of drone raids on Russian refineries on Sunday.', { type: 'military_action', date: SUN, countries: ['UA'] }],
    ['Pakistan placed the Simla Agreement in abeyance on April 24.', { type: 'reduce_relations', date: ['2025-04-24', '2025-04-24'], countries: ['PK'] }],
    ['Russia mounted a fresh offensive near Kupiansk on Monday.', { type: 'military_action', date: MON, countries: ['RU'] }],
    ['Islamabad closed its airspace to Indian airlines on Thursday.', { type: 'reduce_relations', date: ['2025-05-08', '2025-05-08'], countries: ['PK'] }],
    ['Kyiv insisted on Monday that the prisoners be freed first.', { type: 'demand', date: MON, countries: ['UA'] }],
    ['India and Pakistan reached a truce on Saturday.', { type: 'ceasefire', date: ['2025-05-10', '2025-05-10'], countries: ['IN', 'PK'] }],
    ['The European Union sanctioned 20 Russian banks last week.', { type: 'sanctions', date: LAST_WEEK, countries: ['RU'] }],
  ])('%s', (sentence, want) => {
    const events = cell(sentence);
    expect(events.some((e) => fits(e, want)), `${JSON.stringify(want)} in ${JSON.stringify(show(events))}`).toBe(true);
  });
});

describe('look-alikes the reader leaves unread', () => {
  test.each<[string, EventType]>([
    ['Sanctions have failed to change the Kremlin course, Western officials concede.', 'sanctions'],
    ['Talks are needed to end the war, the editorial argued.', 'negotiation'],
    ['Pakistan did not expel any Indian diplomats on Monday.', 'expel'],
    ['India could suspend the treaty if the attacks continue.', 'reduce_relations'],
    ['If Ukraine strikes the bridge, Russia will respond.', 'military_action'],
    ['The visit comes amid high tensions between the two neighbours, India and Pakistan.', 'visit'],
    ['Drone attacks remain a daily threat for the residents of Kharkiv.', 'military_action'],
    ["Ukraine's air force warned of a ballistic missile threat over Sumy on Monday.", 'threat'],
    ['He has pledged not to sign any deal with Russia before the elections.', 'intent_to_cooperate'],
    ['Pakistan wants to negotiate with India on water.', 'negotiation'],
    ['Russia often shells border villages in the Sumy region.', 'military_action'],
    ['Photo: Zelensky visits a hospital in Kyiv on Monday.', 'visit'],
    ['KYIV — The city council will meet today to discuss repairs after the attack by Russia.', 'meeting'],
    ['A decree signed by Zelensky in 2022 bans any talks with Putin.', 'intent_to_cooperate'],
    ['A long series of Russian strikes targeting the power grid has left Ukraine short of power.', 'military_action'],
  ])('no %s: %s', (sentence, type) => {
    expect(show(cell(sentence).filter((e) => e.type === type))).toEqual([]);
  });
});
