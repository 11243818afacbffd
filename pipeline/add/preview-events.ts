import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../run-pipeline';

export interface PreviewEvent {
  start: string;
  end: string;
  precision: string;
  type: string;
  actors: string[];
  excerpt: string;
}

export interface Preview {
  events: PreviewEvent[];
  problems: string[];
}

/** Runs the whole pipeline on one article alone (no curation: it is about other articles) and lists its events. */
export function previewEvents(file: string, text: string, gazetteerDir: string, today: string): Preview {
  const dir = mkdtempSync(join(tmpdir(), 'ct-add-preview-'));
  try {
    writeFileSync(join(dir, file), text);
    const result = runPipeline({ articlesDir: dir, gazetteerDir, curationDir: join(dir, 'no-curation'), today });
    const names = new Map(result.people.map((p) => [p.id, p.name]));
    return {
      events: result.events.map((e) => ({
        start: e.date.start,
        end: e.date.end,
        precision: e.date.precision,
        type: e.type,
        actors: e.actors.map((a) => names.get(a) ?? a),
        excerpt: e.sources[0]?.excerpt ?? '',
      })),
      problems: result.problems.map((p) => `${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.message}`),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const MAX_EXCERPT = 160;

export function formatPreview(p: Preview): string {
  if (p.problems.length) return p.problems.map((x) => `  pipeline problem: ${x}`).join('\n');
  if (p.events.length === 0) return '  no events: the pipeline finds nothing to add from this article';
  const lines = p.events.map((e) => {
    const date = e.start === e.end ? e.start : `${e.start}..${e.end}`;
    const excerpt = e.excerpt.length > MAX_EXCERPT ? `${e.excerpt.slice(0, MAX_EXCERPT - 1)}…` : e.excerpt;
    return `  ${date} (${e.precision})  ${e.type}  ${e.actors.length ? e.actors.join(', ') : 'no actors'}\n      “${excerpt}”`;
  });
  return [`  ${p.events.length} event${p.events.length === 1 ? '' : 's'}:`, ...lines].join('\n');
}
