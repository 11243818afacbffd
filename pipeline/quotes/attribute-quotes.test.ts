import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readArticle } from '../ingest/read-article';
import { loadGazetteer } from '../people/gazetteer';
import { analyseArticle } from '../run-pipeline';
import { findQuotations } from './find-quotations';

const gazetteer = loadGazetteer('data/gazetteer');
const seed = (file: string) => analyseArticle(readArticle(file, readFileSync(`data/articles/${file}`, 'utf8')), gazetteer);
const speakerOf = (a: ReturnType<typeof seed>, words: string) => {
  const q = a.quotes.find((x) => a.article.body.slice(x.start, x.end).includes(words));
  if (!q) throw new Error(`no quotation with "${words}"`);
  return q.speaker;
};

test('a quote left open at a paragraph end and closed in the next is one quotation in two pieces', () => {
  const a = seed('000_33d9e51da9844c80.txt');
  const pieces = findQuotations(a.article.body).filter((q) => /Secretary of State and now|wants this to de-escalate/.test(a.article.body.slice(q.start, q.end)));
  expect(pieces.map((q) => q.continued)).toEqual([false, true]);
  expect(speakerOf(a, 'wants this to de-escalate')).toBe('karoline-leavitt');
});

test('a stray second opening mark stays inside the quotation ("end “end")', () => {
  const body = 'Pakistan needs to “end “end any support for terrorist groups” the message said.';
  const [q] = findQuotations(body);
  expect(q && body.slice(q.start, q.end)).toBe('end “end any support for terrorist groups');
});

test('speakers after the quote, before it, through a news agency, and by pronoun', () => {
  const bruce = seed('001_94da05fad19ce5d3.txt');
  expect(speakerOf(bruce, 'The real focus of the Secretary')).toBe('tammy-bruce'); // ANI quoted Bruce as saying
  expect(speakerOf(bruce, 'This morning secretary Marco Rubio')).toBe('tammy-bruce'); // she said
  expect(speakerOf(bruce, "that's a call that we have been making for decades")).toBe('tammy-bruce'); // Bruce said “...”
  const leavitt = seed('002_21932a248247e45f.txt');
  expect(speakerOf(leavitt, 'But we need to see a ceasefire first')).toBe('karoline-leavitt'); // Leavitt said, adding, “...”
  expect(speakerOf(leavitt, 'respected your President')).toBe('donald-trump'); // runs on after “...,” Trump stated.
  expect(speakerOf(leavitt, 'Ukrainian settlement')).toBeNull(); // the Kremlin is not a person
});

test('curly and straight quotes in other reporting', () => {
  const body = 'Peskov told reporters on Monday: "The dialogue will continue." Zelensky, speaking in Kyiv, said “We are ready for a ceasefire”.';
  const quotes = findQuotations(body).map((q) => body.slice(q.start, q.end));
  expect(quotes).toEqual(['The dialogue will continue.', 'We are ready for a ceasefire']);
});

test('any text: quotations stay inside the body and never overlap', async () => {
  const fc = await import('fast-check');
  const quoteish = fc.string({ unit: fc.constantFrom('"', '“', '”', ' ', '\n', 'a', 'B', '.', ',', 'said') });
  fc.assert(
    fc.property(fc.oneof(fc.string(), quoteish), (body) => {
      const found = findQuotations(body);
      found.forEach((q, i) => {
        expect(0 <= q.start && q.start < q.end && q.end <= body.length).toBe(true);
        const next = found[i + 1];
        if (next) expect(q.end <= next.start).toBe(true);
      });
    }),
  );
});

test('a name after the reporting verb is the speaker only in the same sentence, not at the start of the next paragraph', () => {
  const text = (tail: string) => analyseArticle(readArticle('q.md', `---\ntitle: t\npublished: 2025-08-06\n---\n"We will wait for the answer," the Kremlin official stated.\n\n${tail}`), gazetteer);
  const unnamed = text('Steve Witkoff flew home on Wednesday.');
  expect(unnamed.quotes[0]?.speaker).toBeNull();
  const named = analyseArticle(readArticle('q.md', '---\ntitle: t\npublished: 2025-08-06\n---\n"We will wait for the answer," said Yuri Ushakov.'), gazetteer);
  expect(named.quotes[0]?.speaker).toBe('yuri-ushakov');
});
