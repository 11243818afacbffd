import { CONFLICTS, type ConflictId } from '../../src/shared/schema';
import { findCountries } from '../lexicon/country-names';

/** Places and words that belong to one crisis even when no party is named ("Pahalgam", "Donbas"). */
const CONFLICT_PLACES: Record<ConflictId, RegExp> = {
  'india-pakistan': /\b(?:Kashmir\w*|Pahalgam|LoC|Line of Control|Operation Sindoor|Indus Waters|Jammu|Srinagar|Poonch|Muzaffarabad|Bahawalpur|Muridke|Lashkar|Jaish)\b/gi,
  'russia-ukraine': /\b(?:Sumy|Kharkiv|Donbas|Donetsk|Luhansk|Zaporizhzhia|Kherson|Crimea|Odesa|Kursk|Zelensk\w*|Putin|Kremlin|Black Sea)\b/gi,
};

/** Counts, per conflict, the parties and places a text names. */
export function conflictScores(text: string, actorCountries: string[] = []): Map<ConflictId, number> {
  const codes = [...findCountries(text).map((c) => c.code), ...actorCountries];
  const scores = new Map<ConflictId, number>();
  for (const [id, def] of Object.entries(CONFLICTS) as [ConflictId, (typeof CONFLICTS)[ConflictId]][]) {
    const parties = codes.filter((c) => (def.countries as readonly string[]).includes(c)).length;
    const places = text.match(CONFLICT_PLACES[id])?.length ?? 0;
    if (parties + places > 0) scores.set(id, parties + places);
  }
  return scores;
}

/**
 * The conflict of one event: decided by its own words first, then its paragraph, then the whole article,
 * so one article can report events of both crises.
 */
export function assignConflict(contexts: string[], actorCountries: string[]): ConflictId | null {
  for (const [i, text] of contexts.entries()) {
    const scores = conflictScores(text, i === 0 ? actorCountries : []);
    const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    if (first && (!second || first[1] > second[1])) return first[0];
  }
  return null;
}
