import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';
import { serialListCommas } from './clause-structure';

/**
 * Sentence structure across commas: a list of people with the serial (Oxford) comma, and a clause of its own before
 * ", and X said". Sentences written for these tests, as an article published on Wednesday 14 May 2025, with a closing
 * sentence that places them in their conflicts and tells no event.
 */
const CONTEXT = '\n\nThe war in Ukraine and the crisis between India and Pakistan go on.';
const eventsOf = (text: string) => eventsOfText(`${text}${CONTEXT}`, '2025-05-14');
const sorted = (xs: string[]) => [...xs].sort();

test('a list of subjects with the serial comma gives every member, as one without it does', () => {
  for (const text of [
    'Emmanuel Macron, Keir Starmer, and Friedrich Merz travelled to Kyiv on Saturday.',
    'Emmanuel Macron, Keir Starmer and Friedrich Merz travelled to Kyiv on Saturday.',
    'On Saturday, French President Emmanuel Macron, British Prime Minister Keir Starmer, and German Chancellor Friedrich Merz arrived in Kyiv.',
  ]) {
    const visits = eventsOf(text).filter((e) => e.type === 'visit');
    expect(visits.map((e) => [sorted(e.actors), e.date.start])).toEqual([[['emmanuel-macron', 'friedrich-merz', 'keir-starmer'], '2025-05-10']]);
  }
  const talks = eventsOf('Marco Rubio, Steve Witkoff, and Mike Waltz held talks with Sergei Lavrov and Yuri Ushakov in Riyadh on Tuesday.').filter((e) => e.type === 'negotiation');
  expect(talks.map((e) => sorted(e.actors))).toEqual([['marco-rubio', 'mike-waltz', 'sergey-lavrov', 'steve-witkoff', 'yuri-ushakov']]);
});

test('a list of counterparts with the serial comma reaches its last member', () => {
  // Three people named in one list are one call with all of them (events/contact-parties.ts).
  const calls = eventsOf('Volodymyr Zelensky spoke with Emmanuel Macron, Keir Starmer, and Friedrich Merz on Sunday.').filter((e) => e.type === 'phone_call');
  expect(calls.map((e) => [...e.actors].sort())).toEqual([['emmanuel-macron', 'friedrich-merz', 'keir-starmer', 'volodymyr-zelenskyy']]);
  const calls2 = eventsOf('Vladimir Putin spoke by phone with Donald Trump, Narendra Modi, and Recep Tayyip Erdogan this week.').filter((e) => e.type === 'phone_call');
  expect(calls2.flatMap((e) => e.actors).sort()).toEqual(['donald-trump', 'narendra-modi', 'recep-tayyip-erdogan', 'vladimir-putin']);
});

test('a ", and" after a clause with a verb of its own is no serial comma: the next person opens a clause', () => {
  const body = 'Sergei Lavrov met Marco Rubio, and Dmitry Peskov said the talks were useful.';
  // Two people before the ", and", but no comma between them: nothing is listed.
  expect(serialListCommas(body, [{ start: 0, end: 13 }, { start: 18, end: 29 }, { start: 35, end: 47 }]).size).toBe(0);
  const events = eventsOf(body);
  expect(events.filter((e) => e.type === 'meeting').map((e) => sorted(e.actors))).toEqual([['marco-rubio', 'sergey-lavrov']]);
  expect(events.filter((e) => e.type === 'statement').map((e) => e.actors)).toEqual([['dmitry-peskov']]);
});

test('a short clause with its own verb before ", and X said" keeps its event', () => {
  for (const [text, type, actors] of [
    ['Sergei Lavrov met Marco Rubio, and Dmitry Peskov said the talks were useful.', 'meeting', ['marco-rubio', 'sergey-lavrov']],
    ['Ishaq Dar visited Kabul, and Marco Rubio said the region needed calm.', 'visit', ['ishaq-dar']],
    ['Narendra Modi spoke to Vladimir Putin, and Jaiswal said India wanted peace.', 'phone_call', ['narendra-modi', 'vladimir-putin']],
  ] as const) {
    const events = eventsOf(text);
    expect(events.filter((e) => e.type === type).map((e) => sorted(e.actors))).toEqual([actors]);
    expect(events.filter((e) => e.type === 'statement').length).toBe(1);
  }
});

test('a list of names before ", and X said" is no clause of its own', () => {
  const events = eventsOf('Sergei Lavrov, Yuri Ushakov, and Dmitry Peskov said on Tuesday that the talks were useful.');
  expect(events.filter((e) => e.type !== 'statement')).toEqual([]);
});

test('a comma inside closing quotation marks still ends the clause before ", and X stated"', () => {
  for (const text of [
    'Hours later, Donald Trump announced a “complete and lasting ceasefire,” and Marco Rubio stated that talks would begin soon at a neutral site.',
    'Donald Trump announced a "complete ceasefire," and Marco Rubio stated that both sides would talk soon.',
  ]) {
    const events = eventsOf(text);
    // Each act is its own teller's: Rubio's saying is not Trump's, and Trump's announcement is not folded into what Rubio said.
    expect(events.some((e) => e.actors.length === 1 && e.actors[0] === 'marco-rubio' && e.type === 'statement')).toBe(true);
    expect(events.some((e) => e.actors.length === 1 && e.actors[0] === 'donald-trump')).toBe(true);
  }
});

test('a visit named by whose it is, with no date of its own, is background, not a new trip', () => {
  for (const text of [
    'Recalling his recent visit to Tehran, Shehbaz Sharif described the talks as productive.',
    'Earlier, Donald Trump had during his visit to Saudi Arabia offered to help on Kashmir.',
    'Shehbaz Sharif spoke warmly about his trip to Ankara.',
    'The Indian teams’ visit is meant to win support at the United Nations.',
  ]) {
    expect(eventsOf(text).filter((e) => e.type === 'visit')).toEqual([]);
  }
});

test('a visit with a date of its own, told by its verb, or acted on as news is still a visit', () => {
  for (const [text, start] of [
    ['Narendra Modi’s visit to Moscow on Tuesday drew criticism in Kyiv.', '2025-05-13'],
    ['Shehbaz Sharif visited Tehran on Monday.', '2025-05-12'],
  ] as const) {
    expect(eventsOf(text).filter((e) => e.type === 'visit').map((e) => e.date.start)).toEqual([start]);
  }
  expect(eventsOf('Narendra Modi cut short his Saudi Arabia visit after the attack in Pahalgam.').filter((e) => e.type === 'visit').map((e) => e.actors)).toEqual([['narendra-modi']]);
});

test('a list of people before a reporting verb are all tellers, one act of speaking each', () => {
  const tellersOf = (text: string) => eventsOf(text).filter((e) => e.type === 'statement').map((e) => e.actors).sort();
  for (const text of [
    'Emmanuel Macron, Keir Starmer, and Friedrich Merz said on Saturday that Russia must accept the ceasefire.',
    'French President Emmanuel Macron, British Prime Minister Keir Starmer and German Chancellor Friedrich Merz said on Saturday that Russia must accept the ceasefire.',
  ]) {
    expect(tellersOf(text)).toEqual([['emmanuel-macron'], ['friedrich-merz'], ['keir-starmer']]);
  }
  expect(tellersOf('Ishaq Dar and Shehbaz Sharif said Pakistan would respond to India.')).toEqual([['ishaq-dar'], ['shehbaz-sharif']]);
});

test('one teller described by an appositive, or named after another’s verb, stays one teller', () => {
  const tellersOf = (text: string) => eventsOf(text).filter((e) => e.type === 'statement').map((e) => e.actors);
  expect(tellersOf('Marco Rubio, the US secretary of state, said on Tuesday that the talks were useful.')).toEqual([['marco-rubio']]);
  expect(tellersOf('Sergei Lavrov met Marco Rubio, and Dmitry Peskov said the talks were useful.')).toEqual([['dmitry-peskov']]);
  expect(tellersOf('Emmanuel Macron, Keir Starmer said the talks were useful.')).toEqual([['keir-starmer']]);
});
