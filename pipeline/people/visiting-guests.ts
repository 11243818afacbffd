import type { Person } from '../../src/shared/schema';
import type { Range } from '../types';
import { OFFICE_PHRASE_SOURCE, holdsOfficeOn, officeOfPhrase } from './offices';
import { objectReferent, type ObjectPronounScope } from './object-pronouns';

/**
 * Rule "the visiting guest": "Zelensky flew to Ankara on Sunday. Erdogan met the visiting president on Monday": "the
 * visiting" (or "touring") and an office with no state named is the guest, one holder of that office named before,
 * never the host its clause names (as an object pronoun is never its clause's subject, object-pronouns.ts). Two holders
 * of the office named before, or none: nobody.
 */
export const VISITING_OFFICE = new RegExp(String.raw`(?<![\p{L}\p{N}])the\s+(?:visiting|touring)\s+(?<office>${OFFICE_PHRASE_SOURCE})(?![\p{L}\p{N}-])`, 'giu');

/** The guest "the visiting <office>" at `at` stands for, on the given day, or null. */
export function visitingGuest(scope: ObjectPronounScope, at: Range, phrase: string, byId: Map<string, Person>, day: string): string | null {
  const office = officeOfPhrase(phrase);
  if (!office) return null;
  return objectReferent(scope, at, (id) => {
    const p = byId.get(id);
    return p !== undefined && holdsOfficeOn(p, office, day);
  });
}
