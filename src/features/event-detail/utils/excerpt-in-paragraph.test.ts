import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleTextSchema, datasetSchema } from '../../../shared/schema';
import { describeDateSource } from './describe-event-date';
import { excerptInParagraph } from './excerpt-in-paragraph';

/** Fails the test, instead of reading undefined, when the data lacks what a test needs. */
function must<T>(v: T | undefined | null): T {
  if (v === undefined || v === null) throw new Error('the dataset lacks a value this test needs');
  return v;
}

const ds = datasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
const articles = new Map(ds.articles.map((a) => [a.id, a]));
const body = (id: string) => articleTextSchema.parse(JSON.parse(readFileSync(`public/data/articles/${id}.json`, 'utf8'))).body;

describe('excerptInParagraph on the real articles', () => {
  it('marks exactly the recorded excerpt, inside text that is its own paragraph of the article', () => {
    for (const ev of ds.events)
      for (const s of ev.sources) {
        const text = body(s.article);
        const parts = excerptInParagraph(text, s.start, s.end);
        expect(parts?.excerpt).toBe(s.excerpt);
        const { before, after } = must(parts);
        const paragraph = `${before}${s.excerpt}${after}`;
        expect(text).toContain(paragraph.replace(/^…|…$/g, ''));
        expect(paragraph.replace(/^…|…$/g, '')).not.toContain('\n');
      }
  });

  it('refuses offsets outside the body', () => {
    expect(excerptInParagraph('short', 2, 10)).toBeNull();
    expect(excerptInParagraph('short', 3, 3)).toBeNull();
  });

  it('trims a very long paragraph around the excerpt', () => {
    const words = Array.from({ length: 800 }, (_, i) => `w${i}`).join(' ');
    const start = words.indexOf('w400');
    const parts = must(excerptInParagraph(words, start, start + 4));
    expect(parts.excerpt).toBe('w400');
    expect(parts.before.startsWith('…')).toBe(true);
    expect(parts.after.endsWith('…')).toBe(true);
  });
});

describe('describeDateSource', () => {
  it('quotes the words the date came from and the publication day of their article', () => {
    const ev = ds.events.find((e) => e.date.evidence);
    if (!ev?.date.evidence) return;
    const art = must(articles.get(ev.date.evidence.article));
    const day = new Date(`${art.published}T00:00:00Z`).getUTCDate();
    expect(describeDateSource(ev.date, articles, ev.sources[0]?.article)).toMatch(
      new RegExp(`^'${ev.date.evidence.excerpt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}', in an article published ${day} \\w+ \\d{4}$`),
    );
  });

  it('says when the publication date stands in for a missing one', () => {
    const ev = must(ds.events[0]);
    const text = describeDateSource({ ...ev.date, evidence: null, basis: 'publication' }, articles, ev.sources[0]?.article);
    expect(text).toContain("publication date");
  });
});
