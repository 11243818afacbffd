import { expect, test } from 'vitest';
import type { TimelineEvent } from '../../../shared/schema';
import { markExcerpts, paragraphsOf } from './mark-excerpts';

const body = 'The envoys met on Monday. They agreed to talk again.\n\nA second paragraph follows here.';
const cite = (id: string, excerpt: string) => {
  const start = body.indexOf(excerpt);
  return { id, sources: [{ article: 'a', start, end: start + excerpt.length, excerpt, speaker: null, isQuote: false }] } as TimelineEvent;
};

test('every excerpt is marked, overlapping ones in runs that name each event citing them', () => {
  const events = [cite('met', 'The envoys met on Monday.'), cite('both', 'met on Monday. They agreed to talk again.')];
  const [first] = paragraphsOf(body);
  if (!first) throw new Error('expected a paragraph');
  const runs = markExcerpts(body, first.start, first.end, 'a', events);
  expect(runs.map((r) => r.text).join('')).toBe(body.slice(first.start, first.end));
  expect(runs.map((r) => [r.text, r.citedBy, r.endsHere])).toEqual([
    ['The envoys ', ['met'], []],
    ['met on Monday.', ['met', 'both'], ['met']],
    [' They agreed to talk again.', ['both'], ['both']],
  ]);
});

test('paragraphs are the non-blank lines', () => {
  expect(paragraphsOf(body).map((p) => body.slice(p.start, p.end))).toEqual(['The envoys met on Monday. They agreed to talk again.', 'A second paragraph follows here.']);
});
