import { CLAIMED_THAT, NOT_A_RELATIVE_SAYING, PREPOSITION_BEFORE, TOLD_OUTLET, TOLD_OUTLET_NAME } from '../lexicon/reporting-verbs';
import { COUNTRIES } from '../lexicon/countries';
import { describingWords } from '../lexicon/describing-words';
import { LIST_HAS_AND, PEOPLE_LIST_GAP, TITLE_RUN } from '../lexicon/lists-of-people';
import { ORGANISATION_FORMS } from '../lexicon/organisation-names';
import { escapeRegExp } from '../lexicon/escape-reg-exp';
import { SAYING_NOUN } from '../lexicon/owner-words';
import { institutionSubjectBefore } from './clause-structure';
import type { PersonMention, Range } from '../types';

export interface ReportedClause {
  /** Who reported it (a person id), when the sentence says so. */
  reporter: string | null;
  /** Where the reported words are: the part of the sentence that tells what happened. */
  clause: Range;
  /** Where the reporting words are ("Leavitt said that", "According to Bruce,"). */
  reporting: Range | null;
  /** A clause of its own before the reporting words ("The treasury announced sanctions, as Trump confirmed that ..."). */
  before?: Range;
  /** Everyone who told it together, in text order, when a list of people is the reporting verb's subject ("A, B and C said"). */
  tellers?: string[];
  /** The teller is in a relative clause after the clause before ("Rubio met Sybiha, who said ..."): that clause is not dated by the saying. */
  relativeTeller?: boolean;
  /** The clause before is a contact of the teller's, told as before or after the saying ("After meeting X, Y said"). */
  contactApart?: boolean;
  /**
   * "Zelensky, who said on Monday that Russia was stalling, met Trump": the saying is a relative clause about its teller,
   * and the sentence goes on with the teller's own verb; from the comma that closes the relative clause to the end.
   */
  mainAfter?: Range;
  /** The reporting words are a parenthesis inside the clause ("X, according to Y, met Z"): the clause runs around them. */
  setOff?: boolean;
  /** The teller told a news outlet ("told Fox News that"): their saying was an interview. */
  toldOutlet?: boolean;
}

/** ", according to ...": the source set off by commas right after the clause's subject. */
const SUBJECT_BEFORE_SOURCE = /,\s*$/;
/** A source set off by commas inside a clause: ", according to Kremlin aide Yuri Ushakov,". */
const SET_OFF_SOURCE = /^,\s*according\s+to\s[^,;.!?]{1,100},/i;
/** After the source's closing comma the clause goes on with its verb ("used", "has met"), in lower case. */
const OWN_VERB_AFTER_SOURCE = /^\s*(?:\p{Ll}+ly\s+)?\p{Ll}{2,}/u;

/** Before the first teller, from the start of the sentence or its last comma: only titles and "but", "both", "the". */
const LIST_OPENS_CLAUSE = /(?:^|[,;:])\s*(?:(?:[Bb]ut|[Aa]nd|[Bb]oth|[Tt]he|of|for|[\p{Lu}][\p{L}.’'-]*)\s+)*$/u;
/** Between the last teller and the verb: nothing, or an adverb of telling together ("jointly", "also"). */
const TELLERS_TO_VERB = /^[\s,]*(?:(?:also|jointly|together|both)\s+)?$/i;

/**
 * "Macron, Starmer, and Merz said on Saturday that ...", "Rubio and Lavrov said": a list of people right before the
 * reporting verb, one of them the subject found, all told it. Not "According to A and B" (handled by the caller), nor
 * people before the list ("Lavrov met Rubio and Peskov said" has a verb between Lavrov and Rubio).
 */
function tellersOf(text: string, offset: number, verb: number, subject: PersonMention, mentions: PersonMention[]): string[] {
  const before = mentions.filter((m) => m.start >= offset && m.end <= verb).sort((a, b) => a.start - b.start);
  const last = before.at(-1);
  // "A and B, attending a summit in Vilnius, said": a phrase set off by commas may stand between the list and its verb.
  const toVerb = last ? text.slice(last.end - offset, verb - offset) : '';
  if (!last || !(TELLERS_TO_VERB.test(toVerb) || APPOSITIVE.test(toVerb))) return [];
  const list = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const m = before[i];
    const next = list[0];
    if (!m || !next || !PEOPLE_LIST_GAP.test(text.slice(m.end - offset, next.start - offset))) break;
    list.unshift(m);
  }
  // A list needs an "and" ("A, B said" is no list), holds the subject, and opens its clause: "Lavrov met Rubio, and
  // Peskov said" has a verb before Rubio, who is its object.
  const first = list[0] ?? last;
  const joined = list.length > 1 && LIST_HAS_AND.test(text.slice(first.end - offset, last.start - offset));
  if (!joined || !list.includes(subject) || !LIST_OPENS_CLAUSE.test(text.slice(0, first.start - offset))) return [];
  return [...new Set(list.flatMap((m) => [m.personId, ...(m.also ?? [])]))];
}

/**
 * ", as X confirmed that ...", "; X said that ...": a subordinating word or a semicolon between the start of the
 * sentence and the teller closes a clause of its own, which tells its own event; the reporting words start after it.
 */
const CLAUSE_BEFORE_TELLER = /(?:,[”"]?\s*(?:as|while|when|after|before|because|but|and|although|though|even\s+as|whereas)|;)\s+(?:[^,;]*?)$/i;
/** A clause before the teller has a verb of its own: more than a fronted phrase ("On Friday,", "In Kyiv,"). */
const CLAUSE_BEFORE_MIN = 30;
/** ", and" before the teller: a short clause with a verb of its own ("Lavrov met Rubio, and Peskov said") is one too. */
const AND_BEFORE_TELLER = /^,[”"]?\s*and\b/i;

/**
 * "During a meeting with Rutte on Wednesday, Trump said", "After meeting Lavrov, Rubio said": a fronted contact (a noun,
 * or a gerund whose subject is the teller) is a happening of its own, with the teller in it. Rule "the teller's title
 * after a fronted contact": "In a brief phone call with Trump, Russian President Putin said": the teller's title stands
 * between the comma and the name, and two words may describe the contact.
 */
const FRONTED_CONTACT = new RegExp(String.raw`^(?:During|At|In|After|Following|Before|Upon)\s+(?:(?:a|an|the|his|her|their)\s+${describingWords(2)}(?:meeting|talks|summit|call|conversation|visit)|meeting|talking\s+(?:with|to)|speaking\s+(?:with|to))\b[^;]*,\s*${TITLE_RUN}$`, 'u');

function withClauseBefore(text: string, offset: number, subject: PersonMention, found: ReportedClause): ReportedClause {
  if (!found.reporting || found.reporting.start !== offset) return found;
  const subjectStart = subject.start;
  const head = text.slice(0, subjectStart - offset);
  // The teller's name is part of the fronted contact's words: they took part in it.
  if (FRONTED_CONTACT.test(head)) return { ...found, before: { start: offset, end: subject.end }, ...(/^(?:After|Following|Before)\b/.test(head) ? { contactApart: true } : {}) };
  // "Rubio met Sybiha, who said last week that ...": the clause the teller ends is one of its own, told by the article.
  const relative = RELATIVE_WHO_SAID.exec(text.slice(subject.end - offset, found.reporting.end - offset));
  if (relative && OWN_VERB_BEFORE.test(head)) {
    // The time between the teller and "who" ("rang Lammy on Saturday, who") is the clause before's own.
    return { ...found, reporting: { start: subjectStart, end: found.reporting.end }, before: { start: offset, end: subject.end + (relative[1]?.length ?? 0) }, relativeTeller: true };
  }
  const m = CLAUSE_BEFORE_TELLER.exec(head);
  if (!m || (m.index < CLAUSE_BEFORE_MIN && !(AND_BEFORE_TELLER.test(m[0]) && OWN_VERB_BEFORE.test(head.slice(0, m.index))))) return found;
  const breakEnd = offset + m.index + (/^(?:,[”"]?\s*\w+(?:\s+as)?|;)\s+/i.exec(m[0])?.[0].length ?? 0);
  return { ...found, reporting: { start: breakEnd, end: found.reporting.end }, before: { start: offset, end: offset + m.index } };
}

/**
 * "Trump announced a ceasefire on Saturday", "the ministry announced its decision": what is announced is the noun after
 * the verb, an act with its own date, not words reported after it ("announced that ..." still reports).
 */
const ANNOUNCED_OBJECT = String.raw`(?!\s+(?:an?|his|her|its|their)\s+(?:[\w“”"-]+\s+){0,3}?(?:ceasefire|truce|deal|agreement|plan|decision|measures?|sanctions|ban|suspension|halt|visit|talks)\b)`;
/**
 * "posted on X that", "wrote on Telegram:", "tweeted that": a verb of writing reports words only when "that" or a colon
 * follows it, past where it was written, which belongs to the reporting words ("wrote on X on Thursday:"); "wrote a
 * letter to Putin" tells a letter, not words.
 */
const WRITTEN_WORDS = String.raw`(?:posted|wrote|tweeted)(?:\s+(?:on|in|via)\s+[^,.;:"“]{1,40}?)?(?=\s+that\b|\s*:)`;
/**
 * Rule "the possessor of a saying tells it": "in response to Trump's recent assertion that the US had brokered peace",
 * "Putin's claim that Kyiv ...": a saying noun owned by a person and followed by "that" reports what comes after it,
 * and its owner (named right before "'s", whatever preposition stands before the name) is the teller. Only after words
 * of the sentence's own (a verb or preposition takes the saying as its object): a saying that opens the sentence is
 * its subject ("Putin's claim that ... was rejected").
 */
const OWNED_SAYING = String.raw`['’]s\s+(?:(?:recent|latest|earlier|repeated|public|new)\s+)?${SAYING_NOUN}(?=\s+that\b)`;

/**
 * Rule "an assurance told to a listener": "assured Sharif on Monday that", "pledged to Ishaq Dar that", "promised
 * President Zelensky that": a verb of assurance with the person it was given to (capitalised words) and when it was
 * given, up to "that", are reporting words; what follows "that" is what was assured (promise-to-a-listener.ts reads the
 * act itself).
 */
const ASSURED_LISTENER = String.raw`(?:assured|reassured|promised|pledged\s+to|vowed\s+to)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}(?:\s+(?:on|after|late|early|last|this|earlier)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?(?=\s+that\b)`;

/** A reporting verb, with what belongs to it up to "that" ("said on Thursday that": Thursday is when it was said). */
const LEAD_VERB = new RegExp(String.raw`\b(?:said|says|stated|added|${WRITTEN_WORDS}|told\s+(?:reporters|journalists|the\s+media)|${TOLD_OUTLET}|revealed|confirmed|noted|announced${ANNOUNCED_OBJECT}|explained|insisted|stressed|emphasi[sz]ed|reiterated|claimed|${CLAIMED_THAT}|${ASSURED_LISTENER}|[Aa]ccording\s+to|${OWNED_SAYING})\b${NOT_A_RELATIVE_SAYING}(?:\s+(?:only\s+|just\s+|as\s+recently\s+as\s+)?(?:on\s+)?(?:[\w]+\s+){0,2}?that\b)?[,:]?\s*`, 'g');
/**
 * "..., Deputy Prime Minister and Foreign Minister Ishaq Dar posted on X.": a reporting verb after the words, its
 * subject a title and name of any length between the comma (or a dash: "... steps. - said Umerov.") and the verb (no
 * comma or quotation mark inside).
 */
/** What may follow a trailing reporting verb: where and how it was said, and a participle ("..., underscoring his change of tone"). */
const TRAILING_TAIL = 140;
const TRAILING = new RegExp(String.raw`^(?:[,"”]|\s[-–—])\s*[^,;"“”!?]{0,90}?\b(?:said|says|stated|added|wrote|posted|tweeted|told\s+\S+(?:\s+\S+)?|quoted\s+[^,.]{1,40}\s+as\s+saying)\b${NOT_A_RELATIVE_SAYING}[^.!?]{0,${TRAILING_TAIL}}[.!?]?\s*$`);

/**
 * ", the spokesperson of India’s Ministry of External Affairs, ", ", who led the Russian delegation, ", ", asked about
 * the talks on Monday, " or ", attending a summit in Vilnius, ": an appositive, a relative clause or a participle
 * phrase (of speaking, or of where the subject was) between a subject and its verb. A relative clause may hold a list ("with the
 * leaders of Germany, Britain and Poland"); an adverb or the verb's auxiliary may stand after it ("X, who led the
 * delegation, quickly rejected", "X, who leads the outreach, has said").
 */
export const APPOSITIVE = /^,\s*(?:(?:who|which)\s[^;.!?]{0,140}|(?:the|a|an|[\p{Lu}][\p{L}]*['’]s)\s[^,;.!?]{0,100}|(?:when\s+|while\s+)?(?:asked|\p{Ll}{2,}ing)\s[^,;.!?]{0,100}),\s*(?:\p{L}+ly\s+)?(?:(?:has|have|had)\s+)?$/u;

/** "Deputy Prime Minister and Foreign Minister Ishaq Dar": an "and" between two titles joins offices, not people. */
const COMPOUND_TITLE = /\b(?:Minister|Secretary|President|Adviser|Advisor|Chief|Spokes(?:person|man|woman)|Envoy|Ambassador|Chancellor|Premier|Governor|Commander)\s+and\s+(?:[A-Z][\w.’']*\s+){1,5}$/;

/**
 * "Minister of State for Foreign Affairs Adel al-Jubeir", "Special Envoy for Ukraine Keith Kellogg", "Ambassador to
 * the UN X": a preposition inside a title before a name makes no prepositional object of the person.
 */
const TITLE_WITH_PREPOSITION = /\b(?:Minister|Secretary|Adviser|Advisor|Commissioner|Representative|Envoy|Ambassador|Director|Chief|Head|Chair(?:man|woman|person)?|Coordinator|Spokes(?:person|man|woman))\s+(?:(?:of|General)\s+(?:[A-Z][\w.’']*\s+){0,2})?(?:for|to|at|on)\s+(?:(?:the|[A-Z][\w.’']*)\s+){1,5}$/;

/**
 * "the four visiting leaders and Zelensky", "European officials and Kellogg": a plural group nobody names, then "and" and
 * the person, from the start of the clause (no preposition before the group).
 */
const UNNAMED_AND_BEFORE = /^\s*(?:the|several|some|other|all|both|[\w-]+\s+other)\s+(?:[\w-]+\s+){0,3}?(?:leaders|officials|ministers|envoys|diplomats|delegations|presidents|heads\s+of\s+state)\s+and\s+(?:(?:the|[A-Z][\w.’']*)\s+){0,5}$/i;

/** "X and Y": the second of two people joined by "and" is not the first of them. */
const AND_BEFORE = /\band\s+(?:(?:the|[A-Z][\w.’']*)\s+){0,5}$/;

/**
 * "Munir met the prince in Riyadh, the army's media wing said": after the last comma before the verb a noun phrase of
 * its own ("the army's media wing", "officials", "a spokesman") is the verb's subject, whoever was named before it.
 * An appositive closed by its comma ("X, the spokesperson, said") leaves nothing after that comma.
 */
const UNNAMED_SUBJECT = /,\s*(?:the|a|an|its|his|her|their|officials|sources|diplomats|analysts|witnesses|[\p{Lu}][\p{L}]*['’]s)\s[^,;]*$/u;

/**
 * The person named right before `at` (a subject), not as the object of a preposition; an appositive may come between.
 * `from` is where the verb's clause starts. With `afterPreposition` (the verb is a gerund: "led to X having a meeting") a preposition may stand before it.
 */
const CLAUSE_AND = /,[”"]?\s*and\s+$/;
/**
 * The reporting words of a teller in a relative clause: ", who said on Monday that", ", who also posted that". Rule "the
 * relative teller, its comma dropped or after a time" (round x21): "Dar rang Lammy who stressed ...", "rang Lammy on
 * Saturday, who stressed ...": the teller is still the object of the verb before, whose clause is its own.
 */
const RELATIVE_WHO_SAID = /^(\s+(?:on|late|early|last|earlier|later)\s+(?:on\s+)?\p{L}+(?:\s+(?:night|morning|evening))?)?,?\s*who\s/u;
/** ", who posted", ", who also said": the relative pronoun right before the verb, an adverb or auxiliary between. */
const RELATIVE_WHO = /^,\s*who\s+(?:(?:also|later|then|has|had|earlier|again)\s+)?$/;
/**
 * The comma that closes a relative clause of saying ("X, who said on Monday that Russia was stalling, met Y"): the first
 * one followed by a verb in the past or with an auxiliary, not by words that go on with what was said ("which", "and",
 * a participle such as "adding").
 */
const MAIN_VERB_AFTER_RELATIVE = /,\s*(?=(?:(?:also|later|then|on\s+\w+)\s+)?(?:(?:has|had|will|would)\s+(?:also\s+)?\w+|(?!(?:and|but|or|which|who|that|as|while|when|after|before|including|although|though|if)\b)[a-z]+ed\b|(?:met|spoke|held|flew|went|sent|told|took|made|gave|led|saw|left|came|began)\b))/;
/** A word in lower case, other than the small words of titles and lists: a clause's verb or object. */
const OWN_VERB_BEFORE = /\b(?!(?:the|and|of|for|to|on|in|at|with|de|von|bin|al)\b)[a-z]{3,}\b/;

export function subjectBefore(text: string, offset: number, at: number, mentions: PersonMention[], reach = 60, opts: { afterPreposition?: boolean; from?: number } = {}): PersonMention | null {
  const gap = (m: PersonMention) => text.slice(m.end - offset, at - offset);
  // A source set off by commas ("Putin, according to his aide, used ...") is no distance between a subject and its verb.
  const distance = (m: PersonMention) => gap(m).replace(SET_OFF_SOURCE, ' ').length;
  const near = mentions.filter((m) => m.end <= at && m.start >= offset && (distance(m) <= reach || APPOSITIVE.test(gap(m))));
  // "He and President X, attending a summit in Vilnius, said": whoever a list joins to the first of those is near too.
  const listed = mentions.filter((m) => m.start >= offset && m.end <= (near[0]?.start ?? offset)).sort((a, b) => b.start - a.start);
  for (const m of listed) {
    const next = near[0];
    if (!next || !PEOPLE_LIST_GAP.test(text.slice(m.end - offset, next.start - offset))) break;
    near.unshift(m);
  }
  // "Zelensky, who met Trump on Saturday, said": whoever a relative clause or an appositive names is inside it, not
  // the subject it describes.
  const head = near.find((m) => APPOSITIVE.test(gap(m)));
  const before = head ? near.filter((m) => m.start < head.end) : near;
  const ordered = before.reverse();
  for (const [i, m] of ordered.entries()) {
    // "announced by Trump, who posted that ...": the person a "who" follows is its verb's subject, after a preposition too.
    if (RELATIVE_WHO.test(gap(m))) return m;
    if (UNNAMED_SUBJECT.test(gap(m))) return null;
    // A clause's own words only: ", and Dmitriev also took part" starts a clause, "and" is not before its subject.
    const lead = text.slice(Math.max(0, m.start - offset - 40, (opts.from ?? offset) - offset), m.start - offset);
    if (opts.afterPreposition ? !AND_BEFORE.test(lead) : !PREPOSITION_BEFORE.test(lead) || COMPOUND_TITLE.test(lead) || TITLE_WITH_PREPOSITION.test(lead)) return m;
    // "Dar visited Kabul, and Rubio said": ", and" after a clause with a verb of its own opens another clause, whose
    // subject this is; after names alone ("Macron, Starmer, and Merz travelled") it closes a list.
    if (!opts.afterPreposition && CLAUSE_AND.test(lead) && OWN_VERB_BEFORE.test(text.slice((opts.from ?? offset) - offset, m.start - offset).replace(CLAUSE_AND, ''))) return m;
    // "the four visiting leaders and Zelensky had a call": joined by "and" to people it does not name, X is a subject.
    if (!opts.afterPreposition && i === ordered.length - 1 && UNNAMED_AND_BEFORE.test(text.slice((opts.from ?? offset) - offset, m.start - offset))) return m;
  }
  return null;
}

/** Where a trailing report starts: the last separator whose words run to the end as one ("... steps. - said Umerov."). */
function trailingReport(text: string): { index: number } | null {
  for (let i = text.length - 1; i > 0; i--) {
    const from = /[-–—]/.test(text[i] ?? '') && /\s/.test(text[i - 1] ?? '') ? i - 1 : /[,"”]/.test(text[i] ?? '') ? i : -1;
    if (from >= 0 && TRAILING.test(text.slice(from))) return { index: from };
  }
  return null;
}

/** After a reporting verb, only where or how it was said ("said in a statement.", "said on Telegram."), and a participle ("said in a stern tone, underscoring ..."). */
const NOTHING_AFTER = /^(?:\s*(?:in|on|at|during|after|to|via|through)\b[^,;:"“]{0,80})?(?:,\s*\w+ing\b[^;:"“]{0,120})?[.!?]?\s*$/i;
/** "an informed source", "a senior official", "diplomatic sources": a teller nobody names, right before the verb. */
const UNNAMED_TELLER = /\b(?:an?|the|two|three|several)\s+(?:[\w-]+\s+){0,3}?(?:sources?|officials?|diplomats?|aides?|insiders?)\s+(?:also\s+)?$/i;
/** "On Tuesday, an informed source told Sputnik that ...": an unnamed teller who told an outlet, up to "that". */
const UNNAMED_TOLD_OUTLET = /^[^;:"“”]*?\b(?:an?|the|two|three|several)\s+(?:[\w-]+\s+){0,3}?(?:sources?|officials?|diplomats?|aides?|insiders?)\s+(?:also\s+)?told\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}that\s+/;

/** "... and said", "... and later told": "and" right before the reporting verb joins it to a verb before. */
const AND_BEFORE_VERB = /\s(?:,\s*)?and\s+(?:also\s+|then\s+|later\s+)?$/;
/** Before the first person of a sentence: only their titles (a capitalised word, a possessive, "of", "the"). */
const ONLY_TITLES = /^\s*(?:(?:[\p{Lu}][\p{L}.’'-]*(?:['’]s)?|of|for|the)\s+)*$/u;

/**
 * "Rubio met Lavrov on Thursday and said the talks were frank": a reporting verb joined by "and" to a verb of the
 * person who opens the sentence is theirs, whoever is named between (the first verb's object); the words before "and"
 * are a clause of their own, which tells its own event.
 */
function coordinatedTeller(text: string, offset: number, verb: number, mentions: PersonMention[]): { teller: PersonMention; and: number; after: number } | null {
  const and = AND_BEFORE_VERB.exec(text.slice(0, verb - offset));
  const first = mentions.filter((m) => m.start >= offset && m.end <= verb).sort((a, b) => a.start - b.start)[0];
  if (!and || !first || !ONLY_TITLES.test(text.slice(0, first.start - offset))) return null;
  if (!OWN_VERB_BEFORE.test(text.slice(first.end - offset, and.index))) return null;
  return { teller: first, and: offset + and.index, after: verb };
}

/** A reported clause before its speaker is longer than a fronted date or place ("On Friday, X said"). */
const TRAILING_MIN = 30;
/**
 * Rule "a fronted occasion is no reported clause": "In a telephone conversation on Friday, X told Y that ...", "During
 * their phone conversation, X told Y ...": a phrase of occasion alone before the comma (a preposition, a determiner and
 * words with no comma of their own) before a teller whose verb reports after "that" is when and where the teller
 * spoke, however long, not words the teller reported.
 */
const FRONTED_OCCASION_ONLY = /^\s*(?:In|During|At|Over|Amid)\s+(?:a|an|the|his|her|their|its|this|that)\s[^,;:"“”]*$/;
/** The teller's verb goes on to what was said, after "that" ("told Sharif that Turkey ..."): the words after it are reported. */
const REPORTS_AFTER = /^[,"”]?\s*[^,;]*?\b(?:said|says|told|tells|informed|assured|stressed)\b[^,;]*?\bthat\b/;

/**
 * "..., Ukraine's Foreign Minister Andrii Sybiha said in a statement.", "..., US Secretary of State Marco Rubio said.":
 * between the comma that closes the reported words and the speaker's name, only the speaker's title (capitalised words,
 * a possessive, and the small words titles hold: "of", "for", "the").
 */
const CLOSED_BEFORE_TITLED_SPEAKER = /[,"”]\s*(?:(?:[\p{Lu}][\p{L}.’'-]*(?:['’]s)?|of|for|the)\s+){0,8}$/u;

/**
 * "Putin announced the surprise one-day ceasefire, ordering ...": announcing an act named by its noun is that act, not a
 * report of a clause; "announced the ceasefire had been extended" reports one (a verb follows the noun).
 */
const ANNOUNCED_ACT = /^\s+(?:an?|the|new|fresh|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:ceasefire|truce|sanctions|talks|negotiations|summit|withdrawal|suspension|exchange|swap|deadline|ultimatum)\b(?!\s+(?:had|has|have|was|were|is|are|would|will|could|must|should)\b)/i;

/**
 * Words after "told" that name no outlet: a state (its name, capital or institution), an international organisation,
 * or an assembly one addresses in person ("told the Senate that").
 */
const NOT_AN_OUTLET = new RegExp(
  String.raw`\b(?:${[...COUNTRIES.flatMap((c) => [...c.names, ...c.cities, ...c.institutions]), ...Object.keys(ORGANISATION_FORMS), ...Object.values(ORGANISATION_FORMS).flat().map((f) => f.replace(/^the\s+/, ''))]
    .map(escapeRegExp)
    .join('|')}|Senate|Parliament|Congress|Assembly|Council|Committee|Cabinet|Duma|Lok\s+Sabha|Rajya\s+Sabha)(?![\w.])`,
);

/** Rule "told an outlet": the reporting words "told X ... that" name an outlet when X is no person the text names, nor a state or a body. */
function toldAnOutlet(verb: string, at: number, mentions: PersonMention[]): boolean | null {
  const outlet = TOLD_OUTLET_NAME.exec(verb);
  if (!outlet?.[1] || /^told\s+(?:reporters|journalists|the\s+media)\b/.test(verb)) return null;
  const start = at + outlet[0].length - outlet[1].length;
  const end = at + outlet[0].length;
  return !NOT_AN_OUTLET.test(outlet[1]) && !mentions.some((m) => m.start < end && m.end > start);
}

/**
 * Separates "who reported" from "what happened": "Leavitt said that Trump has expressed ..." makes Leavitt the
 * reporter and the rest the clause; so do "According to Bruce, ..." and a trailing "..., she said."
 */

export function findReportedClause(text: string, offset: number, mentions: PersonMention[]): ReportedClause {
  const end = offset + text.length;
  // An unnamed teller who told an outlet: what was told starts after "that", nobody being its reporter.
  const outlet = UNNAMED_TOLD_OUTLET.exec(text);
  if (outlet && !mentions.some((m) => m.start >= offset && m.end <= offset + outlet[0].length)) {
    return { reporter: null, clause: { start: offset + outlet[0].length, end }, reporting: { start: offset, end: offset + outlet[0].length } };
  }
  for (const v of text.matchAll(LEAD_VERB)) {
    const vs = offset + v.index;
    const ve = vs + v[0].length;
    if (ve >= end - 12) continue;
    if (/^(?:announced|revealed)\b/i.test(v[0]) && ANNOUNCED_ACT.test(text.slice(v.index + (/^\w+/.exec(v[0])?.[0].length ?? 0)))) continue;
    const outlet = toldAnOutlet(v[0], vs, mentions);
    if (outlet === false) continue;
    const according = v[0].toLowerCase().startsWith('according');
    const owned = /^['’]s\s/.test(v[0]);
    // "..., said US spokesperson Tammy Bruce": the subject follows an inverted verb.
    // "Jaiswal, the spokesperson of the MEA, said": a comma that closes an appositive is not an inversion.
    const inverted = /,\s*$/.test(text.slice(0, v.index)) && !mentions.some((m) => m.start >= offset && m.end <= vs && APPOSITIVE.test(text.slice(m.end - offset, v.index)));
    const comma = text.indexOf(',', v.index);
    // "According to X, ...": X is before the comma; "..., said X": X follows the verb.
    const limit = according ? (comma < 0 ? offset : offset + comma) : end;
    const subject = owned
      ? (mentions.find((m) => m.end === vs) ?? null)
      : according || inverted
        ? (mentions.find((m) => m.start >= ve && m.start - ve < 50 && m.end <= limit) ?? null)
        : subjectBefore(text, offset, vs, mentions);
    // "Putin's claim that Kyiv attacked was rejected by ...": a saying that opens its sentence is its subject, and what it
    // reported ends at the sentence's own verb; only one the sentence's words take as their object reports to the end.
    if (owned && (!subject || !OWN_VERB_BEFORE.test(text.slice(0, subject.start - offset)))) continue;
    // Rule "the subject set off before its source": "Putin, according to his aide X, used the call to restate ...",
    // "Sharif, who, according to a release, briefed him": the act is the subject's, told by X; the source is a
    // parenthesis inside the sentence, whose words before and after are one clause.
    const setOffSubject = according && comma >= 0 ? SUBJECT_BEFORE_SOURCE.exec(text.slice(0, v.index)) : null;
    const beforeSource = setOffSubject ? offset + setOffSubject.index : -1;
    const setOffAfter = setOffSubject !== null && (/\bwho\s*$/.test(text.slice(0, setOffSubject.index)) || mentions.some((m) => m.end === beforeSource && m.start >= offset));
    if (setOffSubject && setOffAfter && OWN_VERB_AFTER_SOURCE.test(text.slice(comma + 1))) {
      return { reporter: subject?.personId ?? null, clause: { start: offset, end }, reporting: { start: offset + setOffSubject.index, end: offset + comma + 1 }, setOff: true };
    }
    if (inverted && subject) return { reporter: subject.personId, clause: { start: offset, end: vs }, reporting: { start: vs, end } };
    const afterComma = according ? comma : -1;
    if (according && afterComma < 0) continue;
    // "an informed source told Sputnik that ...": an unnamed teller still separates the telling (and its date) from
    // what was told, though nobody is its reporter.
    if (!subject && !according && UNNAMED_TELLER.test(text.slice(0, v.index))) return { reporter: null, clause: { start: ve, end }, reporting: { start: offset, end: ve } };
    // "The Kremlin said on Monday that talks would take place on Friday": an institution's telling (with its date) is
    // its own clause, read for the institution's statement; what it told is the reported clause.
    if (!subject && !according && /\bthat\s*$/.test(v[0]) && institutionSubjectBefore(text, 0, v.index)) {
      return { reporter: null, clause: { start: ve, end }, reporting: { start: offset, end: ve }, before: { start: offset, end: ve } };
    }
    if (!subject && !according) continue;
    // "Moscow and Kyiv agreed to a swap, Medinsky, who led the delegation, said in a statement.": the words before
    // the speaker are what was reported, when nothing is reported after the verb.
    if (subject && !according && subject.start - offset > TRAILING_MIN && CLOSED_BEFORE_TITLED_SPEAKER.test(text.slice(0, subject.start - offset)) && NOTHING_AFTER.test(text.slice(ve - offset))) {
      return { reporter: subject.personId, clause: { start: offset, end: subject.start }, reporting: { start: subject.start, end } };
    }
    const clauseStart = according ? offset + afterComma + 1 : ve;
    // The words before the owner of a saying are a clause of their own ("Zelensky rejected Putin's claim that ..."), told
    // by the article; the reporting words are the owner's.
    if (owned && subject) return { reporter: subject.personId, clause: { start: clauseStart, end }, reporting: { start: subject.start, end: clauseStart }, before: { start: offset, end: subject.start } };
    const coordinated = subject && !according ? coordinatedTeller(text, offset, vs, mentions) : null;
    // Rule "the teller's own verb before 'and'" (round x21): whether the subject found is the teller ("Sharif spoke to
    // Erdogan and said ...", the object standing after a preposition) or the object ("Rubio met Lavrov and said ..."),
    // the words before "and" are a clause of their own: its contact is read there, not lost inside the reporting words.
    if (coordinated) {
      return { reporter: coordinated.teller.personId, clause: { start: clauseStart, end }, reporting: { start: coordinated.after, end: clauseStart }, before: { start: offset, end: coordinated.and } };
    }
    const tellers = subject && !according ? tellersOf(text, offset, vs, subject, mentions) : [];
    // "X, who said ... that ..., met Y": what was said ends where the teller's own verb goes on.
    const goesOn = subject && !according && RELATIVE_WHO.test(text.slice(subject.end - offset, v.index)) ? MAIN_VERB_AFTER_RELATIVE.exec(text.slice(clauseStart - offset)) : null;
    const mainStart = goesOn ? clauseStart + goesOn.index : null;
    const found = { reporter: subject?.personId ?? null, clause: { start: clauseStart, end: mainStart ?? end }, reporting: { start: offset, end: clauseStart }, ...(tellers.length > 1 ? { tellers } : {}), ...(mainStart !== null ? { mainAfter: { start: mainStart, end } } : {}), ...(outlet ? { toldOutlet: true } : {}) };
    return subject && !according ? withClauseBefore(text, offset, subject, found) : found;
  }
  const t = trailingReport(text);
  if (t) {
    const ts = offset + t.index;
    const who = mentions.find((m) => m.start >= ts && m.end <= end);
    // "In a call on Friday, X told Y that ...": a fronted phrase is no reported clause.
    if (who && ts > offset + TRAILING_MIN && !(FRONTED_OCCASION_ONLY.test(text.slice(0, t.index)) && REPORTS_AFTER.test(text.slice(t.index)))) return { reporter: who.personId, clause: { start: offset, end: ts }, reporting: { start: ts, end } };
  }
  return { reporter: null, clause: { start: offset, end }, reporting: null };
}

/**
 * Rule "the teller named after": "Poland has requested the Alliance to invoke Article 4. This was stated by Prime
 * Minister Donald Tusk.": a sentence that only says who told the one before it ("This was stated by X", "That was
 * announced by X") names the teller of that sentence's news. The person named after "by" (a title may stand before the
 * name), or null when the sentence is not such a one or names no person.
 */
const TOLD_BY_AFTER = /^(?:This|That|It)\s+was\s+(?:stated|said|announced|declared|confirmed|reported|noted)\s+by\s+/;

export function tellerNamedAfter(text: string, offset: number, mentions: PersonMention[]): PersonMention | null {
  const lead = TOLD_BY_AFTER.exec(text);
  if (!lead) return null;
  const teller = mentions.find((m) => m.start >= offset + lead[0].length && m.end <= offset + text.length);
  return teller && ONLY_TITLES.test(text.slice(lead[0].length, teller.start - offset)) ? teller : null;
}
