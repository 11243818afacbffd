import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isSeq } from 'yaml';
import type { InputProblem } from '../types';
import { curationEntrySchema, type LocatedEntry } from './curation-entry';

/** Reads every data/curation/*.yaml; a bad entry is a problem naming file, line and entry index. */
export function loadCuration(dir: string): { entries: LocatedEntry[]; problems: InputProblem[] } {
  const entries: LocatedEntry[] = [];
  const problems: InputProblem[] = [];
  if (!existsSync(dir)) return { entries, problems };
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const file = join(dir, name);
    const counter = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter });
    const [yamlError] = doc.errors;
    if (yamlError) {
      problems.push({ file, line: yamlError.linePos?.[0].line ?? null, message: yamlError.message.split('\n')[0] ?? 'invalid YAML' });
      continue;
    }
    if (doc.contents === null) continue;
    if (!isSeq(doc.contents)) {
      problems.push({ file, line: 1, message: 'a curation file is a list of entries' });
      continue;
    }
    doc.contents.items.forEach((item, index) => {
      const offset = (item as { range?: [number, number, number] }).range?.[0];
      const line = offset === undefined ? null : counter.linePos(offset).line;
      const parsed = curationEntrySchema.safeParse((item as { toJSON(): unknown }).toJSON());
      if (parsed.success) entries.push({ file, index, line, entry: parsed.data });
      else {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
        problems.push({ file, line, message: `entry ${index}: ${where}${issue?.message ?? 'invalid'}` });
      }
    });
  }
  return { entries, problems };
}
