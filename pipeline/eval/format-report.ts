import type { TimelineEvent } from '../../src/shared/schema';
import { percent, type Ratio, type Score } from './score-events';

const pct = (r: Ratio) => `${percent(r).toFixed(1)}% (${r.hits}/${r.of})`;
const brief = (e: TimelineEvent | null) => (e ? `${e.type} ${e.date.start}${e.date.end === e.date.start ? '' : `…${e.date.end}`} "${e.title}"` : '—');
const clip = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ').replace(/\|/g, '\\|');

export interface EvalFacts {
  articles: number;
  events: number;
  verbatim: Ratio;
  dateViolations: number;
  seconds: number;
}

/** The summary lines printed to the terminal, in the order a reader wants them. */
export function summaryLines(s: Score, f: EvalFacts): string[] {
  return [
    `articles ${f.articles}, output events ${f.events}, key events ${s.required} required + ${s.optional} optional`,
    `recall of required events: ${pct({ hits: s.foundRequired, of: s.required })}; optional found ${s.foundOptional}/${s.optional}`,
    `output events per expected: ${s.perRequired.toFixed(2)} per required, ${s.perKeyEvent.toFixed(2)} per key event (${s.outputUnits} event-article units)`,
    `date right (range holds the true date, of events right on every other ground): ${pct(s.fields.dateRight)}${s.dateUnjudgeable > 0 ? ` (${s.dateUnjudgeable} keyed ranges wider than 31 days not judged)` : ''}; of matched: exact ${pct(s.fields.dateExact)}, covers ${pct(s.fields.dateCovers)}`,
    `matched: actors exact ${pct(s.fields.actorsExact)}, best type ${pct(s.fields.bestType)}, status ${pct(s.fields.status)}, channel ${pct(s.fields.channel)}`,
    `misses by first cause: ${Object.entries(s.causes).map(([c, n]) => `${c} ${n}`).join(', ')}; spurious ${s.spurious.length}`,
    `excerpts verbatim: ${pct(f.verbatim)}; date invariant violations: ${f.dateViolations}; ${f.seconds.toFixed(1)} s`,
  ];
}

/** The whole report as markdown: figures, then every miss with its closest output event, then spurious events. */
export function markdownReport(s: Score, f: EvalFacts, title: string): string {
  const lines = [`# ${title}`, '', ...summaryLines(s, f).map((l) => `- ${l}`), '', '## Misses (required events not found)', '', '| key | cause | expected | closest output event |', '|---|---|---|---|'];
  for (const m of s.misses) {
    const k = m.key;
    lines.push(`| ${k.key} | ${m.cause} | ${k.types[0] ?? ''} ${k.from}${k.to === k.from ? '' : `…${k.to}`} [${k.actors.join(', ')}] "${clip(k.support.text, 80)}" | ${clip(brief(m.closest))} |`);
  }
  lines.push('', ...wrongDateLines(s));
  lines.push('', '## Spurious (output events matching no key event)', '', '| event | sources |', '|---|---|');
  for (const e of s.spurious) lines.push(`| ${clip(brief(e))} | ${clip(e.sources.map((x) => x.excerpt).join(' / '), 140)} |`);
  return `${lines.join('\n')}\n`;
}

const range = (from: string, to: string) => (to === from ? from : `${from}…${to}`);

/**
 * The judged events whose range does not hold the true date, one row each: the key's range and the words it was
 * read from, the output's range with its precision, basis and the words the pipeline read it from, and the key's
 * support sentence, so that a date error can be read without opening the article.
 */
export function wrongDateLines(s: Score): string[] {
  const lines = ['## Wrong dates (events right on every other ground whose range does not hold the true date)', ''];
  if (s.dateWrong.length === 0) return [...lines, 'None.'];
  lines.push('| key | key range · date phrase | output range · precision · basis · date words | support sentence |', '|---|---|---|---|');
  for (const { key: k, event: e } of s.dateWrong) {
    const d = e.date;
    const words = d.evidence ? ` "${clip(d.evidence.excerpt, 60)}"` : '';
    lines.push(`| ${k.key} | ${range(k.from, k.to)} · ${k.datePhrase ? `"${clip(k.datePhrase, 60)}"` : '—'} | ${range(d.start, d.end)} · ${d.precision} · ${d.basis}${words} | ${clip(k.support.text, 200)} |`);
  }
  return lines;
}
