import type { PipelineResult } from '../types';

/** What a reviewer should look at: guesses and gaps, each with where to find it. */
export function qualityReport(r: PipelineResult): string {
  const lines: string[] = [];
  const section = (title: string, items: string[]) => {
    lines.push(`${title}: ${items.length}`);
    for (const i of items) lines.push(`  - ${i}`);
  };
  section('people unresolved (found by NER only)', r.people.filter((p) => p.origin === 'ner').map((p) => `${p.name} (${p.aliases.join(', ') || 'no aliases'})`));
  section(
    'dates guessed (inherited or publication basis)',
    r.events.filter((e) => e.date.basis === 'inherited' || e.date.basis === 'publication').map((e) => `${e.id}: ${e.date.start}..${e.date.end} ${e.date.precision} (${e.date.basis})`),
  );
  section('events without actors', r.events.filter((e) => e.actors.length === 0).map((e) => `${e.id}: ${e.title}`));
  section('quotes without speaker', (r.unattributedQuotes ?? []).map((q) => `${q.article}@${q.start}: “${q.excerpt.length > 80 ? `${q.excerpt.slice(0, 77)}...` : q.excerpt}”`));
  section('problems', r.problems.map((p) => `${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.message}`));
  return lines.join('\n');
}
