import type { Range } from '../types';
import { NER_ID_PREFIX } from '../people/gazetteer';

/**
 * Rule "a witness of the scene": "Dr Harjeet Malhi said two of the wounded were children", "Medical superintendent
 * Farhan Qureshi said the hospital had received 12 injured", "Nadia Kovalenko, an eyewitness, said the missile struck
 * the market": a doctor who treats the wounded, a hospital official, a resident, an eyewitness or a survivor tells
 * what an attack did. They speak for no state, and the key keys statements of officials and government bodies: what
 * they say is the story of the incident. Read, as for commentators (commentators.ts), from the words that describe
 * the speaker right before the name, inside it ("Resident Bilal Dar"), or in the appositive after it; the title "Dr"
 * only before a person the gazetteer does not know (a minister may be titled Dr too).
 */
const WITNESS = String.raw`(?:doctors?|physicians?|surgeons?|medics?|paramedics?|nurses?|medical\s+(?:superintendents?|officers?|directors?|staff)|hospital\s+(?:officials?|directors?|administrators?|spokes(?:person|man|woman)|staff)|residents?|eyewitness(?:es)?|witness(?:es)?|villagers?|survivors?|shopkeepers?|locals?)`;
const DESCRIBED_BEFORE = new RegExp(String.raw`\b${WITNESS}\s+$`, 'iu');
const DESCRIBED_INSIDE = new RegExp(String.raw`^${WITNESS}\s`, 'iu');
const DESCRIBED_AFTER = new RegExp(String.raw`^\s*,\s*(?:(?:an?|the|one\s+of\s+the)\s+)?(?:[\p{L}'’.-]+\s+){0,3}?${WITNESS}\b`, 'iu');
/** The title of a physician or a scholar, right before the name or opening it. */
const DOCTOR_TITLE = /(?:^|\s)Dr\.?\s+$/;
const DOCTOR_TITLE_INSIDE = /^Dr\.?\s/;

/** How far before a name its description may start; how far after it its appositive may run. */
const DESCRIPTION_REACH = 40;
const APPOSITIVE_REACH = 60;

export function isWitnessOfTheScene(body: string, speaker: Range & { personId?: string }): boolean {
  const before = body.slice(Math.max(0, speaker.start - DESCRIPTION_REACH), speaker.start);
  const words = body.slice(speaker.start, speaker.end);
  const unknown = speaker.personId?.startsWith(NER_ID_PREFIX) ?? false;
  return DESCRIBED_BEFORE.test(before) || DESCRIBED_INSIDE.test(words) || DESCRIBED_AFTER.test(body.slice(speaker.end, speaker.end + APPOSITIVE_REACH)) || (unknown && (DOCTOR_TITLE.test(before) || DOCTOR_TITLE_INSIDE.test(words)));
}
