import { compareCodeUnits } from './compare-code-units';
import type { Person, Role } from '../schema';
import { roleActiveOn } from './offices';

/** Every role a person held on a day, by the one rule the pipeline also uses (from <= day < to). */
export function rolesOn(person: Person, day: string): Role[] {
  return person.roles.filter((r) => roleActiveOn(r, day));
}

/** The role a person held on a day (latest-starting one wins), or their most recent role when no day is given. */
export function roleOn(person: Person, day?: string): Role | null {
  const held = day ? rolesOn(person, day) : person.roles.filter((r) => !r.to);
  const pool = held.length ? held : person.roles;
  return [...pool].sort((a, b) => compareCodeUnits(a.from ?? '', b.from ?? '')).at(-1) ?? null;
}
