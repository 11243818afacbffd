import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { findBoilerplate } from './find-boilerplate';

const marked = (body: string) => findBoilerplate(body).map((r) => body.slice(r.start, r.end));

test('page furniture as published by Indian, Pakistani and wire sites is marked, reporting is not', () => {
  const body = [
    'www.dawn.com',
    'WASHINGTON, April 11 (Reuters) - Witkoff met Putin in St Petersburg.',
    'Representational image. (Photo: Reuters)',
    'Also Read | India shuts airspace to Pakistani airlines',
    'Read more: Kremlin says talks were useful',
    'Track live updates of the India-Pakistan tensions here',
    'Share this article',
    'Story continues below this ad',
    'Subscribe to our newsletter for daily updates.',
    '(This story has not been edited by our staff and is auto-generated from a syndicated feed.)',
    'With inputs from PTI and ANI',
    'Also, Rubio spoke to Dar on Saturday.',
    'Photographs from the site were shared by officials.',
  ].join('\n');
  expect(marked(body)).toEqual([
    'www.dawn.com',
    'WASHINGTON, April 11 (Reuters)',
    'Representational image. (Photo: Reuters)',
    'Also Read | India shuts airspace to Pakistani airlines',
    'Read more: Kremlin says talks were useful',
    'Track live updates of the India-Pakistan tensions here',
    'Share this article',
    'Story continues below this ad',
    'Subscribe to our newsletter for daily updates.',
    '(This story has not been edited by our staff and is auto-generated from a syndicated feed.)',
    'With inputs from PTI and ANI',
  ]);
});

test('the body is never changed and ranges do not overlap', () => {
  const raw = readFileSync('data/articles/001_94da05fad19ce5d3.txt', 'utf8');
  const body = raw.slice(raw.indexOf('---', 4) + 4);
  const ranges = findBoilerplate(body);
  expect(marked(body)).toEqual(['date 2025-05-09', '(File/AFP)', 'Track live updates of ‘Operation Sindoor’ here', 'Also read: India foils Pakistani attack on military bases day after Operation Sindoor', 'With ANI inputs.']);
  for (let i = 1; i < ranges.length; i++) expect((ranges[i - 1]?.end ?? 0) <= (ranges[i]?.start ?? 0)).toBe(true);
});

test('a dateline with a small outlet\'s initials is marked when a dash or colon closes it; initials in the news are not', () => {
  expect(marked('Kabul, Mar 3 (KNA)- The envoy has left the capital.\nMore text.')).toEqual(['Kabul, Mar 3 (KNA)']);
  expect(marked('Kabul, Mar 3 (KNA) The envoy has left.\nMore text.')).toEqual([]);
  expect(marked('The envoy met the head of the agency (KNA) on Mar 3.\nMore text.')).toEqual([]);
});

test('credits of the agencies the date stage knows are furniture too (one lexicon of agencies for both stages)', () => {
  const body = [
    'KUWAIT, May 3 (KUNA) The minister received his counterpart.',
    'With inputs from APP and Anadolu',
    'The envoy arrived on Monday. (Photo: Bloomberg)',
    'Talks were held in the capital.',
  ].join('\n');
  expect(marked(body)).toEqual(['KUWAIT, May 3 (KUNA)', 'With inputs from APP and Anadolu', '(Photo: Bloomberg)']);
});

test('rule "a caption is page furniture": a wire caption, a line closed by a photo credit, "in this file photo"', () => {
  const body = [
    'FILE - Putin chairs a meeting in Moscow, March 5, 2025. (AP Photo/Pavel Orlov)',
    'Zelensky speaks in Kyiv, May 12, 2025. REUTERS/Olena Hrytsenko',
    'Rescuers at the site. Photograph: Reuters',
    'Dar meets Rubio in this handout picture.',
    'The envoy arrived on Monday. (Photo: Bloomberg)',
    'Talks were held in the capital.',
  ].join('\n');
  expect(marked(body)).toEqual([...body.split('\n').slice(0, 4), '(Photo: Bloomberg)']);
});

test('a paragraph that reports a saying is the story, whatever closes it: only a credit it names is furniture', () => {
  const body = ['Pakistan\'s army said India had fired missiles at three air bases. (File)', 'Zelensky told reporters the talks had failed. (AP Photo)', 'Modi with Sharif at a summit in 2015. (File)'].join('\n');
  expect(marked(body)).toEqual(['(AP Photo)', 'Modi with Sharif at a summit in 2015. (File)']);
});

test('rule "a link to another story": "Read also", "See also", "Live updates", "Explained" lines', () => {
  const body = ['Read also: India expels envoy', 'See also | Zelensky meets Trump', 'Live updates: Russia strikes Kyiv', 'Also Watch: How the strikes unfolded', 'Explained: Why the treaty matters', 'Explained why the talks failed, the minister said.'].join('\n');
  expect(marked(body)).toEqual(body.split('\n').slice(0, 5));
});
