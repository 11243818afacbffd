import { describe, expect, it } from 'vitest';
import { runPipeline } from '../run-pipeline';
import { ELLIPSIS, keyClause, SUMMARY_MAX_CHARS } from './key-clause';

const pieces = (summary: string) => summary.split(ELLIPSIS).filter(Boolean);
const none = () => 0;

describe('keyClause', () => {
  it('keeps a short excerpt whole', () => {
    expect(keyClause('  The envoy met the minister in Doha on Monday.  ', none)).toBe('The envoy met the minister in Doha on Monday.');
  });

  it('picks the clause that scores best and marks the words left out on either side', () => {
    const text =
      'After weeks of quiet contacts that few outside the two capitals knew about, and after a tense exchange at the border, ' +
      'the foreign minister telephoned her counterpart on Tuesday to propose talks, officials in both governments said later that evening.';
    const s = keyClause(text, (c) => (c.includes('telephoned') ? 1 : 0));
    expect(s.startsWith(`${ELLIPSIS}the foreign minister telephoned her counterpart on Tuesday to propose talks`)).toBe(true);
    for (const p of pieces(s)) expect(text).toContain(p);
    expect(s.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
  });

  it('cuts an overlong clause at a word, never inside one, and ends it with an ellipsis', () => {
    const text = `${'The delegation '.repeat(4)}travelled through ${'several provinces and '.repeat(8)}arrived late.`;
    const s = keyClause(text, none, 80);
    expect(s.endsWith(ELLIPSIS)).toBe(true);
    expect(s.length).toBeLessThanOrEqual(80);
    const [kept = ''] = pieces(s);
    expect(text.startsWith(kept)).toBe(true);
    expect(text.charAt(kept.length)).toBe(' ');
  });

  it('never rewords: every piece of every seed summary is a substring of one of its sources', () => {
    const r = runPipeline({ articlesDir: 'data/articles', gazetteerDir: 'data/gazetteer', curationDir: 'data/curation' });
    for (const e of r.events) {
      const summary = e.summary ?? '';
      expect(summary.length, e.id).toBeGreaterThan(0);
      expect(summary.length, e.id).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
      expect(e.sources.some((src) => pieces(summary).every((p) => src.excerpt.includes(p))), `${e.id}: ${summary}`).toBe(true);
    }
  });
});
