import { describe, expect, test } from 'vitest';
import { extractEvents } from '../events/extract-events';
import { readArticle } from '../ingest/read-article';
import { analyseArticle } from '../run-pipeline';
import { segmentSentences } from '../sentences/segment-sentences';
import { loadGazetteer } from './gazetteer';
import { resolvePeople } from './resolve-people';

/** The real gazetteer; sentences written for these tests. */
const gazetteer = loadGazetteer('data/gazetteer');
const byId = new Map(gazetteer.map((p) => [p.id, p]));

function counterpartIn(body: string, day = '2025-05-11'): string | null {
  const m = resolvePeople(body, segmentSentences(body), day, gazetteer, []).mentions.find((x) => /counterpart$/.test(x.text));
  return m ? m.personId : null;
}

describe('rule "counterpart": "his Pakistani counterpart" holds the same office as the person before, in that state', () => {
  test('the same office: foreign ministers, prime ministers, an office the mention itself named', () => {
    expect(counterpartIn('S. Jaishankar spoke to his Pakistani counterpart about the ceasefire.')).toBe('ishaq-dar');
    expect(counterpartIn('Shehbaz Sharif wrote to his Indian counterpart about the treaty.')).toBe('narendra-modi');
    expect(counterpartIn("India's national security adviser spoke to his Pakistani counterpart on Saturday.")).toBe('asim-malik');
    // The subject of its own clause, not the teller before it.
    expect(counterpartIn('Vikram Misri said the Director General of Military Operations of Pakistan had called his Indian counterpart.')).toBe('rajiv-ghai');
  });
  test('offices named differently between states: a president and a prime minister lead, a secretary of state is a top diplomat', () => {
    expect(counterpartIn('Donald Trump spoke with his Indian counterpart about Pakistan.')).toBe('narendra-modi');
    expect(counterpartIn('Sergey Lavrov spoke with his American counterpart about Ukraine.')).toBe('marco-rubio');
    expect(counterpartIn('Marco Rubio met his Russian counterpart in Riyadh.')).toBe('sergey-lavrov');
  });
  test('negative: a person with no office of the table, a lower-case country word, or no person before, names nobody', () => {
    expect(counterpartIn('Vladimir Medinsky met his Ukrainian counterpart in Istanbul.')).toBeNull();
    expect(counterpartIn('S. Jaishankar spoke to his pakistani counterpart.')).toBeNull();
    expect(counterpartIn('He later spoke to his Pakistani counterpart.')).toBeNull();
  });
  test('a counterpart is an office: told of another year, it is that year\'s holder', () => {
    const article = readArticle('c.md', '---\ntitle: t\npublished: 2025-05-11\n---\nIn March 2023 Sergey Lavrov met his American counterpart in New Delhi to discuss Ukraine.');
    const meeting = extractEvents(analyseArticle(article, gazetteer), byId).find((e) => e.type === 'meeting');
    expect(meeting?.actors).toEqual(['sergey-lavrov', 'antony-blinken']);
  });
});

test('negative: "his" after a woman points to someone else', () => {
  expect(counterpartIn('Maria Zakharova said his Ukrainian counterpart had refused to answer.')).toBeNull();
  expect(counterpartIn('Maria Zakharova said her Ukrainian counterpart had refused to answer.')).toBe('heorhii-tykhyi');
});
