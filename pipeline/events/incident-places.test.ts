import { expect, test } from 'vitest';
import type { Person } from '../../src/shared/schema';
import { readArticle } from '../ingest/read-article';
import { loadGazetteer } from '../people/gazetteer';
import { analyseArticle } from '../run-pipeline';
import { extractEvents } from './extract-events';

/**
 * The place of an attack named by a noun is a capitalised word before or after it; a pronoun, or a participle that is
 * capitalised only because it opens its clause, is none ("Military action in They", "... in Noting" were seen in two
 * keyed sets, holdout3 and unseen-ip3, and a made-up place kept an incident nothing else pinned down). Own sentences.
 */
const people: Person[] = loadGazetteer('data/gazetteer');
const byId = new Map(people.map((p) => [p.id, p]));

function incidents(body: string, published = '2025-05-20') {
  const article = readArticle('t.md', `---\ntitle: t\npublished: ${published}\n---\n${body}`);
  const events = extractEvents(analyseArticle(article, people), byId).filter((e) => e.type === 'military_action' || e.type === 'terrorist_attack');
  for (const e of events) for (const s of e.sources) expect(article.body.slice(s.start, s.end)).toBe(s.excerpt);
  return events;
}

test('a pronoun or an opening participle before an attack noun is no place', () => {
  expect(incidents('They highlighted attacks on civilians and warned India against using water as a weapon.').map((e) => e.title)).toEqual([]);
  // A place named after the noun is still its place, not the pronoun before it.
  expect(incidents('They highlighted attacks on civilians in Kashmir and warned India against using water as a weapon.').map((e) => e.title)).toEqual(['Military action in Kashmir']);
  expect(incidents('We condemn attacks on the people of India and Pakistan alike, the envoy said.').map((e) => e.title)).toEqual([]);
  expect(incidents('Islamabad, May 20: Citing attacks on its border posts, Pakistan vowed a firm reply to India.').map((e) => e.title)).toEqual([]);
  const noting = incidents('New Delhi, July 28: Noting that Operation Sindoor marks a new normal for India, S Jaishankar rejected the claims of Pakistan.', '2025-07-28');
  expect(noting.map((e) => e.title).filter((t) => /\bin Noting\b/.test(t))).toEqual([]);
});

test('a real place before or after the attack noun is still its place', () => {
  expect(incidents('Poonch shelling killed three civilians on Wednesday, Indian officials said.', '2025-05-08').map((e) => e.title)).toContainEqual(expect.stringMatching(/ in Poonch$/));
  expect(incidents('A Russian missile strike on Sumy killed 35 people on Sunday, Ukraine said.', '2025-04-14').map((e) => e.title)).toContainEqual(expect.stringMatching(/ in Sumy$/));
  expect(incidents('Militants carried out a terror attack in the town of Pahalgam on April 22.', '2025-04-24').map((e) => e.title)).toContainEqual(expect.stringMatching(/ in Pahalgam$/));
});
