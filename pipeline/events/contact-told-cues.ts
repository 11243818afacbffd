import type { VerbCue } from './event-cues';
import { PERSON_OBJECT } from '../lexicon/person-objects';
import { PRESS_AUDIENCE } from '../lexicon/press-audience';
import { BY_PHONE } from '../lexicon/act-verbs';
import { POSSESSOR } from './possessed-event-cues';

/**
 * Contacts between officials in the forms the cues of event-cues.ts do not read (round x21): a call paid on someone in
 * person, contact kept up with a named person, views exchanged over a line, a call named by its noun and its owner.
 * Spliced into VERB_CUES at the head of its contacts, so that these words are claimed before the cues of appeals ("call
 * on"), of contact between two subjects ("kept in contact") and of talks read them otherwise.
 */

/**
 * The one contacted, after the cue: a capitalised name, a pronoun or a role phrase ("his Indian counterpart"). Only in
 * patterns without the "i" flag, under which \p{Lu} would match any letter ("in touch with both India and Pakistan").
 */
const SOMEONE_AHEAD = String.raw`(?=(?:${PERSON_OBJECT}|\p{Lu}))`;
/** Not the press: "in touch with reporters" is no contact with a counterpart. */
const NOT_THE_PRESS = String.raw`(?!(?:the\s+)?(?:[\p{L}-]+\s+)?${PRESS_AUDIENCE}\b)`;
/** Words that say how close, how often or by what line contact was kept ("in direct contact", "in close touch"). */
const CONTACT_MANNER = String.raw`(?:(?:close|direct|constant|regular|continuous|continued|frequent|personal|daily|telephone|phone|touch\s+and)\s+){0,2}`;

/**
 * The phrase that frames a clause with contacts counted by a noun of number ("During a series of", "In a fresh round of",
 * "Over a flurry of"), a modifier after it; "held a series of meetings" is held-a-meeting's.
 */
const SERIES_OF = String.raw`(?:[Dd]uring|[Ii]n|[Aa]t|[Oo]ver|[Tt]hrough|[Aa]cross)\s+(?:an?|the|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:series|round|rounds|string|flurry|spate|number|set|raft)\s+of\s+(?:[\p{L}-]+\s+)?`;

/** The informal nouns of a sitting of two ("a one-on-one", "a bilateral", "a sit-down", "a tete-a-tete"), "meeting" or "talks" after some. */
const SITTING_INFORMAL = String.raw`(?:one-on-one|one-to-one|bilateral|tete-a-tete|tête-à-tête|sit-down|sitdown|face-to-face|pull-aside|huddle|parley)(?:\s+(?:meeting|talks|session|conversation))?`;

export const CONTACT_TOLD_CUES: VerbCue[] = [
  // Rule "a courtesy call paid": "Saudi minister X paid a courtesy call on Prime Minister Modi", "made a farewell call on
  // the president": in South Asian and official English a call paid on someone is a visit to their office, a meeting,
  // never an appeal ("called on India to ..." stays the urged cue's). The one called on is named after "on".
  { name: 'courtesy-call-on', type: 'meeting', re: /\b(?:courtesy|farewell|introductory|formal)\s+calls?\s+(?:on|upon)\b/i },
  // Rule "an audience granted": "Zelensky had an audience with Pope Leo", "was granted a private audience with the king":
  // a sitting with the one who grants it (an audience of readers or viewers is no sitting: "with" or "granted" is required).
  { name: 'audience-with', type: 'meeting', re: /\b(?:had|has|have|held|holds|was\s+granted|were\s+granted|granted)\s+(?:an?\s+)?(?:[\w-]+\s+)?audience\s+(?:with|to)\b/i },
  // Rule "a sitting by its informal noun": "Modi held a one-on-one with Putin", "held a bilateral with Wang Yi", "had a
  // brief sit-down with Zelensky", "a tete-a-tete with Macron": a meeting with the one named after "with"; two or more
  // subjects need no "with" ("Trump and Zelensky held a brief sit-down in St Peter's").
  { name: 'sit-down-with', type: 'meeting', re: new RegExp(String.raw`\b(?:held|hold|holds|holding|had|has|have|having)\s+(?:an?\s+)?(?:[\w-]+\s+)?${SITTING_INFORMAL}\s+with\b`, 'i') },
  { name: 'held-a-sit-down', type: 'meeting', plural: true, re: new RegExp(String.raw`\b(?:held|hold|holds|had|have)\s+(?:an?\s+)?(?:[\w-]+\s+)?${SITTING_INFORMAL}(?=\s+(?:in|at|on|during|before|after|that|which)\b|\s*[,.;])`, 'i') },
  // Rule "in contact with someone": "Rubio has been in direct contact with Dar", "remained in close touch with Lavrov",
  // "made contact with his Saudi counterpart": contact kept up or made with a person named after "with" is a call, the
  // medium most such contact goes over (two subjects with no one after "with" are kept-in-contact's).
  { name: 'in-contact-with', type: 'phone_call', re: new RegExp(String.raw`\b(?:(?:is|are|was|were|been|being|remained|remains|stayed|stays|kept|keeps|keeping|got|gets|getting)\s+in|(?:made|makes|making|established|establishes|establishing|maintained|maintains|maintaining|kept\s+up))\s+${CONTACT_MANNER}(?:contact|touch)\s+with\s+${NOT_THE_PRESS}${SOMEONE_AHEAD}`, 'u') },
  // Rule "on the phone with": "Zelensky got on the phone with Merz", "was on the line to Macron": a call, by its line.
  { name: 'on-the-phone-with', type: 'phone_call', re: new RegExp(String.raw`\b(?:got|gets|getting|was|were|is|are|been|hopped|jumped)\s+on\s+the\s+(?:tele)?(?:phone|line)\s+(?:with|to)\s+${NOT_THE_PRESS}${SOMEONE_AHEAD}`, 'u') },
  // Rule "views exchanged over a line": "Dar and Wang exchanged views on the situation by telephone", "exchanged
  // greetings with Modi over the phone": an exchange of words whose medium, within a few words, is the phone.
  { name: 'views-by-phone', type: 'phone_call', re: new RegExp(String.raw`\bexchang(?:ed|es|ing|e)\s+(?:views|notes|greetings|opinions|messages|ideas|assessments)\b(?=[^.;:]{0,80}?\b(?:${BY_PHONE})\b)`, 'i') },
  // Rule "a telephone talk": "Putin and Xi had a telephone talk", "held a brief phone chat with Starmer": the singular
  // nouns of a call, after a verb of holding (the plural "phone talks" is phone-talks').
  { name: 'phone-talk-held', type: 'phone_call', re: /\b(?:held|hold|holds|holding|had|has|have|having)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:phone|telephone|telephonic)\s+(?:talk|chat|exchange|discussion)\b/i },
  // Rule "while holding a call": "stressed the need for a probe while having a telephonic conversation with Anwar", "raised
  // the dispute while holding a phone call with Wang": the gerund of holding a call (or talks) with a named person.
  { name: 'holding-a-call', type: 'phone_call', re: new RegExp(String.raw`\b(?:having|holding)\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:phone|telephone|telephonic|video)\s+(?:calls?|conversations?|talks?)\s+with\s+${NOT_THE_PRESS}${SOMEONE_AHEAD}`, 'u') },
  // Rule "told over the phone": "Dar briefed Wang over the phone on Sunday", "informed his Saudi counterpart by telephone
  // of the strikes", "thanked Erdogan by phone": a verb of telling someone whose medium, after the one told, is the
  // phone is a call with that person ("briefed reporters by phone" tells the press). The one told is only looked ahead to.
  { name: 'told-over-the-phone', type: 'phone_call', re: new RegExp(String.raw`\b(?:briefed|briefs|informed|informs|updated|updates|apprised|apprises|assured|assures|thanked|thanks|told|tells|consulted|consults)(?=\s+${NOT_THE_PRESS}(?:${PERSON_OBJECT}|\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,4},?\s+(?:${BY_PHONE})\b)`, 'u') },
  // Rule "a series of contacts": "During a series of meetings with members of Congress on Wednesday, Bilawal briefed ...",
  // "Over a round of calls with Gulf leaders, Sharif sought ...": contacts counted by a noun of number frame their
  // clause, whose people held them with those named after "with" (states named in the clause stand for the other side).
  { name: 'series-of-meetings', type: 'meeting', frame: true, subjectless: 'named', re: new RegExp(String.raw`\b${SERIES_OF}(?:meetings|consultations|engagements|sittings)\s+with\s+${NOT_THE_PRESS}`, 'iu') },
  { name: 'series-of-calls', type: 'phone_call', frame: true, subjectless: 'named', re: new RegExp(String.raw`\b${SERIES_OF}(?:(?:phone|telephone|video)\s+)?(?:calls|conversations)\s+with\s+${NOT_THE_PRESS}`, 'iu') },
];

/**
 * Rule "a possessor's call", spliced after the cues of a contact told by how it went (event-noun-subjects.ts), which keep
 * "Putin's call with Trump ... lasted two hours on Tuesday" with its day.
 */
export const OWNED_CALL_CUES: VerbCue[] = [
  // Rule "a possessor's call": "news of Trump's conversation with Putin", "Modi's phone call with Macron on Monday": a
  // call named by its noun with whose it is before it and the other party after "with" (not "with reporters").
  { name: 'possessor-called', type: 'phone_call', re: new RegExp(String.raw`${POSSESSOR}\b(?:(?:phone|telephone|telephonic)\s+)?(?:call|conversation)\s+with\s+${NOT_THE_PRESS}${SOMEONE_AHEAD}`, 'u') },
];
