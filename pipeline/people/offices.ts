// The office table and the office-holding rule live in src/shared, so the pipeline and the app name the same
// holder on any day. The pipeline adds the security services' offices (pipeline/lexicon/security-offices.ts), which
// news names by description; the app has no use for them yet.
import { OFFICES as SHARED_OFFICES, type Office } from '../../src/shared/lib/offices';
import { SECURITY_OFFICES } from '../lexicon/security-offices';

export * from '../../src/shared/lib/offices';

export const OFFICES: Office[] = [...SHARED_OFFICES, ...SECURITY_OFFICES];
export const OFFICE_BY_KEY = new Map(OFFICES.map((o) => [o.key, o]));

const norm = (s: string) => s.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** The office a phrase of text names ("secretary of state" -> secretary-of-state), in the shared and the pipeline's offices. */
export function officeOfPhrase(phrase: string): Office | null {
  const p = norm(phrase);
  return OFFICES.find((o) => o.phrases.some((x) => x.toLowerCase() === p)) ?? null;
}
