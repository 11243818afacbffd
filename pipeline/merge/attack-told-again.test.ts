import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/shared/schema';
import { extractEvents } from '../events/extract-events';
import { readArticle } from '../ingest/read-article';
import { loadGazetteer } from '../people/gazetteer';
import { analyseArticle } from '../run-pipeline';
import { mergeEvents } from './merge-events';

/** Rule "the attack told again" (events/told-again.ts, fold-within-article.ts). Sentences written for these tests. */
const people = loadGazetteer('data/gazetteer');
const byId = new Map(people.map((p) => [p.id, p]));

function events(published: string, body: string): TimelineEvent[] {
  const article = readArticle('x.md', `---\ntitle: t\npublished: ${published}\n---\n${body}`);
  const out = mergeEvents(extractEvents(analyseArticle(article, people), byId), byId, new Map([[article.meta.id, article.meta]]));
  for (const e of out) for (const s of e.sources) expect(article.body.slice(s.start, s.end)).toBe(s.excerpt);
  return out;
}
const ofType = (found: TimelineEvent[], type: string) => found.filter((e) => e.type === type);

describe('rule "the attack told again": an attack or a measure named by "the" or "this" is the one the article dates', () => {
  test('"the drone and missile attack on the city", "this Russian strike": the strike dated on Sunday, told three times', () => {
    const found = events(
      '2025-03-10',
      'A Russian missile strike on the Ukrainian city of Odesa killed at least seven people on Sunday, local officials said.\n\nThe drone and missile attack on the city in the Odesa region injured another 40 people, the governor wrote on Telegram.\n\n“The world must not stay silent about this Russian strike on a hospital,” the mayor said.',
    );
    const strikes = ofType(found, 'military_action');
    expect(strikes).toHaveLength(1);
    expect(strikes[0]?.date).toMatchObject({ start: '2025-03-09', end: '2025-03-09', precision: 'day' });
    expect(strikes[0]?.sources).toHaveLength(3);
  });
  test('"The sanctions, announced by the Treasury, hit ...": the sanctions dated on Wednesday', () => {
    const found = events(
      '2025-06-12',
      'The United States imposed new sanctions on Russian banks on Wednesday over the war in Ukraine.\n\nThe sanctions, announced by the Treasury, hit three of the largest lenders in Russia.',
    );
    expect(ofType(found, 'sanctions')).toHaveLength(1);
  });
  test('negative: "a strike" named with "a", and an attack the text dates apart, stay their own', () => {
    const found = events(
      '2025-03-10',
      'A Russian missile strike on the Ukrainian city of Odesa killed at least seven people on Sunday, local officials said.\n\nA Russian drone attack on Kharkiv injured five people overnight, the regional governor said.\n\nThe attack on Kharkiv on March 2 had killed three people, he added.',
    );
    expect(ofType(found, 'military_action').length).toBeGreaterThanOrEqual(2);
  });
});
