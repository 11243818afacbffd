import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readArticle } from '../ingest/read-article';
import { segmentSentences } from './segment-sentences';

const article = (f: string) => readArticle(f, readFileSync(`data/articles/${f}`, 'utf8'));

test('every sentence is the exact slice of the body it claims', () => {
  for (const f of ['000_33d9e51da9844c80.txt', '001_94da05fad19ce5d3.txt', '002_21932a248247e45f.txt']) {
    const a = article(f);
    for (const s of segmentSentences(a.body, a.boilerplate)) expect(a.body.slice(s.start, s.end)).toBe(s.text);
  }
});

test('initials and abbreviations do not end a sentence', () => {
  const a = article('000_33d9e51da9844c80.txt');
  const texts = segmentSentences(a.body, a.boilerplate).map((s) => s.text);
  expect(texts).toContain('Secretary Rubio spoke on Thursday with External Affairs Minister S. Jaishankar and Pakistani Prime Minister Shehbaz Sharif.');
  const b = article('002_21932a248247e45f.txt');
  expect(segmentSentences(b.body, b.boilerplate).some((s) => s.text.includes('led by U.S. Presidential Envoy Steve Witkoff.'))).toBe(true);
});

test('boilerplate lines are not sentences', () => {
  const a = article('002_21932a248247e45f.txt');
  const texts = segmentSentences(a.body, a.boilerplate).map((s) => s.text);
  expect(texts).not.toContain('Exit mobile version');
  expect(texts).not.toContain('[Photo : ANI]');
  const b = article('001_94da05fad19ce5d3.txt');
  expect(segmentSentences(b.body, b.boilerplate)[0]?.text.startsWith('Amid escalating tensions')).toBe(true);
});
