import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Rule "the venue told before": a saying with no venue of its own was made where the sentence just before says its one
 * speaker spoke. Sentences in our own words, as the body of an article published on Tuesday 3 June 2025.
 */
const PUBLISHED = '2025-06-03';
const channels = (body: string) => eventsOfText(body, PUBLISHED).filter((e) => e.type === 'statement').map((e) => [[...e.actors].sort(), e.channel]);

test('a quote after "X was defiant in a post" is the post, not the words of the call before it', () => {
  const found = channels('Macron spoke with Zelensky by phone on Monday about the war with Russia. Macron was defiant in a social media post after talking to Zelensky. "Russia must agree to a ceasefire now," he said.');
  expect(found).toContainEqual([['emmanuel-macron'], 'social_media']);
});

test('a quote after an interview told the sentence before is that interview', () => {
  const found = channels('Rubio gave an interview to a newspaper on Monday about the talks with Russia. "Ukraine will not give up territory," he said.');
  expect(found).toContainEqual([['marco-rubio'], 'interview']);
});

test('look-alike: another speaker after the post takes no venue from it', () => {
  const found = channels('Macron was defiant in a social media post on Monday about Russia. "Russia must agree to a ceasefire now," Merz said.');
  expect(found).toContainEqual([['friedrich-merz'], 'unknown']);
  expect(found).not.toContainEqual([['friedrich-merz'], 'social_media']);
});

test('look-alike: a saying dated by its own words is another occasion', () => {
  const found = channels('Rubio gave an interview to a newspaper about the talks with Russia. On Friday, Rubio said Ukraine will not give up territory.');
  expect(found).not.toContainEqual([['marco-rubio'], 'interview']);
});
