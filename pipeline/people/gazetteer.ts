import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isoDate, type Person } from '../../src/shared/schema';

export type Pronoun = 'he' | 'she';

/** A gazetteer person as loaded: schema Person plus the pronoun used for coreference (stripped on output by the schema). */
export interface GazetteerPerson extends Person {
  pronoun?: Pronoun;
}

/** Ids of people found by NER start with this prefix, so a gazetteer id may not. */
export const NER_ID_PREFIX = 'ner-';

const day = z.union([isoDate, z.date().transform((d) => d.toISOString().slice(0, 10))]).nullable();
const country = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code');

const entrySchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and hyphens')
    .refine((s) => !s.startsWith(NER_ID_PREFIX), `ids starting with "${NER_ID_PREFIX}" are reserved for people found by NER`),
  name: z.string().min(1),
  /** Null for officials of international organisations (UN, NATO, EU). */
  country: country.nullable(),
  pronoun: z.enum(['he', 'she']).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  roles: z
    .array(
      z
        .object({ title: z.string().min(1), country: country.optional(), from: day, to: day })
        .refine((r) => r.from === null || r.to === null || r.from <= r.to, 'role starts after it ends'),
    )
    .default([]),
});

function describeIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  const index = issue.path[0];
  const entry = Array.isArray(raw) && typeof index === 'number' ? (raw[index] as { id?: unknown } | undefined) : undefined;
  const who = typeof entry?.id === 'string' ? ` ("${entry.id}")` : '';
  const field = issue.path.slice(1).join('.');
  return `entry ${String(index)}${who}${field ? `: ${field}` : ''}: ${issue.message}`;
}

/** Loads every *.yaml file of a gazetteer folder into people records. Throws naming the bad file and entry. */
export function loadGazetteer(dir: string): Person[] {
  const people: GazetteerPerson[] = [];
  const seen = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const path = join(dir, file);
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new Error(`${path}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    }
    const parsed = z.array(entrySchema).safeParse(raw ?? []);
    if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => describeIssue(raw, i)).join('; ')}`);
    for (const e of parsed.data) {
      if (seen.has(e.id)) throw new Error(`${path}: duplicate person id "${e.id}" (also in ${seen.get(e.id)})`);
      seen.set(e.id, file);
      const person: GazetteerPerson = {
        id: e.id,
        name: e.name,
        aliases: e.aliases.filter((a) => a !== e.name),
        country: e.country,
        roles: e.roles.map((r) => ({ title: r.title, country: r.country ?? e.country, from: r.from, to: r.to })),
        origin: 'gazetteer',
      };
      if (e.pronoun) person.pronoun = e.pronoun;
      people.push(person);
    }
  }
  return people;
}

/** The pronoun of a person, when the gazetteer records one. */
export function pronounOf(p: Person): Pronoun | null {
  return (p as GazetteerPerson).pronoun ?? null;
}
