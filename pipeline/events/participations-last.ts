import type { Found } from './find-verbal-events';

/**
 * Rule "the contact before its participants": "The talks, hosted by Saudi Foreign Minister X, brought together A and
 * B": a participation told inside the sentence of its contact, before the contact's verb, joins that contact
 * (merge/fold-within-article.ts joins a participation to a contact told before it), so within one sentence the
 * participations come after the contacts. A stable order otherwise.
 */
export function withParticipationsLast(found: Found[]): Found[] {
  return [...found.filter((f) => !f.joins), ...found.filter((f) => f.joins)];
}
