import type { Person } from '../../src/shared/schema';
import type { ExtractedEvent } from '../events/extract-events';
import { speaksForState } from '../events/spokesperson-venue';

/**
 * Whether the spokesperson speaks for the principal: both of one state, or, for an organisation (no state), the
 * spokesperson's office names the principal's ("Spokesperson for the UN Secretary-General" and "UN Secretary-General").
 */
function speaksFor(spokesperson: Person, principal: Person): boolean {
  if (spokesperson.country !== null || principal.country !== null) return spokesperson.country === principal.country;
  return spokesperson.roles.some((s) => principal.roles.some((p) => s.title.includes(p.title)));
}

/**
 * The spokesperson's words quoted first and attributed after ("“...,” Bruce said", "...,” his spokesman said in a
 * statement"): the quotation goes on with the account the article was giving. A teller put first ("Bruce has said the
 * US message has been twofold: ...") opens a telling of their own.
 */
const QUOTE_THEN_TELLER = /[,.!?]["”]\s+(?:[\p{L}.'’-]+\s+){0,6}?(?:said|added|noted|stated)\b/u;

/**
 * Rule "the spokesperson's readout": "Rubio spoke with Sharif ... 'Both leaders agreed ...', Bruce said", "Guterres
 * called Sharif ... 'He offered his help,' his spokesman said": words of a spokesperson told just after a call or a
 * meeting of the official they speak for, with no date of their own, tell what that contact was, not an act of their
 * own (GUIDE: a remark that is part of a call). Given the contacts told before it on fitting dates, within the reach
 * in which news tells a call's content; the nearest of those of the spokesperson's principal. (A spokesperson's words
 * with a day of their own, told with the teller first, or told after no contact of their principal, stay a statement.)
 */
export function readoutOf(e: ExtractedEvent, contactsBefore: ExtractedEvent[], people: Map<string, Person>): ExtractedEvent | undefined {
  const [id] = e.actors;
  if (!id || e.actors.length > 1 || e.date.evidence !== null || !speaksForState(id, people)) return undefined;
  const spokesperson = people.get(id);
  if (!spokesperson || !e.sources.some((s) => QUOTE_THEN_TELLER.test(s.excerpt))) return undefined;
  const principals = (c: ExtractedEvent) =>
    c.actors.some((a) => {
      const principal = people.get(a);
      return a !== id && principal !== undefined && !speaksForState(a, people) && speaksFor(spokesperson, principal);
    });
  const theirs = contactsBefore.filter((c) => !c.actors.includes(id) && principals(c));
  return theirs.sort((x, y) => y.sentence - x.sentence)[0];
}
