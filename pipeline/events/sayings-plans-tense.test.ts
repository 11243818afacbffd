import { expect, test } from 'vitest';
import { SPEECH_ACTS } from './event-cues';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Sayings written on a platform, plans told by the form of a verb (a headline's infinitive, the present after a word
 * of time), and the tense that decides whether what was told is background. Sentences in our own words; the paper is
 * dated Thursday 14 August 2025.
 */
const PUBLISHED = '2025-08-14';
const summary = (text: string) => eventsOfText(text, PUBLISHED).map((e) => `${e.type} ${e.status} ${e.date.start}..${e.date.end}`).sort();
// Sayings of any type: what was told may type them ("Moscow must halt its strikes" is a demand, saying-content.ts).
const statementsBy = (text: string) => eventsOfText(text, PUBLISHED).filter((e) => SPEECH_ACTS.has(e.type)).map((e) => e.actors);

test('"posted", "wrote" and "tweeted" before "that" or a colon report words, also in a relative clause after a preposition', () => {
  expect(statementsBy('The truce news came first from Donald Trump, who posted on his own site that Moscow and Kyiv had agreed to stop firing.')).toEqual([['donald-trump']]);
  expect(statementsBy('Andrii Sybiha wrote on Telegram: "Moscow must halt its strikes on our cities."')).toEqual([['andrii-sybiha']]);
  // A letter written is no report of words: the verb of writing leads no reported clause there.
  expect(eventsOfText('Volodymyr Zelensky wrote a letter to Donald Trump about the prisoners.', PUBLISHED).every((e) => e.type !== 'statement' || e.actors.includes('volodymyr-zelenskyy'))).toBe(true);
});

test('the perfect after reporting words in the simple past shifts back with the telling; after "has said" it is background', () => {
  const toldLately = eventsOfText('Donald Trump posted on his site that Russia and Ukraine had agreed to a ceasefire.', PUBLISHED).find((e) => e.type === 'ceasefire');
  expect(toldLately?.date.start).toBe('2025-08-07');
  const toldLongAgo = eventsOfText('Volodymyr Zelensky has said that Russia had agreed to a ceasefire.', PUBLISHED).find((e) => e.type === 'ceasefire');
  expect(toldLongAgo !== undefined && toldLongAgo.date.start < '2025-08-07').toBe(true);
});

test('a headline infinitive after the names that open it is a plan', () => {
  expect(summary('Lavrov, Rubio to meet in Geneva')).toEqual(['meeting planned 2025-08-14..2025-09-13']);
  expect(summary('Indian PM Narendra Modi to visit Japan')).toEqual(['visit planned 2025-08-14..2025-09-13']);
  // An infinitive of purpose after a verb of going tells the meeting held.
  expect(summary('Vladimir Putin flew to Minsk to meet Alexander Lukashenko.').filter((s) => s.startsWith('meeting'))).toEqual(['meeting occurred 2025-08-07..2025-08-14']);
});

test('the present after "when", "once" or "before" tells what is ahead, its weekday forward', () => {
  expect(summary('Rubio said the matter would come up once Lavrov meets Witkoff in Istanbul on Tuesday.').filter((s) => s.startsWith('meeting'))).toEqual(['meeting planned 2025-08-19..2025-08-19']);
  expect(summary('Sharif said Islamabad stood ready, when Modi visits Washington on Wednesday.').filter((s) => s.startsWith('visit'))).toEqual(['visit planned 2025-08-20..2025-08-20']);
  // A noun after the word of time, or a verb in the past after it, is no plan.
  expect(summary('Zelensky met Macron after talks with Kyiv officials on Monday.').filter((s) => s.startsWith('meeting')).every((s) => s.includes('occurred'))).toBe(true);
  expect(summary('Rubio met Lavrov on Monday after Trump spoke with Putin.').filter((s) => s.startsWith('meeting'))).toEqual(['meeting occurred 2025-08-11..2025-08-11']);
});

test('a contact named where a saying was made takes the saying\'s date; a leading "after" clause only bounds the saying', () => {
  expect(summary('Marco Rubio said during his talks with Sergei Lavrov on Tuesday that peace was within reach.').filter((s) => s.startsWith('meeting'))).toEqual(['meeting occurred 2025-08-12..2025-08-12']);
  // Said somewhere else, the contact it reports is dated only by the telling: the week up to it.
  expect(summary('Marco Rubio said in Geneva on Tuesday that he had met Sergei Lavrov.').filter((s) => s.startsWith('meeting'))).toEqual(['meeting occurred 2025-08-05..2025-08-12']);
  expect(summary('After his talks with Donald Trump on Monday, Zelensky posted on X that the meeting had been useful.').filter((s) => s.startsWith('statement'))).toEqual(['statement occurred 2025-08-11..2025-08-14']);
});

test('a teller in a relative clause after a clause of its own: that clause is the article\'s, the saying keeps its own date', () => {
  expect(summary('Rubio met Sybiha, who said only last week that the talks were going nowhere.').filter((s) => s.startsWith('meeting'))).toEqual(['meeting occurred 2025-08-07..2025-08-14']);
  expect(statementsBy('The new penalties mark a sharp turn by Donald Trump, who said only last week that he would meet Vladimir Putin soon.')).toEqual([['donald-trump']]);
  expect(eventsOfText('The new penalties mark a sharp turn by Donald Trump, who said only last week that he would meet Vladimir Putin soon.', PUBLISHED).find((e) => e.type === 'statement')?.date.end).toBe('2025-08-10');
});

test('after reporting words in the simple past, a present perfect still tells earlier news', () => {
  const told = eventsOfText('Volodymyr Zelensky said that Russia has agreed to a ceasefire.', PUBLISHED).find((e) => e.type === 'ceasefire');
  expect(told !== undefined && told.date.start < '2025-08-07').toBe(true);
});
