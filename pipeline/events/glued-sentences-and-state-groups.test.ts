import { expect, test } from 'vitest';
import { segmentSentences } from '../sentences/segment-sentences';
import { eventsOfText } from './fixtures/unseen-events-of';

/** Sentences written for these tests (published Wednesday 23 July 2025). */
const PUBLISHED = '2025-07-23';
const read = (body: string) => eventsOfText(body, PUBLISHED).map((e) => [e.type, e.actors, e.countries]);

test('rule "a name glued to the next sentence": the name is found and the sentence ends where the opener begins', () => {
  const body = 'The envoys were received by President Recep Tayyip ErdoganDuring the talks, the hosts served tea.';
  expect(segmentSentences(body).map((s) => s.text)).toEqual(['The envoys were received by President Recep Tayyip Erdogan', 'During the talks, the hosts served tea.']);
  const one = 'Kyiv sent envoys to Chancellor Friedrich MerzAs a sign of support, Berlin pledged air defence.';
  expect(segmentSentences(one)).toHaveLength(2);
});

test('a capital inside a brand or a name written as one word breaks nothing', () => {
  for (const body of ['He posted the video on LinkedIn and on TikTok yesterday.', 'NationPress reported the talks.', 'McDonald and DeSantis spoke.']) {
    expect(segmentSentences(body)).toHaveLength(1);
  }
});

test('rule "those who act for a state": "representatives of Ukraine met with X" is a meeting of Ukraine with X', () => {
  expect(read('On Wednesday, representatives of Ukraine met with Turkish President Recep Tayyip Erdogan in Ankara.')).toContainEqual(['meeting', ['recep-tayyip-erdogan'], ['TR', 'UA']]);
});

test('a state after "of" that no group of its people stands before is still no subject', () => {
  // "the future of Ukraine" is what was talked about, not who talked.
  const events = read('The mayor of the city met with Turkish President Recep Tayyip Erdogan to discuss the future of Ukraine.');
  expect(events.some(([, , countries]) => (countries as string[]).includes('UA') && !(countries as string[]).includes('TR'))).toBe(false);
});

test('rule "the state before its appositive": "X, which ... of Y, said" and "X, an ally of Y, said" are X’s words', () => {
  for (const body of ['Turkey, which borders both countries and is a close partner of Ukraine, said it regretted Russia’s strikes.', 'Turkey, a close partner of Ukraine, said it regretted Russia’s strikes.']) {
    const statements = eventsOfText(body, PUBLISHED).filter((e) => e.type === 'statement');
    expect(statements.map((e) => e.title)).toEqual([expect.stringMatching(/^Turkey makes a statement/)]);
  }
});

test('a state after a comma with no appositive closed before the verb is not made the subject', () => {
  // "..., Ukraine said": the comma opens no appositive of Russia; Ukraine tells it.
  const statements = eventsOfText('After the strikes on Russia, Ukraine said it would not stop.', PUBLISHED).filter((e) => e.type === 'statement');
  expect(statements.map((e) => e.title)).toEqual(['Ukraine makes a statement on Russia']);
});
