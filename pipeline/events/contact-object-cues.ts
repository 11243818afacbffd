import type { VerbCue } from './event-cues';
import { AFTER_THE_ONE_CALLED, BODY_PHRASE, PERSON_OBJECT } from '../lexicon/person-objects';

/**
 * Rule "the one contacted, named without a name": the verbs of hosting and calling whose object is a pronoun or a role
 * phrase ("Erdogan received him", "welcomed the visiting prime minister", "Macron called him on Monday", "dialled his
 * Saudi counterpart", "called the Iranian foreign ministry on Tuesday"). The cues that read a capitalised name after the
 * verb (event-cues.ts: hosted, called-person, phoned-person) miss them. Each cue is the verb alone, with its object only
 * looked ahead to, so that the person the object names (people/object-pronouns.ts, the role-phrase resolvers) stands
 * after the cue and takes part. Spliced into VERB_CUES before "hosted" and "praised" ("welcomed the ceasefire" stays
 * praise: no person noun ends its object).
 */
export const CONTACT_OBJECT_CUES: VerbCue[] = [
  // "Erdogan received him at the palace", "Putin received the Saudi foreign minister", "Zelensky welcomed her": a guest.
  // "greeted Zelensky at the airport": a guest met on arrival, named or not (the cue "hosted" reads the other verbs
  // before a name).
  { name: 'hosted-someone', type: 'host_visit', re: new RegExp(String.raw`\b(?:hosted|hosts|received|receives|welcomed|welcomes|greeted|greets|(?:will|would|to|shall)\s+(?:host|receive|welcome|greet))\s+(?=${PERSON_OBJECT}|(?<=greet(?:ed|s)?\s+)\p{Lu})`, 'u') },
  // "Macron called him on Monday", "called the Turkish foreign minister on Tuesday", "called the Iranian foreign
  // ministry": a call, where what follows the one called says so ("called him a dictator" gives a name).
  { name: 'called-someone', type: 'phone_call', re: new RegExp(String.raw`\b(?:called|rang)\s+(?=(?:${PERSON_OBJECT}|${BODY_PHRASE})${AFTER_THE_ONE_CALLED})`, 'u') },
  // "Trump dialled him", "Sharif dialled Erdogan on Monday", "phoned the visiting envoy": the verb says the medium.
  { name: 'dialled-someone', type: 'phone_call', re: new RegExp(String.raw`\b(?:phoned|phones|dialled|dialed|dials|telephoned|telephones)\s+(?=${PERSON_OBJECT}|${BODY_PHRASE}|\p{Lu})`, 'u') },
  // "Modi reached out to him on Monday", "reached out to Zelensky": contact made, by no medium told; a call, as most are.
  { name: 'reached-out-to', type: 'phone_call', re: new RegExp(String.raw`\breach(?:ed|es)?\s+out\s+to\s+(?=${PERSON_OBJECT}|\p{Lu})`, 'u') },
];
