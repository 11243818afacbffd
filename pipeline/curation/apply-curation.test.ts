import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runPipeline } from '../run-pipeline';
import { applyCuration } from './apply-curation';
import { loadCuration } from './load-curation';

const NO_CURATION = join(tmpdir(), 'ct-no-curation');

function withCuration(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'ct-cur-'));
  writeFileSync(join(dir, 'fix.yaml'), yaml);
  const base = runPipeline({ articlesDir: 'data/articles', gazetteerDir: 'data/gazetteer', curationDir: NO_CURATION });
  const { entries, problems } = loadCuration(dir);
  const result = applyCuration(base.events, base.articles, entries, new Set(base.people.map((p) => p.id)));
  return { base, result, problems: [...problems, ...result.problems] };
}

test('a seed note goes to the events whose sources contain its words, else once to its article', () => {
  const r = runPipeline({ articlesDir: 'data/articles', gazetteerDir: 'data/gazetteer', curationDir: 'data/curation' });
  expect(r.problems).toEqual([]);
  const notes = [...r.articles.flatMap((a) => a.meta.notes), ...r.events.flatMap((e) => e.notes)];
  const onEvents = r.events.flatMap((e) => e.notes.map((n) => ({ e, n })));
  // Every note on an event is about words in one of that event's sources.
  for (const { e, n } of onEvents) {
    const about = n.about;
    expect(about, n.id).not.toBeNull();
    if (about) expect(e.sources.some((s) => s.article === about.article && s.start < about.end && about.start < s.end), `${n.id} on ${e.id}`).toBe(true);
  }
  // Every note on an article is about words no event cites (or the whole article).
  for (const a of r.articles) {
    for (const n of a.meta.notes) {
      const about = n.about;
      if (about) expect(r.events.some((e) => e.sources.some((s) => s.article === about.article && s.start < about.end && about.start < s.end)), n.id).toBe(false);
    }
  }
  // No note twice in one place; each seed note reaches somewhere, with its author.
  for (const e of r.events) expect(new Set(e.notes.map((n) => n.id)).size).toBe(e.notes.length);
  expect(new Set(notes.filter((n) => n.author === 'editorial-desk').map((n) => n.id)).size).toBe(6);
  expect(notes.every((n) => n.author.length > 0)).toBe(true);
  // The attack in Pahalgam carries no note about Rubio's title or Leavitt's name.
  const attack = r.events.find((e) => e.type === 'terrorist_attack');
  expect(attack?.notes.map((n) => n.text).join(' ') ?? '').not.toMatch(/Rubio|Leavitt/);
  expect(notes.map((n) => n.text).join(' ')).toMatch(/sitting President/);
});

test('an entry can fix a date and suppress an event, addressed by article and excerpt', () => {
  const { base, result, problems } = withCuration(`
- article: 002-21932a248247e45f
  excerpt: Witkoff’s recent high-profile meeting with Russian President Vladimir Putin in Saint Petersburg
  author: tester
  set: { date: { start: 2025-04-11, end: 2025-04-11, precision: day } }
- article: 002-21932a248247e45f
  excerpt: In a rare move, Trump also condemned
  eventType: condemnation
  author: tester
  suppress: true
`);
  expect(problems).toEqual([]);
  const meeting = result.events.find((e) => e.type === 'meeting' && e.conflict === 'russia-ukraine');
  expect(meeting?.date).toMatchObject({ start: '2025-04-11', precision: 'day' });
  expect(result.events).toHaveLength(base.events.length - 1);
  const fromThatSentence = result.events.filter((e) => e.sources.some((s) => s.excerpt.startsWith('In a rare move')));
  expect(fromThatSentence.map((e) => e.type)).toContain('military_action');
  expect(fromThatSentence.map((e) => e.type)).not.toContain('condemnation');
});

test('entries that point at nothing or contradict each other are errors with file, line and index', () => {
  const { problems } = withCuration(`- event: no-such-event
  author: tester
  suppress: true
- article: 000-33d9e51da9844c80
  excerpt: words that are not in the article
  author: tester
  note: { kind: context, text: x }
- article: 001-94da05fad19ce5d3
  excerpt: Rubio talked to India’s foreign minister
  author: tester
  suppress: true
- article: 001-94da05fad19ce5d3
  excerpt: Rubio talked to India’s foreign minister
  author: tester
  set: { title: A call }
- article: 001-94da05fad19ce5d3
  author: tester
`);
  const messages = problems.map((p) => `${p.file.replace(/^.*\//, '')}:${p.line ?? '?'}: ${p.message}`);
  expect(messages).toEqual(
    expect.arrayContaining([
      'fix.yaml:16: entry 4: the entry neither changes anything nor adds a note',
      'fix.yaml:1: entry 0: no event "no-such-event"',
      'fix.yaml:4: entry 1: the excerpt is not in article "000-33d9e51da9844c80"',
      expect.stringMatching(/^fix\.yaml:12: entry 3: contradicts entry 2 of .*fix\.yaml on event/),
    ]),
  );
});

test('mergeInto folds one event into another with all its sources', () => {
  const base = runPipeline({ articlesDir: 'data/articles', gazetteerDir: 'data/gazetteer', curationDir: NO_CURATION });
  const strike = base.events.find((e) => e.type === 'military_action' && e.conflict === 'russia-ukraine');
  const condemnation = base.events.find((e) => e.type === 'condemnation' && e.sources.some((s) => s.excerpt.includes('Sumy')));
  if (!strike || !condemnation) throw new Error('seed 002 events missing');
  const { result, problems } = withCuration(`- event: ${condemnation.id}\n  author: tester\n  mergeInto: ${strike.id}\n`);
  expect(problems).toEqual([]);
  expect(result.events.some((e) => e.id === condemnation.id)).toBe(false);
  const merged = result.events.find((e) => e.id === strike.id);
  expect(merged?.sources.length).toBe(new Set([...strike.sources, ...condemnation.sources].map((s) => s.start)).size);
});
