/**
 * Verbs of diplomatic acts, by CAMEO-aligned event type: every English verb a report uses for the act, in all its
 * forms, so that a new wording of a known act is found. The cues built from these lists (events/act-verb-cues.ts)
 * state once, per type, the sense rule that keeps a verb to its act ("called Lavrov to discuss" is a call, "called for
 * calm" an appeal, "called the claim a lie" a rejection).
 *
 * A verb is listed by its forms: `inflect('accuse')` gives accuse, accuses, accused, accusing; irregular verbs list
 * their forms by hand.
 */

/** The four forms of a regular verb: "deny" gives deny, denies, denied, denying; "rebut" with a doubled consonant is given whole. */
export function inflect(lemma: string): string[] {
  if (/[^aeiou]y$/.test(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  if (/e$/.test(lemma)) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) return [lemma, `${lemma}es`, `${lemma}ed`, `${lemma}ing`];
  return [lemma, `${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}

/** One alternation of every form of the verbs given, longest first so that "accused" is not cut to "accuse". */
export function verbForms(...verbs: (string | string[])[]): string {
  const forms = verbs.flatMap((v) => (typeof v === 'string' ? inflect(v) : v));
  return `(?:${[...new Set(forms)].sort((a, b) => b.length - a.length).join('|')})`;
}

/** CAMEO 021/042 phone call: speaking to someone at a distance. Told "by phone" unless the verb says it (phoned, rang). */
export const PHONE_VERBS = verbForms(['speak', 'speaks', 'spoke', 'spoken', 'speaking'], 'talk', ['chat', 'chats', 'chatted', 'chatting'], ['confer', 'confers', 'conferred', 'conferring'], 'converse', 'hold talks');
/** The medium that makes speaking a call. */
export const BY_PHONE = String.raw`(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone|by\s+video\s*link|(?:via|over|by)\s+(?:a\s+)?video\s*(?:call|conference)`;
/** Verbs of calling a person: the sense rule (a person after, then what the call was for) is the cue's. */
export const CALL_VERBS = verbForms(['call', 'calls', 'called'], ['phone', 'phones', 'phoned'], 'telephone', ['ring', 'rings', 'rang'], ['dial', 'dials', 'dialled', 'dialed']);

/** CAMEO 112 accuse: laying an act at someone's door. "alleged" only as a verb with its object or "that" ("the alleged plot" is none). */
export const ACCUSE_VERBS = verbForms('accuse', 'blame', 'implicate', ['fault', 'faults', 'faulted']);

/** CAMEO 12x reject / 0x deny: refusing a claim, a proposal or a charge. */
export const REJECT_VERBS = verbForms('rubbish', 'refute', ['rebut', 'rebuts', 'rebutted', 'rebutting'], 'debunk', 'dispute', ['disown', 'disowns', 'disowned', 'disowning']);
/** What a rejection says a claim is: false, made up or worthless. */
export const FALSE_WORDS = String.raw`(?:an?\s+)?(?:(?:outright|blatant|complete|total|pure|absolute|big|malicious|baseless)\s+)?(?:lies?|falsehoods?|fabrications?|fabricated|false|untrue|baseless|groundless|unfounded|fake|nonsense|propaganda|disinformation|misinformation|fiction|slander)`;
/** What a rejection is about: somebody's words about the other side. */
export const CLAIM_NOUNS = String.raw`(?:accusations?|allegations?|claims?|charges?|assertions?|reports?|statements?|remarks|version)`;

/** CAMEO 04 consult / meet: coming together with someone. */
export const MEET_VERBS = verbForms(['gather', 'gathers', 'gathered', 'gathering'], 'convene', 'assemble', ['met', 'meet', 'meets'], ['huddle', 'huddles', 'huddled']);
/** A sitting its members gather for. */
export const SITTING_NOUNS = String.raw`(?:session|sitting|meeting|summit|talks|consultations|conference)`;

/** CAMEO 16 reduce relations: a measure that closes, bans or restricts. */
export const RESTRICTION_NOUNS = String.raw`(?:closures?|bans?|restrictions?|curbs?|NOTAMs?|notices?\s+to\s+airm[ae]n|suspensions?|embargo(?:es)?|prohibitions?|blockades?)`;
/** Verbs that keep a measure in force longer. */
export const EXTEND_VERBS = verbForms('extend', 'prolong', 'renew');

/** CAMEO 13 threaten: a warning given to a party (a weather "warning" is given to nobody). */
export const WARNING_NOUNS = String.raw`(?:warnings?|ultimatums?|threats?)`;
