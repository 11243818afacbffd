import type { Person, Role } from '../schema';

/** The role a person held on a day (latest-starting one wins), or their most recent role when no day is given. */
export function roleOn(person: Person, day?: string): Role | null {
  const held = day
    ? person.roles.filter((r) => (!r.from || r.from <= day) && (!r.to || r.to >= day))
    : person.roles.filter((r) => !r.to);
  const pool = held.length ? held : person.roles;
  return [...pool].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '')).at(-1) ?? null;
}
