import { describe, expect, test } from 'vitest';
import type { EventType, TimelineEvent } from '../../src/shared/schema';
import { backgroundOf, eventsOfText } from './fixtures/unseen-events-of';

/**
 * The grid of tense and status (round x18): news tells what was just done in the present ("Modi meets Macron",
 * "Kremlin says", "Zelensky: Russia must agree") and what is planned with "to", "will", "is expected to", "set to",
 * "due to"; a hope, a possibility, a question or a plan that fell through is no event. Sentences of our own, in a
 * headline line (no final stop) or a lead, published on Wednesday 14 May 2025: the news present is that day or the
 * day before (13–14 May); a weekday told ahead is the next such day ("on Monday" = 19 May).
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Islamabad|Delhi|Modi|Sharif|Shehbaz|Jaishankar|Dar\b|Indus|Misri|Munir|Wagah|Attari/;
const background = (text: string) => backgroundOf(text, CRISIS);

/** A headline: a line with no final stop, then a paragraph of background that tells no act. */
const headline = (line: string) => eventsOfText(`${line}\n\n${background(line)}`, PUBLISHED);
/** A lead: the first sentence of the body, under a headline that tells no act. */
const lead = (sentence: string) => eventsOfText(`News in brief\n\n${sentence}\n\n${background(sentence)}`, PUBLISHED);

type Read = (text: string) => TimelineEvent[];
type Cell = [EventType, 'occurred' | 'planned', string, string, string];

const NOW: [string, string] = ['2025-05-13', '2025-05-14'];

/** Cells that must give an event of the type, status and dates ('…' as last day: any day on or after the first). */
function found(read: Read, cells: Cell[]) {
  test.each(cells)('%s %s %s..%s: %s', (type, status, from, to, text) => {
    const got = read(text).map((e) => [e.type, e.status, e.date.start, to === '…' ? '…' : e.date.end]);
    expect(got).toContainEqual([type, status, from, to]);
  });
}

/** Cells that must give no event of the type in the status (a hope, a question, a plan fallen through). */
function none(read: Read, cells: [EventType, 'occurred' | 'planned' | 'any', string][]) {
  test.each(cells)('no %s (%s): %s', (type, status, text) => {
    expect(read(text).filter((e) => e.type === type && (status === 'any' || e.status === status)).map((e) => e.type)).toEqual([]);
  });
}

describe('the news present of a headline: done the day of the paper or the day before', () => {
  found(headline, [
    ['meeting', 'occurred', ...NOW, 'Modi meets Macron in Paris, discusses Ukraine'],
    ['meeting', 'occurred', ...NOW, 'Lavrov meets Rubio on sidelines of summit'],
    ['phone_call', 'occurred', ...NOW, 'Trump speaks with Putin by phone'],
    ['phone_call', 'occurred', ...NOW, 'Shehbaz Sharif holds phone call with Erdogan'],
    ['phone_call', 'occurred', ...NOW, 'Trump calls Putin, discusses Ukraine truce'],
    ['condemnation', 'occurred', ...NOW, 'Zelensky condemns Russian strike on Sumy'],
    ['condemnation', 'occurred', ...NOW, 'Pakistan condemns Indian missile strikes'],
    ['accusation', 'occurred', ...NOW, 'India accuses Pakistan of backing cross-border terror'],
    ['accusation', 'occurred', ...NOW, 'Kremlin accuses Kyiv of sabotaging the truce'],
    ['threat', 'occurred', ...NOW, 'Putin warns the West against sending troops to Ukraine'],
    ['threat', 'occurred', ...NOW, 'Pakistan warns India of a befitting response'],
    ['reduce_relations', 'occurred', ...NOW, 'Pakistan suspends trade with India'],
    ['expel', 'occurred', ...NOW, 'India expels Pakistani diplomat over spying'],
    ['expel', 'occurred', ...NOW, 'Pakistan expels Indian defence attaches'],
    ['military_action', 'occurred', ...NOW, 'Russia strikes Kyiv with drones and missiles'],
    ['military_action', 'occurred', ...NOW, 'Russia launches massive drone attack on Kharkiv'],
    ['ceasefire', 'occurred', ...NOW, 'Russia and Ukraine agree to 30-day ceasefire'],
    // The truce of 10 May, a known event: its own day, though told in the present.
    ['ceasefire', 'occurred', '2025-05-10', '2025-05-10', 'India, Pakistan agree to ceasefire after talks'],
    ['appeal', 'occurred', ...NOW, 'Rubio urges India and Pakistan to de-escalate'],
    ['rejection', 'occurred', ...NOW, 'Pakistan rejects Indian claims over Pahalgam attack'],
    ['visit', 'occurred', ...NOW, 'Zelensky arrives in Ankara for talks'],
    ['demand', 'occurred', ...NOW, 'Zelensky demands unconditional ceasefire from Moscow'],
    ['negotiation', 'occurred', ...NOW, 'Modi, Sharif hold talks in Abu Dhabi'],
    ['visit', 'occurred', ...NOW, 'Zelensky lands in Ankara ahead of talks with Russia'],
  ]);
});

describe('the news present of a lead: the first sentence of the body, undated', () => {
  found(lead, [
    ['meeting', 'occurred', ...NOW, 'Indian Prime Minister Narendra Modi meets French President Emmanuel Macron in Paris as the two discuss Ukraine.'],
    ['condemnation', 'occurred', ...NOW, 'The Pakistani foreign ministry strongly condemns the Indian strikes on civilian areas.'],
    ['accusation', 'occurred', ...NOW, 'India accuses Pakistan of supporting the militants behind the attack in Kashmir.'],
    ['statement', 'occurred', ...NOW, 'Ukrainian President Volodymyr Zelensky says Russia is dragging out the talks.'],
    ['expel', 'occurred', ...NOW, 'India expels a Pakistani diplomat and gives him 24 hours to leave the country.'],
    ['ceasefire', 'occurred', ...NOW, 'Russia and Ukraine agree to a 30-day ceasefire, the White House says.'],
  ]);
  // A present with its own weekday is that day, on or before the paper's.
  found(lead, [
    ['meeting', 'occurred', '2025-05-13', '2025-05-13', 'Lavrov meets Rubio in Antalya on Tuesday as talks on Ukraine continue.'],
    ['phone_call', 'occurred', '2025-05-12', '2025-05-12', 'Sharif speaks with Erdogan on Monday and thanks him for his support.'],
  ]);
});

describe('what a saying in the news present reports with no past of its own is as new as the saying', () => {
  found(lead, [
    ['intent_to_cooperate', 'occurred', ...NOW, 'The Kremlin says it is ready for talks with Ukraine in Istanbul.'],
    ['statement', 'occurred', ...NOW, 'Zelensky says Russia attacked Kharkiv with drones.'],
  ]);
});

describe('a plain past, a habit and a noun stay the week up to the paper', () => {
  const WEEK: [string, string] = ['2025-05-07', '2025-05-14'];
  found(lead, [
    ['expel', 'occurred', ...WEEK, 'India expelled a Pakistani diplomat over spying.'],
    ['military_action', 'occurred', ...WEEK, 'Zelensky says Russia attacked Kharkiv with drones.'],
  ]);
  test.each(['Moscow routinely denies targeting civilians in Ukraine.', 'Pakistan regularly accuses India of backing separatists in Balochistan.'])('a habit is no news of the day: %s', (text) => {
    expect(lead(text).filter((e) => e.date.start === NOW[0] && e.date.end === NOW[1])).toEqual([]);
  });
  // Rule "a present in a clause of its own": after "as", "which", "what", "than" the present tells a standing position
  // ("the land Moscow demands"), not the day's act; nor does it date the saying around it.
  test.each([
    'Sybiha said Kyiv would not cede the four regions, as Moscow demands.',
    'Dar said Pakistan would never accept what New Delhi wants.',
    'As Zelensky flew to Berlin, he said Ukraine would not give up the land that Moscow demands.',
  ])('a present in a clause of its own is no news of the day: %s', (text) => {
    expect(lead(text).filter((e) => e.date.start === NOW[0] && e.date.end === NOW[1])).toEqual([]);
  });
  test('a present right after the noun it tells of is no news of the day: "a charge Islamabad denies"', () => {
    const got = lead('India blames Pakistan for the attack, a charge Islamabad denies.').map((e) => [e.type, e.date.start === NOW[0] && e.date.end === NOW[1]]);
    expect(got).toContainEqual(['accusation', true]);
    expect(got).not.toContainEqual(['rejection', true]);
  });
});

describe('a headline "X: ..." is what X said, in the news present', () => {
  found(headline, [
    ['statement', 'occurred', ...NOW, 'Zelensky: Russia must agree to ceasefire first'],
    ['statement', 'occurred', ...NOW, 'Shehbaz Sharif: Pakistan wants peace with India'],
    ['statement', 'occurred', ...NOW, 'Jaishankar: India will respond firmly to terror'],
    ['statement', 'occurred', ...NOW, 'Sybiha: Ukraine is ready for talks in any format'],
    // The teller last, after the colon.
    ['statement', 'occurred', ...NOW, 'Talks with the US envoy were useful: Peskov'],
  ]);
  none(headline, [
    // A colon after a topic, not a teller: no one speaks.
    ['statement', 'any', 'Ukraine war: what we know on day 1,176'],
    ['statement', 'any', 'Explainer: why the Indus treaty matters to Pakistan'],
  ]);
});

describe('"to" and a verb in a headline: planned', () => {
  found(headline, [
    ['phone_call', 'planned', '2025-05-19', '2025-05-19', 'Trump to speak with Putin on Monday'],
    ['meeting', 'planned', '2025-05-16', '2025-05-16', 'Putin, Trump to meet in Istanbul on Friday'],
    ['visit', 'planned', '2025-05-14', '…', 'Modi to visit Moscow for Victory Day parade'],
    ['host_visit', 'planned', '2025-05-14', '…', 'Erdogan set to host Russia-Ukraine talks'],
    ['meeting', 'planned', '2025-05-14', '…', 'Dar set to meet Wang Yi in Beijing'],
    ['visit', 'planned', '2025-05-19', '2025-05-25', 'Dar due in Beijing next week'],
    ['visit', 'planned', '2025-05-15', '2025-05-15', 'Witkoff expected in Moscow on Thursday'],
  ]);
  none(headline, [
    // A headline that asks tells nothing, planned or done.
    ['meeting', 'any', 'Modi to meet Putin?'],
    ['visit', 'any', 'Trump to visit Moscow?'],
  ]);
});

describe('plans told ahead in a lead, with a day and without', () => {
  found(lead, [
    ['phone_call', 'planned', '2025-05-19', '2025-05-19', 'Donald Trump will speak with Vladimir Putin on Monday, the White House said.'],
    ['host_visit', 'planned', '2025-05-14', '…', 'Keir Starmer will host European leaders in London to discuss Ukraine.'],
    ['meeting', 'planned', '2025-05-14', '…', 'Vladimir Putin is expected to meet Steve Witkoff in Moscow.'],
    ['meeting', 'planned', '2025-05-16', '2025-05-16', 'Vladimir Putin is expected to meet Steve Witkoff in Moscow on Friday.'],
    ['meeting', 'planned', '2025-05-14', '…', 'Marco Rubio plans to meet Sergei Lavrov in Istanbul.'],
    ['visit', 'planned', '2025-05-14', '…', 'Ishaq Dar will travel to Beijing for talks with Chinese leaders.'],
    ['visit', 'planned', '2025-05-15', '2025-05-15', 'Ishaq Dar will travel to Beijing on Thursday for talks with Chinese leaders.'],
    ['meeting', 'planned', '2025-05-16', '2025-05-16', 'Sybiha is due to meet Fidan in Ankara on Friday.'],
    ['meeting', 'planned', '2025-05-16', '2025-05-16', 'Talks between Russia and Ukraine are scheduled for Friday in Istanbul.'],
    // The future passive: "will be held" is no past before the day.
    ['negotiation', 'planned', '2025-05-16', '2025-05-16', 'The talks between Russia and Ukraine will be held on Friday in Istanbul.'],
    ['meeting', 'planned', '2025-05-15', '2025-05-15', 'Putin and Zelensky are to meet in Istanbul on Thursday.'],
    ['meeting', 'planned', '2025-05-19', '2025-05-25', 'A summit between Putin and Trump is slated for next week.'],
    // A present saying of a plan: the saying is news of the day, the call the next Tuesday.
    ['phone_call', 'planned', '2025-05-20', '2025-05-20', 'Trump says he will speak to Putin on Tuesday.'],
    ['statement', 'occurred', ...NOW, 'Trump says he will speak to Putin on Tuesday.'],
  ]);
});

describe('the past of a plan that did not happen, hopes and possibilities: no meeting', () => {
  none(lead, [
    ['meeting', 'any', 'Marco Rubio had been due to meet Sergei Lavrov in Istanbul on Friday, but the trip was called off.'],
    ['meeting', 'any', 'Vladimir Putin was supposed to meet Zelensky in Istanbul, but he stayed in Moscow.'],
    ['meeting', 'any', 'Donald Trump refused to rule out meeting Vladimir Putin in Saudi Arabia.'],
    ['meeting', 'any', 'Zelensky hopes to meet Vladimir Putin in Istanbul.'],
    ['meeting', 'any', 'Vladimir Putin could meet Zelensky in Istanbul.'],
    ['visit', 'any', 'Donald Trump may visit Moscow later this year.'],
    ['military_action', 'any', 'If Russia attacks a NATO state, Poland will respond.'],
    ['meeting', 'any', 'Will Putin meet Zelensky in Istanbul?'],
    ['visit', 'any', 'Erdogan is considering a visit to Kyiv.'],
    ['negotiation', 'any', 'The Kremlin is weighing a new round of talks with Kyiv.'],
    ['meeting', 'any', 'Donald Trump declined to rule out a meeting with Vladimir Putin.'],
    ['meeting', 'any', 'Zelensky wants to meet Putin face to face.'],
    ['visit', 'any', 'Lavrov might travel to Istanbul for the talks.'],
    ['meeting', 'any', 'Rubio may meet Lavrov in Antalya on Friday.'],
  ]);
  // "refused to rule out" refuses nothing: no rejection either.
  none(lead, [['rejection', 'any', 'Donald Trump refused to rule out meeting Vladimir Putin in Saudi Arabia.']]);
  none(headline, [
    ['meeting', 'any', 'Will Putin meet Zelensky in Istanbul?'],
    ['meeting', 'any', 'Putin could meet Zelensky, Kremlin hints'],
  ]);
});

describe('"would" of reported speech in the past is the threat made, not a planned act', () => {
  found(lead, [
    ['threat', 'occurred', '2025-05-12', '2025-05-12', 'Pakistan said on Monday it would retaliate against any Indian strike.'],
    ['statement', 'occurred', '2025-05-12', '2025-05-12', 'Sharif said on Monday that Pakistan would defend itself.'],
  ]);
  none(lead, [
    ['military_action', 'any', 'Pakistan said on Monday it would retaliate against any Indian strike.'],
    ['threat', 'planned', 'Pakistan said on Monday it would retaliate against any Indian strike.'],
  ]);
});
