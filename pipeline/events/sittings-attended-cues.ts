import type { VerbCue } from './event-cues';
import { SITTING_NOUNS } from '../lexicon/act-verbs';
import { NOT_DENIED } from '../lexicon/verb-object-words';

/**
 * Verbs right before a sitting's noun phrase that make it no gathering its subject held: skipping, missing, boycotting
 * or snubbing it, or attending it (rule "a sitting attended" reads that).
 */
export const NOT_ITS_OWN_SITTING = String.raw`(?:skip(?:ped|s)?|miss(?:ed|es)?|boycott(?:ed|s)?|snubb(?:ed)?|snubs|attend(?:ed|s)?)`;

/**
 * Rule "a sitting attended" (round x21): "Zelensky attended a meeting of European leaders in London", "Jaishankar
 * attended the SCO foreign ministers' meeting", "Sharif attended an emergency session of the OIC", "will attend the
 * summit": attending a meeting, summit, session, conference or talks is taking part in that sitting (CAMEO 043), a
 * meeting of its day, or planned when still to come; like "took part", the attender joins a sitting told before.
 * Up to four words describe the sitting ("the SCO foreign ministers'"). A parade or a funeral attended is a visit
 * ("there in person"). Not after "to": "declined to attend" is staying away, and "is set to attend" a plan the cues
 * of plans read; "will not attend the talks" leaves the talks to the cues of the sitting itself (they may still be
 * held, without the subject).
 */
export const SITTING_ATTENDED_CUES: VerbCue[] = [
  { name: 'attended-a-sitting', type: 'meeting', joins: true, re: new RegExp(String.raw`${NOT_DENIED}(?<!\bto\s+)\battend(?:ed|s)?\s+(?:an?\s+|the\s+|this\s+year['’]s\s+|[\p{Lu}][\p{L}-]*['’]s\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?${SITTING_NOUNS}\b`, 'u') },
];
