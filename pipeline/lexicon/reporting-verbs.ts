import { MONTH, WEEKDAY } from './calendar-words';

/**
 * Verbs that introduce reported speech ("said", "told reporters", "quoted ... as saying"). Shared by quote
 * attribution (who is speaking) and event extraction (who only reported what others did).
 */
export const REPORTING_VERB =
  /\b(?:said|says|say|saying|stated|states|told|tells|added|adding|adds|wrote|writes|posted|noted|notes|asserted|declared|announced|confirmed|revealed|remarked|explained|insisted|stressed|emphasi[sz]ed|underlined|reiterated|replied|responded|warned|claimed|observed|quipped|tweeted|reported(?=\s+(?:on\s+\w+(?:\s+\d+)?\s+)?that\b)|according to|quoted\s+[^,.;]{1,60}?\s+as\s+saying)\b/g;

/**
 * Verbs that report a claim or a promise as words only when "that" follows them ("vowed that those behind it will be
 * punished", "has contended that cooperation could help", "maintained that"): "vowed to retaliate" and "pledged support"
 * are acts of their own (threats, offers), and "argued with" or "maintained contact" report no words.
 */
export const CLAIMED_THAT = String.raw`(?:vowed|pledged|promised|contended|argued|maintained|alleged|acknowledged|admitted|asserted|affirmed|assured)(?=\s+that\b)`;

/**
 * Rule "told an outlet": "told Fox News after the summit that", "told the Daily Mirror in an interview that": a teller
 * who told a news outlet (one to four capitalised words right after "told") reports what follows "that", in an
 * interview. Where or when it was told may stand before "that". Whether the words name an outlet and not a person or a
 * state ("told Putin that" tells Putin) is for the caller to check.
 */
export const TOLD_OUTLET = String.raw`told\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?:\s+(?:in\s+an?\s+(?:[\w-]+\s+)?interview|(?:on|after|late|early|last|this|earlier)\s+(?:[\w-]+\s+){0,3}?[\w-]+))?(?=\s+that\b)`;
/** The outlet of "told an outlet": the capitalised words after "told" (and "the"). */
export const TOLD_OUTLET_NAME = /^told\s+(?:the\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})/;

/**
 * After "said": a verb that makes it a relative clause ("what he said was a senseless war", "a deal that she said
 * had been agreed"), where the speaker only qualifies a noun of someone else's sentence and reports nothing. Rule "a
 * label someone gave": so too with the speaker's belief between ("in what sources said they suspected was a drone
 * attack").
 */
export const NOT_A_RELATIVE_SAYING = String.raw`(?!\s+(?:(?:they|it|he|she|we)\s+(?:believed|suspected|thought|presumed|assessed|feared|understood)\s+)?(?:was|were|is|are|had\s+been|has\s+been|would\s+be)\b)`;

/** Pronouns that can stand for a speaker. */
export const SPEAKER_PRONOUN = /\b(?:she|he|She|He)\b/g;

/** Words after which a name is the object of a preposition, not a subject ("spoke to Sharif"). */
// A weekday or month after "on" is a date ("On Monday the ministers met"), not the start of a prepositional object.
export const PREPOSITION_BEFORE = new RegExp(String.raw`\b(?:[Tt]o|[Ww]ith|[Bb]y|[Ff]rom|[Ff]or|[Aa]t|[Oo]n|[Aa]bout|[Aa]gainst|and|[Bb]etween)\s+(?:(?:the|both|-|(?!${WEEKDAY}\b|${MONTH}\b)[A-Z][\w.’']*)\s+){0,5}$`);

/**
 * Verbs that hold their object to account for an act told after "by" or "for" ("warned Putin he is playing with fire
 * by launching attacks", "thanked Qatar for hosting the talks"): the act is the object's, not the speaker's.
 */
export const HOLDS_OBJECT_TO_ACCOUNT = /\b(?:warn(?:ed|s|ing)|accus(?:ed|es|ing)|blam(?:ed|es|ing)|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|condemn(?:ed|s|ing)|rebuk(?:ed|es|ing)|chid(?:ed|es|ing)|slamm(?:ed|ing)|slams|thank(?:ed|s|ing)|prais(?:ed|es|ing)|applaud(?:ed|s|ing)|commend(?:ed|s|ing)|punish(?:ed|es|ing))$/i;

/**
 * Words that make one act of what several people said: "in a joint statement", "a joint declaration", "jointly". Without
 * them, "A and B said" is each one's saying.
 */
export const JOINT_SAYING = /\b(?:joint\s+(?:statement|declaration|communiqu[eé]|letter|press\s+release|op-ed|appeal)|jointly)\b/i;
