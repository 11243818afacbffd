// The office table and the office-holding rule live in src/shared, so the pipeline and the app name the same
// holder on any day. The pipeline adds the security services' offices (pipeline/lexicon/security-offices.ts), which
// news names by description; the app has no use for them yet.
import { OFFICES as SHARED_OFFICES, type Office } from '../../src/shared/lib/offices';
import { SECURITY_OFFICES } from '../lexicon/security-offices';
import { ENVOY_OFFICES } from '../lexicon/envoy-offices';
import { ORGANISATION_FORMS } from '../lexicon/organisation-names';
import { escapeRegex } from '../lexicon/countries';

export * from '../../src/shared/lib/offices';

/**
 * Rule "the title of the organisation": "the Secretary General of the Alliance" is the "NATO Secretary General". Every
 * office phrase that opens with an organisation's short name is also written as its title, "of" and any form of that
 * name (pipeline/lexicon/organisation-names.ts).
 */
function withTitleOfOrganisation(o: Office): Office {
  const written = o.phrases.flatMap((p) => {
    const [org = '', ...rest] = p.split(' ');
    const title = rest.join(' ');
    const forms = ORGANISATION_FORMS[org];
    return forms && /^\p{Lu}/u.test(title) ? forms.map((f) => `${title} of ${f}`) : [];
  });
  return written.length ? { ...o, phrases: [...o.phrases, ...written.filter((w) => !o.phrases.includes(w))] } : o;
}

export const OFFICES: Office[] = [...SHARED_OFFICES.map(withTitleOfOrganisation), ...SECURITY_OFFICES, ...ENVOY_OFFICES];
export const OFFICE_BY_KEY = new Map(OFFICES.map((o) => [o.key, o]));

/** Every office phrase as a regex source (no groups), longest first so that "Secretary of State" wins over "Secretary". */
export const OFFICE_PHRASE_SOURCE = [...new Set(OFFICES.flatMap((o) => o.phrases))]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join('|');

const norm = (s: string) => s.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** The office a phrase of text names ("secretary of state" -> secretary-of-state), in the shared and the pipeline's offices. */
export function officeOfPhrase(phrase: string): Office | null {
  const p = norm(phrase);
  return OFFICES.find((o) => o.phrases.some((x) => x.toLowerCase() === p)) ?? null;
}
