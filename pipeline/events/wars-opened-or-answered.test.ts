import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Rule "an act of war opened or answered" (find-incidents.ts, lexicon/act-verbs.ts): "X responded with Operation Y",
 * "X hit back with drone strikes", "X started the war against Z last month": the attack is the object of a verb that
 * answers with it or opens it, so the subject carried it out and the clause's date is its own. A war opened is one
 * only with a month or a day of its own ("began a war on ... in 2022" places nothing on a timeline of days).
 * Sentences written for this grid; the paper is dated Wednesday 14 May 2025 unless a cell says otherwise.
 */
const PUBLISHED = '2025-05-14';
const attacks = (text: string, published = PUBLISHED) =>
  eventsOfText(text, published)
    .filter((e) => e.type === 'military_action')
    .map((e) => `${e.countries.slice().sort().join('+')} ${e.date.start}..${e.date.end}`);

test('an operation or strikes a state answered with are its own act of war, dated by the clause', () => {
  expect(attacks('After the ambush in the valley, New Delhi responded with Operation Trident Dawn on Saturday, hitting camps across the border in Pakistan.')).toEqual(['IN+PK 2025-05-10..2025-05-10']);
  expect(attacks('Pakistan hit back with artillery strikes on Indian posts late on Monday.')).toEqual(['IN+PK 2025-05-12..2025-05-12']);
  expect(attacks('Moscow retaliated with a barrage on Ukrainian cities on Sunday, the air force said.')).toEqual(['RU+UA 2025-05-11..2025-05-11']);
});

test('a named operation answered with and undated is told within the story’s span, after what it answered', () => {
  expect(attacks('Islamabad replied with Operation Steel Wall, targeting airbases in India.')).toHaveLength(1);
});

test('a war a state started or waged against another, with its month or day', () => {
  expect(attacks('Russia began its war against Ukraine in February 2022, and the fighting has not stopped.', '2025-05-14')).toEqual(['RU+UA 2022-02-01..2022-02-28']);
  expect(attacks('Pakistan says India started the war against it last month, before the truce.', '2025-06-11')).toEqual(['IN+PK 2025-05-01..2025-05-31']);
  expect(attacks('On 7 May, India launched a war on Pakistan, the Pakistani foreign office said.')).toEqual(['IN+PK 2025-05-07..2025-05-07']);
});

test('negatives: an answer in words, a war of words, a war undated or of a year, a trade war', () => {
  expect(attacks('Islamabad responded with a sharply worded statement on Monday.')).toEqual([]);
  expect(attacks('The ministry responded with a list of demands on Tuesday.')).toEqual([]);
  expect(attacks('Delhi and Islamabad started a war of words on Monday.')).toEqual([]);
  expect(attacks('Russia started the war against Ukraine, the minister recalled.')).toEqual([]);
  expect(attacks('Moscow launched the war against Kyiv in 2022.')).toEqual([]);
  expect(attacks('Washington started a trade war against Beijing last month.')).toEqual([]);
  expect(attacks('The ministers started talks on Monday to end the war against terror.')).toEqual([]);
});
