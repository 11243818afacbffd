import type { Range } from '../types';
import { HOLDS_OBJECT_TO_ACCOUNT } from '../lexicon/reporting-verbs';
import { COUNTRY_WORD_SOURCE } from '../people/country-words';
import { MONTH_WRITTEN_OUT, WEEKDAY_WRITTEN_OUT } from '../lexicon/calendar-words';
import { describingWords } from '../lexicon/describing-words';
import { NAME_TAIL, TITLE_RUN } from '../lexicon/lists-of-people';
import { SITTING_NOUNS } from '../lexicon/act-verbs';
import { WITH_PLAN_BREAK } from './with-plan';

/**
 * Where one clause of a sentence ends and another begins: a subordinating word ("after", "while", "as"), a contrasting
 * "yet" ("Trump claims success yet India denies talks", not "has yet to" nor "not yet"), a relative pronoun after a
 * comma, a semicolon or a dash. Words of one verb do not reach across these. A ", with" before a plan (with-plan.ts)
 * opens a clause of its own: "..., with the commanders due to hold talks on Sunday".
 */
const CLAUSE_BREAK = new RegExp(String.raw`,?\s+(?:after|before|while|(?<!\bwell\s+)as(?!\s+well\s+as\b)|but|although|though|because|whereas|when|following|amid|even\s+as|that)\s+|(?<!\bnot),?\s+yet\s+(?!to\b)|\s*[;—–]\s*|\s+-\s+|,\s+(?:who|which|where|whose)\b|,[”"]?\s+(?:and|but)\s+|${WITH_PLAN_BREAK}`, 'gi');

/**
 * The stretch of the clause between the breaks around a verb. `keep` holds where a ", and" closes a list rather than a
 * clause (`serialListCommas`): no break there.
 */
export function clauseSegment(body: string, clause: Range, at: Range, keep: ReadonlySet<number> = new Set()): Range {
  const text = body.slice(clause.start, clause.end);
  let start = clause.start;
  let end = clause.end;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const s = clause.start + m.index;
    const e = s + m[0].length;
    if (keep.has(s)) continue;
    if (e <= at.start) start = e;
    else if (s >= at.end) {
      end = s;
      break;
    }
  }
  return { start, end };
}

/** Between two people of a list: a comma and the next one's title. */
const LIST_COMMA = new RegExp(String.raw`^${NAME_TAIL}\s*,\s*${TITLE_RUN}$`, 'u');
/** Between the last two people of a list with the serial (Oxford) comma: ", and" and the last one's title. */
const SERIAL_AND = new RegExp(String.raw`^${NAME_TAIL}\s*,\s+and\s+${TITLE_RUN}$`, 'u');

/**
 * "Macron, Starmer, and Merz travelled to Kyiv", "spoke with A, B, and C": a ", and" after people joined by a comma
 * and before one more person closes their list (the serial comma), not a clause. Returns where each such comma stands.
 * "Lavrov met Rubio, and Peskov said" has no comma between two people before it: a clause ends there.
 */
export function serialListCommas(body: string, people: readonly Range[]): Set<number> {
  const ordered = [...people].sort((a, b) => a.start - b.start);
  const out = new Set<number>();
  for (let i = 2; i < ordered.length; i++) {
    const [a, b, c] = [ordered[i - 2], ordered[i - 1], ordered[i]];
    if (!a || !b || !c || !LIST_COMMA.test(body.slice(a.end, b.start))) continue;
    const gap = body.slice(b.end, c.start);
    if (SERIAL_AND.test(gap)) out.add(b.end + gap.indexOf(','));
  }
  return out;
}

/** "if terrorist attacks from Pakistan continue", "unless India strikes": a condition, up to three words of its subject. */
export const CONDITION_BEFORE = String.raw`\b(?:if|unless)\s+(?:[\p{L}-]+\s+){0,3}$`;

/**
 * "his priorities if a meeting with Trump were to take place", "if Putin were to meet him": a contact put as a condition
 * (its noun right after "if" or "unless", or its verb after "were to") is not one that happened or is planned.
 */
const CONDITIONAL = String.raw`\b(?:if|unless)\s+(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+)?$|\bwere\s+to\s+$`;

/**
 * "could reject", "might meet", "might personally reach out" (an adverb between, not after the month "May"), "must agree", "did not attend", "never visited", "has neither closed ... nor banned", "no new sanctions",
 * "not against a third round of talks", "no problem engaging in negotiations" (a readiness), "without third-party
 * negotiations": not something that happened or is planned. "May" after a day's number is the month ("Russia on 10
 * May struck Kyiv"), not the modal.
 */
const NEGATED_OR_HYPOTHETICAL = new RegExp(String.raw`\b(?:could|might|(?<!\b\d{1,2}(?:st|nd|rd|th)?\s+)may|should|can|must|needs?\s+to)\s+(?:not\s+|also\s+|still\s+|even\s+|first\s+)?$|\b(?:could|might|should|can|must)\s+\w+ly\s+$|\b(?:not|never|n['’]t|neither|nor)\s+(?:\w+ly\s+)?$|\bno\s+$|\bno\s+(?:problem|objection)s?\s+(?:with\s+)?(?:engaging\s+in|holding|having|starting|joining|resuming)\s+(?:[\w-]+\s+)?$|\bwithout\s+(?:any\s+)?(?:[\w-]+\s+)?$|\b(?:instead\s+of|rather\s+than)\s+$|\bnot\s+(?:be\s+)?(?:against|opposed\s+to)["”’']?\s+(?:an?\s+|the\s+|any\s+)?(?:(?:new|further|another|fresh|first|second|third|fourth|next)\s+)?(?:rounds?\s+of\s+)?$|${CONDITIONAL}|${CONDITION_BEFORE}`, 'iu');

/**
 * "No military sites have been targeted", "None of the drones were intercepted", "No talks were held": a subject
 * denied by "no" or "none of", at the start of its clause or of what someone said, denies the verb of its clause. Up
 * to five words of the subject, then its auxiliaries.
 */
const NEGATED_SUBJECT = /(?:^[\s"“‘']*|\b(?:said|says|added|stated|claimed|insisted|confirmed|announced)\s+(?:that\s+)?)(?:no|none\s+of\s+(?:the|its|their))\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:(?:have|has|had|was|were|is|are|will|would)\s+)?(?:(?:been|be)\s+)?$/iu;

/** "Trump invited Modi, who was in Canada, to visit the US": a visit offered, not made (its "to" may come well after). */
const INVITED_TO = /\binvit(?:ed|es|ing)\s+[^.;]{0,80}?\bto\s+$/i;

/**
 * "urged Putin to meet him", "asked Moscow to hold talks", "wants to meet Putin", "has sought to meet", "threatened to
 * strike", "refused to attend": an act wished for, asked for, threatened or refused, right after its "to", has not
 * happened (the asking, the threat or the refusal is an event of its own when its verb is a cue). In lower case, as
 * verbs are ("Press TV" is no pressing), and within one clause (not past "that", "who", "which"); the verb may open a
 * quotation ("wants direct talks to “negotiate an end”").
 */
const WISHED_FOR = /\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|upon)|press(?:es|ed|ing)?|encourag(?:e|es|ed|ing)|challeng(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|want(?:s|ed|ing)?|hop(?:e|es|ed|ing)|seek(?:s|ing)?|sought|wish(?:es|ed|ing)?|would\s+like|keen|eager|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|demand(?:s|ed|ing)?|threat(?:en|ens|ened|ening)|vow(?:s|ed|ing)?|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|pressur(?:e|es|ed|ing)|forc(?:e|es|ed|ing)|get|gets|getting|got)\s+(?:(?:(?!\b(?:that|who|which)\b)[^.;:!?"“”]){0,60}?\s)?to\s+["“‘]?$/;
/**
 * "insisted that Putin agree to a ceasefire", "demanded that Russia withdraw", "demanded Ukraine “immediately” hold talks":
 * the act a demand's "that" clause asks for ("that" may be left out after "demanded" and the party named).
 */
const ASKED_THAT = /\b(?:insist(?:s|ed|ing)?|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|recommend(?:s|ed|ing)?)\s+that\s+(?:[\p{L}'’.-]+\s+){1,4}$|\bdemand(?:s|ed|ing)?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:["“‘]?\p{Ll}+ly["”’]?\s+)?$/u;
const WISHED_FOR_REACH = 90;

/**
 * "said he hoped to speak with Trump on Friday", "hopes to meet Erdogan in Ankara on 3 June": a contact its subject hopes
 * for on a day named right after it (its counterpart and place between) is a plan, not only a wish ("hopes to meet him
 * one day" stays one).
 */
const HOPED_TO = /\bhop(?:e|es|ed|ing)\s+to\s+$/i;
const ON_A_DAY_AFTER = new RegExp(String.raw`^(?:\s+(?!(?:but|if|when|once|after|before|that)\b)[\p{L}.'’-]+){0,8}?\s+(?:on\s+(?:${WEEKDAY_WRITTEN_OUT}|${MONTH_WRITTEN_OUT}\s+\d|\d{1,2}\s+${MONTH_WRITTEN_OUT})|tomorrow|next\s+(?:week|${WEEKDAY_WRITTEN_OUT}))\b`, 'iu');

/**
 * Rule "warned against an act": "warned Zelensky on Monday against rejecting the plan", "cautioned Delhi against
 * escalating": the one warned has not done what they are warned against (the warning is its teller's event).
 */
const WARNED_AGAINST = /\b(?:warn|caution|advis)(?:e|es|ed|s|ing)?\s+(?:(?:(?!\b(?:that|who|which)\b)[^.;:!?"“”]){0,60}?\s)?against\s+$/;

export function isOnlyWishedFor(body: string, from: number, at: Range): boolean {
  const before = body.slice(Math.max(from, at.start - WISHED_FOR_REACH), at.start);
  if (HOPED_TO.test(before) && ON_A_DAY_AFTER.test(body.slice(at.end, at.end + 100))) return false;
  return WISHED_FOR.test(before) || ASKED_THAT.test(before) || WARNED_AGAINST.test(before);
}

/**
 * "denied that it had closed its airspace", "rejected claims that Indian jets had struck", "denied having shut the
 * crossing": an act someone denies is not told as done (the denial itself is the rejection cue's event). Up to four
 * words of the "that" clause's subject and auxiliaries before the verb, or none where the cue's words hold its
 * subject ("denied that militants it backs killed", "denied that Sumy was hit by its missiles").
 */
const DENIED_ACT = /\b(?:(?:den(?:y|ies|ied|ying)|(?:rejected|dismissed|refuted|rejects|dismisses|refutes)\s+(?:the\s+|as\s+)?(?:[\w-]+\s+)?(?:claims?|reports?|allegations?|suggestions?|charges?|accusations?))\s+that\s+(?:[\p{L}'’.-]+\s+){0,4}|den(?:y|ies|ied|ying)\s+(?:ever\s+)?(?:having\s+)?)$/iu;
const DENIED_REACH = 90;

export function isDenied(body: string, from: number, at: Range): boolean {
  return DENIED_ACT.test(body.slice(Math.max(from, at.start - DENIED_REACH), at.start));
}

export function isNegatedOrHypothetical(body: string, from: number, at: Range): boolean {
  return NEGATED_OR_HYPOTHETICAL.test(body.slice(Math.max(from, at.start - 30), at.start)) || NEGATED_SUBJECT.test(body.slice(from, at.start)) || INVITED_TO.test(body.slice(Math.max(0, at.start - 100), at.start));
}

/**
 * Rule "incident's attribution": "a bombing in Kashmir on April 22 that New Delhi has blamed on Islamabad", "the
 * massacre in Pahalgam, which India blamed on Pakistan": blame told in a relative clause of the incident's noun says
 * whom the incident is laid at, as background of that incident, not a new act of accusing (a blame told in a clause
 * of its own, "India blamed Pakistan for the attack", stays one). Up to eight words (where, when) between the noun
 * and "that"/"which", up to three words of the blamer's name before the verb.
 */
const INCIDENT_THEN_RELATIVE = /\b(?:attacks?|strikes?|bombings?|blasts?|explosions?|incidents?|massacres?|killings?|shootings?|assaults?|ambush)\b(?:\s+[^\s,.;:!?]+){0,8}?\s*,?\s+(?:that|which)\s+(?:[\p{L}.'’-]+\s+){1,3}(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?$/iu;
const INCIDENT_RELATIVE_REACH = 160;

export function isIncidentAttribution(body: string, from: number, at: Range): boolean {
  return INCIDENT_THEN_RELATIVE.test(body.slice(Math.max(from, at.start - INCIDENT_RELATIVE_REACH), at.start));
}

/** "postponed his visit", "called off the talks": the thing named did not take place. */
const CALLED_OFF = /\b(?:postpone[sd]?|cancell?ed|cancels?|called\s+off|calls\s+off|put\s+off|scrapped|shelved|deferred)\s+(?:his|her|their|its|the|a|an)?\s*(?:[\w-]+\s+){0,2}$/i;

/**
 * "his planned summit with Putin in Budapest would not go ahead", "the visit was postponed": a contact named and
 * then called off in its own clause. Up to eight words (whom and where) between the noun and the calling off.
 */
const CALLED_OFF_AFTER = /^(?:\s+[\w’'-]+){0,8}?\s+(?:(?:would|will|did)\s+not\s+(?:go\s+ahead|take\s+place|happen)|(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:cancell?ed|called\s+off|postponed|scrapped|shelved|put\s+on\s+hold|put\s+off))\b/i;
const CONTACT_NOUN = /\b(?:summit|meeting|talks|visit|trip|negotiations|call)\b/i;

export function isCalledOff(body: string, from: number, at: Range, to = at.end): boolean {
  if (CALLED_OFF.test(body.slice(Math.max(from, at.start - 50), at.start))) return true;
  return CONTACT_NOUN.test(body.slice(at.start, at.end)) && CALLED_OFF_AFTER.test(body.slice(at.end, Math.max(at.end, to)));
}

/**
 * "were scheduled to meet on the sidelines, but it could not fructify": a plan the next clause says fell through. Only
 * a plan ("scheduled to", "due to", "expected to", "planned to" before the verb) and a "but" clause that refers back to it.
 */
const PLANNED_BEFORE = /\b(?:scheduled|due|expected|set|planned|slated|supposed)\s+to\s+$/i;
const FELL_THROUGH = /^[^.;]{0,80}?,?\s+but\s+(?:it|this|that|the\s+[\w-]+)\s+(?:could\s+not|couldn['’]t|did\s+not|didn['’]t|never|failed\s+to)\s+(?:fructify|materiali[sz]e|happen|take\s+place|go\s+ahead|come\s+about)\b|^[^.;]{0,80}?,?\s+but\s+(?:it|this|that|the\s+[\w-]+)\s+fell\s+through\b/i;

export function fellThrough(body: string, at: Range, to: number): boolean {
  return PLANNED_BEFORE.test(body.slice(Math.max(0, at.start - 30), at.start)) && FELL_THROUGH.test(body.slice(at.end, Math.max(at.end, to)));
}

/**
 * The words of tense or plan between a subject and its verb ("will", "is set to", "are expected to"): they say when
 * the subject acts, not that someone else does. The participle alone too ("..., with the two delegations due to meet
 * again", with-plan.ts).
 */
const PLAN_BEFORE_VERB = String.raw`will|would|(?:(?:is|are|was|were)\s+)?(?:set|due|expected|scheduled|slated|likely|poised|planning|going)\s+to|plans?\s+to|intends?\s+to`;
/** One word or phrase that may stand between a subject and its verb without being a verb of the clause ("managed to" tells the verb done). */
const GAP_WORD = String.raw`on\s+\w+(?:\s+\w+)?|has|have|had|is|are|was|were|also|then|later|earlier|today|yesterday|tonight|overnight|reportedly|jointly|finally|managed\s+to|\w+ly|\([^)]{1,40}\)`;
const gapOf = (words: string) => String.raw`(?:\s*,?\s*(?:${words})\s*,?)*\s*`;
/**
 * "both sides said they would each exchange 1,000 prisoners": the two parties telling what they will do, "they" standing
 * for them; the act told is theirs (the saying is an event of its own).
 */
const SAID_THEY = String.raw`(?:said|say|says|agreed|announced|confirmed)\s+(?:that\s+)?they`;
/** Words between a subject and its verb that are not themselves a verb of the clause. */
const GAP = gapOf(GAP_WORD);
/**
 * The same between two people or sides named as one subject and their verb, with the words of a plan ("the two sides
 * are set to meet", "the pair will travel"); a body's plan ("the committee will meet") names no one who acts.
 */
const PAIR_GAP = gapOf(`${PLAN_BEFORE_VERB}|${GAP_WORD}|each|${SAID_THEY}`);

/**
 * Rule "the two, described": "the two nuclear-armed neighbours", "both warring sides", "the two South Asian rivals": up
 * to two words that describe the pair stand between "the two" (or "both") and its noun, as they do before any noun.
 */
const PAIR_DESCRIBED = describingWords(2);

/**
 * "The two sides met", "the DGMOs of both countries held", "both nations announced", "the military operations chiefs
 * of Pakistan and India spoke": the two parties together (an office of two named states is held by both).
 */
const COLLECTIVE = new RegExp(String.raw`\b(?:the\s+two\s+${PAIR_DESCRIBED}(?:sides|countries|nations|neighbou?rs|rivals|adversaries|governments|leaders|delegations|militaries|armies|parties|ministers|presidents|envoys|men|women)|the\s+(?:parties|pair|duo)|both\s+${PAIR_DESCRIBED}(?:sides|countries|nations|neighbou?rs|rivals|adversaries|governments|parties|leaders)|(?:[\w()-]+\s+){1,8}?(?:of|from)\s+(?:the\s+)?(?:two|both)\s+(?:countries|nations|sides)|(?:[\w()-]+\s+){1,8}?(?:of|from)\s+(?:${COUNTRY_WORD_SOURCE})\s+and\s+(?:${COUNTRY_WORD_SOURCE}))${PAIR_GAP}$`, 'i');

export function collectiveSubjectBefore(body: string, from: number, at: number): boolean {
  return COLLECTIVE.test(body.slice(Math.max(from, at - 120), at));
}

/** A body that acts for a state or an organisation: "the UN Security Council", "the defence ministry", "military officials", "the Treasury Department", "the European Union". */
/**
 * A group named by the bloc or region it comes from, with no names ("European leaders", "Western officials", "G7
 * allies", "dozens of Western countries"): it acts as a body does, for the states its clause names, never as the person
 * named last.
 */
const UNNAMED_GROUP = String.raw`(?:(?:dozens|scores|a\s+number|a\s+group|several|many|most)\s+of\s+)?(?:European|Western|Arab|Gulf|world|global|G7|G-7|G20|NATO|Nato|EU|allied)\s+(?:leaders|allies|diplomats|partners|governments|capitals|countries|nations|states)`;
/**
 * "The General Assembly passed a resolution condemning ...", "the cabinet adopted a declaration on Tuesday demanding
 * ...": a text a body votes or adopts, between the body and the gerund it is the vehicle of, makes the gerund the body's
 * act. (A statement it issues is a statement cue of its own.)
 */
const WRITTEN_ACT = String.raw`(?:\s+(?:\w+ly\s+)?(?:passed|adopted|approved|issued|released)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?(?:resolution|declaration|motion)(?:\s+on\s+\w+)?\s*,?\s*)?`;
const INSTITUTION = new RegExp(String.raw`\b(?:${UNNAMED_GROUP}|Security\s+Council|General\s+Assembly|[Aa]ssembly|[Cc]ouncil|[Gg]overnment|[Mm]inistry|[Aa]rmy|[Mm]ilitary|[Aa]rmed\s+[Ff]orces|[Ff]orces|[Oo]fficials|[Mm]inisters|[Bb]loc|[Ss]pokes(?:person|man|woman)|[Dd]elegation|[Bb]ody|[Aa]uthority|[Cc]abinet|Parliament|Senate|[Aa]dministration|[Ff]oreign\s+[Oo]ffice|Air\s+Force|Navy|[Cc]ommittee|[Aa]gency|[Pp]olice|[Ee]mbassy|[Hh]igh\s+[Cc]ommission|Kremlin|White\s+House|Treasury|[Dd]epartment|European\s+Union|European\s+Commission|EU)(?:\s*\([A-Z]+\))?${GAP}${WRITTEN_ACT}$`);

export function institutionSubjectBefore(body: string, from: number, at: number): boolean {
  return INSTITUTION.test(body.slice(Math.max(from, at - 80), at));
}

/** A cue that is a noun ("talks with", "dialogue between", "a meeting") names an event only when it is not a topic. */
const NOUN_CUE = /^(?:(?:face-to-face|one-on-one)\s+)?(?:talks|dialogue|discussions?|conversations?|negotiations?|negotiating|peace\s+talks|meeting|summit|ceasefire|truce|(?:new\s+)?sanctions)\b/i;
/** "met to discuss air defence, arms and new sanctions": what a contact was about is its topic (a list of up to eight words before it). */
const DISCUSSED = /\b(?:discuss(?:ed|es|ing)?|talk(?:ed|s|ing)?\s+about|focus(?:ed|es|ing)?\s+on)\s+(?:[\p{L}\p{N}'’-]+,?\s+){0,8}$/iu;
/** "support for direct dialogue", "plans for a meeting", "hopes of peace talks": what is wanted, not what happened. */
const TOPIC_BEFORE = /\b(?:for|of|about|towards?|over|on|to)\s+(?:(?:an?|the|this|that|these|those|their|its|direct|further|new|more|fresh|possible|future|any)\s+){0,2}$/i;
/**
 * "requested direct talks", "proposed a summit", "a possible meeting", "no negotiations", "the next step is to
 * organise a meeting", "to force Russia to engage in peace talks", "could abandon peace talks", "warned of withdrawing
 * from negotiations": talks asked for,
 * aimed at, merely possible, left or denied are not talks held (the asking is an event of its own, read by its own cue).
 */
const WANTED_OR_DENIED = /\b(?:request(?:ed|s|ing)?|sought|seeks?|seeking|wants?|wanted|propos(?:ed|es|ing)|suggest(?:ed|s|ing)|possible|potential|hypothetical|eventual|future|prospective|no|(?:arrang|organi[sz]|prepar)ing|to\s+(?:organi[sz]e|arrange|set\s+up|secure|prepare|host|engage\s+in|enter(?:\s+into)?|come\s+to|return\s+to|join)|(?:abandon|quit|walk\s+away\s+from|leave)(?:s|ed|ing)?|withdr(?:aw|aws|awing|awn|ew)\s+from|(?:pull|back)(?:s|ed|ing)?\s+out\s+of)\s+(?:(?:an?|the|direct|further|new|more|fresh|face-to-face|high-level|bilateral|peace|its|their)\s+){0,2}$/i;

/** "amid negotiations at the White House", "in the middle of peace negotiations": the backdrop of the clause ("amid" opens a segment of its own, so looked for across it). */
const AMID = /\b(?:amid(?:st)?|in\s+the\s+(?:middle|midst)\s+of)\s+(?:(?:the|ongoing|continuing|renewed|fresh|new|intense|peace)\s+){0,2}$/i;

/**
 * Rule "prepared for": "to lay the groundwork for formal peace talks", "to get ready for his summit with Putin", "paving
 * the way for a meeting between the two leaders": a contact that something prepares, with no day of its own, is still
 * to come and not held ("preparing for the meeting on Friday" is a planned one). Up to three words of its modifiers
 * ("formal Ukraine peace") between the "for" and the noun.
 */
const PREPARED_FOR = /\b(?:prepar(?:e|es|ed|ing)|(?:get|gets|getting|got)\s+ready|pav(?:e|es|ed|ing)\s+the\s+way|(?:lay|lays|laid|laying)\s+the\s+(?:groundwork|ground|foundations?)|(?:set|sets|setting)\s+the\s+stage|(?:work|works|worked|working|push|pushes|pushed|pushing)\s+(?:towards?|for))\s+(?:for\s+)?(?:(?:an?|the|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,3}$/i;
const PREPARED_REACH = 70;

/** A day named after a contact's noun, in its own words ("the meeting ... on Friday", "talks next week"). */
const OWN_DAY_AFTER = new RegExp(String.raw`\b(?:on|this|next|by)\s+(?:${WEEKDAY_WRITTEN_OUT}|${MONTH_WRITTEN_OUT}|\d)|\b(?:today|tomorrow|tonight|next\s+(?:week|month))\b`, 'i');

/** Whether a contact noun is only prepared for (rule "prepared for"); one with a day of its own is a planned contact. */
export function isOnlyPrepared(body: string, segment: Range, at: Range): boolean {
  return NOUN_CUE.test(body.slice(at.start, at.end)) && PREPARED_FOR.test(body.slice(Math.max(segment.start, at.start - PREPARED_REACH), at.start)) && !OWN_DAY_AFTER.test(body.slice(at.end, segment.end));
}

/** How far before a contact noun the words that wish for it or leave it may begin. */
const TOPIC_REACH = 40;

export function isTopicNoun(body: string, from: number, at: Range): boolean {
  const before = body.slice(Math.max(from, at.start - TOPIC_REACH), at.start);
  // "a round of talks", "the first round of negotiations" are the talks themselves; so is their length ("two days of
  // talks", "hours of negotiations", round x20).
  if (!NOUN_CUE.test(body.slice(at.start, at.end))) return false;
  if (AMID.test(body.slice(Math.max(0, at.start - TOPIC_REACH), at.start))) return true;
  if (WANTED_OR_DENIED.test(before) || DISCUSSED.test(before)) return true;
  // "arrived in Riyadh for talks with US officials", "is due in Istanbul for talks with Lavrov": talks a journey is made
  // for are held there (or planned, as the journey is), not a topic.
  if (JOURNEY_FOR.test(body.slice(Math.max(from, at.start - JOURNEY_REACH), at.start))) return false;
  return TOPIC_BEFORE.test(before) && !/\b(?:rounds?|days?|hours?|weeks?|sessions?)\s+of\s+$/i.test(before) && !REALISED_ON_A_DAY.test(body.slice(at.start, at.end + REALISED_REACH));
}
/**
 * Rule "a noun realised on a day": "credit for the ceasefire announced on Saturday", "the talks held in Istanbul on
 * Friday": an act's noun followed by the participle that realises it and a day of its own names the happening itself,
 * though it stands where a topic would (the date stage dates it, as background when it is).
 */
const REALISED_ON_A_DAY = new RegExp(String.raw`^[\w-]+(?:\s+(?:agreement|deal|understanding))?\s*,?\s+(?:that\s+(?:was|were)\s+)?(?:announced|agreed|reached|brokered|declared|held|signed|struck|concluded)\s+(?:(?:in|at)\s+\p{Lu}[\p{L}-]*\s+)?(?:on\s+(?:${WEEKDAY_WRITTEN_OUT}|${MONTH_WRITTEN_OUT}|\d)|last\s+(?:week|${WEEKDAY_WRITTEN_OUT})|(?:yester|to)day\b)`, 'u');
/** The noun, its participle and a place before the day. */
const REALISED_REACH = 80;
/** A journey's verb, then where it goes, then "for": what follows is what the journey is for. */
const JOURNEY_FOR = /\b(?:arriv(?:ed|es|ing)|travel(?:l?ed|s|l?ing)?|flew|fl(?:y|ies|ying)|head(?:ed|s|ing)|(?:is|are)\s+(?:due|expected)|went|go(?:es|ing)?|came|com(?:e|es|ing)|landed|(?:was|were|is|are)\s+in)\s+(?:to\s+|in\s+)?(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:(?:on|this|late|early|last|next)\s+[\p{L}]+\s+)?for\s+(?:(?:fresh|new|further|direct|high-level|more)\s+)?$/u;
const JOURNEY_REACH = 90;

/**
 * Words that describe someone rather than tell what they did, so the cue after them is no event:
 * - a habit: "has long mediated", "has repeatedly threatened", "often meets", "regularly speaks with", and a stance
 *   kept up in the present ("Russia continues to reject a ceasefire"; "continued to reject it on Monday" is an act);
 * - a role: "has been a crucial go-between in talks with", "is the main interlocutor in negotiations", and in an
 *   appositive ("X, a negotiator in earlier peace talks, criticised ...");
 * - a reputation or a brief: "is known for brokering deals", "was tasked with negotiating".
 */
const HABIT = /\b(?:(?:has|have|had)\s+(?:long|repeatedly)|continues?\s+to|often|frequently|regularly|routinely|usually|typically|traditionally|historically|habitually)\s+$/i;
const ROLE_NOUN = String.raw`(?:go-betweens?|negotiators?|delegates?|intermediar(?:y|ies)|mediators?|brokers?|conduits?|channels?|interlocutors?|players?|figures?|participants?|fixtures?|veterans?|architects?|point\s+(?:man|person|woman)|voices?|backers?|advocates?|champions?)`;
const ROLE = new RegExp(String.raw`(?:\b(?:is|was|are|were|be|been|became|becomes|become|remains?|remained|as)|,)\s+(?:an?|the|one\s+of\s+the|their|its|his|her)\s+(?:[\w-]+\s+){0,3}?${ROLE_NOUN}\s+(?:in|for|of|to|at|between|on)\s+(?:the\s+|an?\s+|any\s+)?(?:[\w'’-]+\s+){0,2}?$`, 'i');
const REPUTATION = /\b(?:known|famous|noted|renowned|remembered|praised|credited|tasked|charged|entrusted|responsible)\s+(?:for|with|as)\s+(?:[\w-]+\s+){0,2}?$/i;
/** How far before a cue a describing frame may start: a role noun, its modifiers and its preposition. */
const DESCRIPTION_REACH = 90;

export function isDescriptive(body: string, from: number, at: Range): boolean {
  const before = body.slice(Math.max(from, at.start - DESCRIPTION_REACH), at.start);
  return HABIT.test(before) || ROLE.test(before) || REPUTATION.test(before);
}

/** Words ending in "s" that are no plural noun ("its meeting", "has visited"); "-ss", "-us", "-is" words are left out by form. */
const NOT_PLURAL = /^(?:was|has|its|hers|theirs|ours|yes|whereas|perhaps|always|afterwards|towards|sometimes|besides|nevertheless)$/i;

/** Prepositions that end in "-ing" ("during a call", "following talks"): no participle, whatever their form. */
export const ING_PREPOSITIONS = String.raw`(?:during|following|regarding|concerning|including|according|pending|considering|excluding|barring|notwithstanding)`;
const ING_PREPOSITION = new RegExp(String.raw`^${ING_PREPOSITIONS}\b`, 'i');

/**
 * "European leaders visiting Kyiv", "officials attending the talks": an "-ing" form right after a plural common noun
 * qualifies that noun; it tells what unnamed people were doing, not an act of the clause's named subject. Only after
 * a plural: after other words an "-ing" word is often a noun itself ("a new meeting", "a tense briefing").
 */
export function qualifiesNounBefore(body: string, from: number, at: Range): boolean {
  if (!/^\p{L}+ing\b/iu.test(body.slice(at.start, at.end)) || ING_PREPOSITION.test(body.slice(at.start, at.end))) return false;
  const prev = /([\p{L}'’-]+)\s+$/u.exec(body.slice(Math.max(from, at.start - 30), at.start))?.[1];
  return prev !== undefined && /^\p{Ll}[\p{L}'’-]*[^siu'’]s$/u.test(prev) && !NOT_PLURAL.test(prev) && !WRITTEN_MESSAGES.test(prev);
}

/**
 * "sent four letters urging India to reconsider": after a noun of written messages the "-ing" form is what the messages
 * say, which is their sender's act of speaking, not what unnamed people were doing.
 */
const WRITTEN_MESSAGES = /^(?:letters|messages|notes|resolutions|petitions|missives|communications|dossiers)$/i;

/** "by launching", "for hosting": a gerund that tells what someone is held to account for. */
const BY_OR_FOR = /\b(?:by|for)\s+$/i;
const ACCOUNTING_VERB = new RegExp(`${HOLDS_OBJECT_TO_ACCOUNT.source.replace(/\$$/, '')}\\s+`, 'gi');

/**
 * "warned Putin he is playing with fire by launching attacks", "thanked Qatar for hosting the talks": a gerund after
 * "by" or "for", in a clause whose verb before it holds its object to account, is the object's act, not the speaker's.
 * Returns where that object stands (right after the verb), or null when the gerund is no such act.
 */
export function accountedObjectAt(body: string, from: number, at: Range): number | null {
  if (!BY_OR_FOR.test(body.slice(from, at.start))) return null;
  const verbs = [...body.slice(from, at.start).matchAll(ACCOUNTING_VERB)];
  const last = verbs.at(-1);
  return last ? from + last.index + last[0].length : null;
}

/**
 * "The delegation — which includes A, B and C — met ...", "the team (including A and B) arrived": who a group is made
 * of, set off by dashes or brackets inside its clause; neither its subject nor the ones it met.
 */
const MEMBER_LIST = /[—–(]\s*(?:which\s+(?:includes?|included|comprises?|comprised)|including|comprising)\b[^—–()]*[—–)]/g;

export function memberLists(body: string, clause: Range): Range[] {
  return [...body.slice(clause.start, clause.end).matchAll(MEMBER_LIST)].map((m) => ({ start: clause.start + m.index, end: clause.start + m.index + m[0].length }));
}

/**
 * Rule "a coordinated clause with a subject of its own": "Kyiv asked for sanctions on Monday, and the EU approved them on
 * Tuesday", "Araghchi met Jaishankar on Tuesday; Dar met Wang Yi on Wednesday": after ", and", ", but" or a semicolon,
 * a subject (a name, a pronoun, or a noun with its article) opens a clause that tells an act of its own, whose date is
 * its own words'. "and then urged", "and requested" go on with the same subject and verb, and open none. A with-phrase
 * of plan is one too ("Pakistan reopened its airspace on Tuesday, with talks scheduled for Thursday", with-plan.ts).
 */
const COORDINATION = new RegExp(String.raw`(?:,\s+(?:and|but)|;)\s+(?=(?:\p{Lu}|(?:the|an?|its|his|her|their|he|she|it|they|we)\b))|${WITH_PLAN_BREAK}`, 'gu');

/** The coordinated clause a verb stands in (rule above), or null when its clause has no such break. */
export function coordinatedClauseOf(body: string, clause: Range, at: Range): Range | null {
  let start = clause.start;
  let end = clause.end;
  for (const m of body.slice(clause.start, clause.end).matchAll(COORDINATION)) {
    const s = clause.start + m.index;
    if (s + m[0].length <= at.start) start = s + m[0].length;
    else if (s >= at.end) {
      end = s;
      break;
    }
  }
  return start === clause.start && end === clause.end ? null : { start, end };
}

/**
 * Rule "the passive's agent": "Pakistan was accused by India on Tuesday of backing the militants", "India and Pakistan
 * were urged by Guterres to show restraint", "the strike was condemned on Tuesday by Macron": a verb in the passive
 * (a form of "be" right before it) with "by" after its participle, up to six words on (when, where), names who acted;
 * what stands before the verb was acted on. Returns where the agent's words begin; null for no such passive.
 */
const PASSIVE_AUXILIARY = /\b(?:was|were|is|are|been|being|be)\s+(?:(?:also|again|\w+ly)\s+)?$/i;
const PASSIVE_AUXILIARY_REACH = 30;
/**
 * The words between the participle and "by": when and where ("on Tuesday", "in Beijing"), not a word that opens another
 * clause or phrase whose noun "by" may belong to ("held in abeyance until terrorism by Pakistan stops").
 */
const BY_AFTER_PARTICIPLE = /^(?:\s+(?!(?:by|until|and|or|but|after|before|when|while|that|which|who|because|as|if|unless|since|for|of|to|with)\b)[^\s,.;:!?"“”]+){0,6}?\s+by\s+(?:the\s+)?/i;

/**
 * Rule "a reduced relative's agent": a cue told by an event noun and the participle after it ("the truce declared by
 * Putin on Saturday", "sanctions imposed by Britain on Tuesday", "the understanding reached by the two armies") is a
 * passive whose "be" the noun's relative clause leaves out: "by" after the participle names who acted, as after "was
 * declared". The noun is the cue's first word (no verb of its own: no "-ed" and no auxiliary), with "agreement", "deal"
 * or "understanding" after it; the participle is a past one. Group 0 ends where the participle begins. Not a sitting
 * ("the talks hosted by France"): whoever hosts or chairs one takes part in it with others the story names elsewhere.
 */
const NOUN_THEN_PARTICIPLE = new RegExp(String.raw`^(?!(?:was|were|is|are|been|being|be|has|have|had|${SITTING_NOUNS}|negotiations)\b)\p{Ll}[\p{Ll}-]*(?<!ed)\s*,?\s+(?:(?:agreement|deal|understanding)\s+)?(?=\p{Ll}+ed\b|(?:struck|held|brought|sought|made|won)\b)`, 'u');

export function passiveAgentStart(body: string, segment: Range, at: Range): number | null {
  const reduced = NOUN_THEN_PARTICIPLE.exec(body.slice(at.start, at.end))?.[0].length ?? 0;
  if (!reduced && !PASSIVE_AUXILIARY.test(body.slice(Math.max(segment.start, at.start - PASSIVE_AUXILIARY_REACH), at.start))) return null;
  // The cue's words may reach past its agent ("warned by Modi that India would strike"): "by" follows its first word.
  const participle = at.start + reduced + (/^[\p{L}-]+/u.exec(body.slice(at.start + reduced, at.end))?.[0].length ?? 0);
  const by = BY_AFTER_PARTICIPLE.exec(body.slice(participle, segment.end));
  return by ? participle + by[0].length : null;
}
