import { expect, test } from 'vitest';
import { readArticle } from '../ingest/read-article';
import { loadGazetteer } from '../people/gazetteer';
import { analyseArticle } from '../run-pipeline';
import { asSpeakerDates } from './event-date';

/**
 * Rule "speaker-lag-days-only" (event-date.ts): a speaker's day inside a quotation ("today", "this morning") is widened
 * back by the days a report may lag, but a quoted window of a week or more ("recently", "in recent weeks") is vague by
 * more than that lag already and keeps its own range. Seen in five articles of u11 and u12; sentences of our own.
 */
const people = loadGazetteer('data/gazetteer');
const quotedDate = (body: string, words: string) => {
  const a = analyseArticle(readArticle('quoted.md', `---\ntitle: t\npublished: 2025-09-20\n---\n${body}`), people);
  return asSpeakerDates(a, a.dates).find((d) => d.text === words)?.date;
};

test('a quoted "recently" keeps the month up to publication, not a month and the lag', () => {
  expect(quotedDate('He said, "Recently, my team brokered a local truce around the nuclear plant," in a speech in Doha.', 'Recently')).toMatchObject({ start: '2025-08-21', end: '2025-09-20' });
});

test('negative: a quoted "this morning" is still the speaker\'s day, widened back by the lag', () => {
  expect(quotedDate('He said, "This morning, my team brokered a local truce around the nuclear plant," in a speech in Doha.', 'This morning')).toMatchObject({ start: '2025-09-18', end: '2025-09-20', precision: 'approximate' });
});
