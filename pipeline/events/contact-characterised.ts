import type { Range } from '../types';

/**
 * Rule "a contact characterised": "This was the first conversation between Modi and Macron since the strikes", "It was
 * the second meeting between the two ministers in a month", "That marked their third call this year": a contact noun
 * after a clause-opening "this", "that" or "it" and a copula (or "marked") tells what kind of contact the one just
 * told was (its rank, its rarity), not a contact of its own; the contact is the one the story told before. Only such
 * a clause's opening words (a possessive or "the", an ordinal or "latest", up to two modifiers) stand before the noun.
 */
const CHARACTERISED_BEFORE = /^[\s"“‘']*(?:This|That|It)\s+(?:was|is|had\s+been|has\s+been|marked|marks)\s+(?:(?:the|their|its|his|her)\s+)?(?:(?:first|second|third|fourth|fifth|latest|last|only|\d+(?:st|nd|rd|th))\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
/** The cue opens on a noun of contact. */
const CONTACT_NOUN = /^(?:conversations?|(?:phone\s+|telephone\s+)?calls?|meetings?|talks|discussions?|dialogue|contacts?|summits?|visits?|encounters?)\b/i;

export function isCharacterisedContact(body: string, clause: Range, at: Range): boolean {
  return CONTACT_NOUN.test(body.slice(at.start, at.end)) && CHARACTERISED_BEFORE.test(body.slice(clause.start, at.start));
}
