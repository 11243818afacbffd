import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isoDate, type Person } from '../../src/shared/schema';

const entrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/),
  aliases: z.array(z.string()).default([]),
  roles: z
    .array(
      z.object({
        title: z.string(),
        country: z.string().regex(/^[A-Z]{2}$/).optional(),
        from: z.union([isoDate, z.date().transform((d) => d.toISOString().slice(0, 10))]).nullable(),
        to: z.union([isoDate, z.date().transform((d) => d.toISOString().slice(0, 10))]).nullable(),
      }),
    )
    .default([]),
});

/** Loads every *.yaml file of a gazetteer folder into people records. Throws naming the bad file. */
export function loadGazetteer(dir: string): Person[] {
  const people: Person[] = [];
  const seen = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const raw: unknown = parseYaml(readFileSync(join(dir, file), 'utf8'));
    const parsed = z.array(entrySchema).safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${join(dir, file)}: entry ${String(issue?.path[0])}: ${issue?.path.slice(1).join('.')} ${issue?.message}`);
    }
    for (const e of parsed.data) {
      if (seen.has(e.id)) throw new Error(`${join(dir, file)}: duplicate person id "${e.id}" (also in ${seen.get(e.id)})`);
      seen.set(e.id, file);
      people.push({
        id: e.id,
        name: e.name,
        aliases: e.aliases,
        country: e.country,
        roles: e.roles.map((r) => ({ title: r.title, country: r.country ?? e.country, from: r.from, to: r.to })),
        origin: 'gazetteer',
      });
    }
  }
  return people;
}
