import type { Person } from '../../src/shared/schema';
import type { PersonMention, Range, Sentence } from '../types';
import { pronounOf, type Pronoun } from './gazetteer';
import { findQuoteSpans, insideAny } from './find-quote-spans';
import { overlapsAny } from './overlaps';
import { OWNER_AFTER_NAME } from '../lexicon/owner-words';
import { OBJECT_PRONOUN } from '../lexicon/person-objects';
import { groupReferent, objectReferent, type ObjectPronounScope } from './object-pronouns';
import { VISITING_OFFICE, visitingGuest } from './visiting-guests';

const PRONOUN = /(?<![\p{L}])(?:he|she|him|his|her)(?![\p{L}’'])/giu;
const THEM = /(?<![\p{L}])them(?![\p{L}’'])/giu;
const GENDER: Record<string, Pronoun> = { he: 'he', him: 'he', his: 'he', she: 'she', her: 'she' };
/** "..., he added": a speaker going on is the one who spoke before, not someone named in what they said. */
const GOES_ON = /^\s+(?:added|continued|went\s+on)\b/i;
/** "For his part, X said ...": the pronoun looks ahead to the subject its clause names next, not back. */
const FOR_ONES_PART_BEFORE = /(?:^|[,;:]\s*|["“‘]\s*)(?:for|on)\s+$/i;
const FOR_ONES_PART_AFTER = /^\s+(?:own\s+)?part\s*,/i;
/** A phrase opening the sentence with a preposition or participle ("In remarks released by", "Speaking to"): not "His aide, X,". */
const FRONTED_PHRASE = /^\s*["“‘]?(?:in|for|on|at|during|after|before|following|with|by|speaking|writing|according)\b/i;
/** The last "that" opening a reported clause before a pronoun, with nothing but the clause's first words after it. */
const REPORTED_THAT = /\bthat\s+(?=[^,;:]*$)/i;
/** "him", and "her" with no noun after it: an object, read by rule "the object pronoun is someone else" (object-pronouns.ts). */
const IS_OBJECT = new RegExp(`^${OBJECT_PRONOUN}`, 'iu');
/** How far after the comma that closes a fronted phrase its clause's subject may be named ("US President Donald Trump"). */
const SUBJECT_AFTER_COMMA = 40;

/**
 * A possessive in a phrase put before its clause's subject looks ahead to that subject: "For his part, X said",
 * "In remarks released by his office on Saturday, X outlined". The phrase opens the sentence (nobody is named before
 * the pronoun) and ends at a comma, and the subject is named just after it. Undefined when the pronoun is not so placed;
 * null when it is, but no name follows.
 */
function fronted(body: string, sentence: Sentence, start: number, end: number, outside: PersonMention[]): PersonMention | null | undefined {
  const forOnesPart = FOR_ONES_PART_BEFORE.test(body.slice(sentence.start, start)) && FOR_ONES_PART_AFTER.test(body.slice(end, end + 20));
  const comma = body.indexOf(',', end);
  // The phrase opens the sentence, or the clause reported after "that" ("X told media that during his call with Y, the
  // Kremlin leader discussed ...": his = the Kremlin leader).
  const thatClause = REPORTED_THAT.exec(body.slice(sentence.start, start));
  const opens = thatClause ? sentence.start + thatClause.index + thatClause[0].length : sentence.start;
  const possessive = /^(?:his|her)$/i.test(body.slice(start, end)) && FRONTED_PHRASE.test(body.slice(opens, start));
  const opening = possessive && comma >= 0 && comma <= sentence.end && !/[;:.!?]/.test(body.slice(end, comma)) && !outside.some((x) => x.start >= opens && x.end <= start);
  if (!forOnesPart && !opening) return undefined;
  // The subject named after the comma, not someone the phrase itself names ("during his call with the US President,").
  const ahead = outside.find((x) => x.start >= (opening && !forOnesPart ? comma : end) && x.end <= sentence.end);
  if (!ahead) return forOnesPart ? null : undefined;
  if (!forOnesPart && ahead.start > comma + SUBJECT_AFTER_COMMA) return undefined;
  return ahead;
}

/**
 * "Speaking at a joint press conference with President X in Tehran, he said ...": a participle phrase opening the
 * sentence tells the circumstances of its clause, and the people it names are not the clause's subject. Where the
 * sentence opens so, the offset of the comma that closes the phrase; else null.
 */
const PARTICIPLE_OPENING = /^\s*["“‘]?\p{Lu}\p{Ll}+ing\b[^,;.!?]{0,200},/u;
function participleOpeningEnd(body: string, sentence: Sentence): number | null {
  const m = PARTICIPLE_OPENING.exec(body.slice(sentence.start, sentence.end));
  return m ? sentence.start + m[0].length : null;
}

/** Enough text after a name for "'s" and two words before the noun it qualifies. */
const OWNER_REACH = 60;

/** How many sentences back an antecedent may be. */
const REACH = 2;
/** An unnamed person ("the Director General", "a senior official") between antecedent and pronoun may be the referent. */
const UNNAMED_PERSON = /\b(?:the|a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:officials?|officers?|spokes(?:person|man|woman)|ministers?|secretary|director(?:\s+general)?|general|chief|commander|leaders?|envoy|ambassador|president|counterparts?|diplomats?|aides?|advis[eo]rs?|reporters?|journalists?|man|woman|soldiers?|sources?|analysts?|lawmakers?|senators?)\b/giu;

function mentionsUnnamedPerson(gap: string): boolean {
  return unnamedPeopleIn(gap).length > 0;
}

/** The unnamed people a stretch of text tells of ("the spokesperson", "a senior official"), as written. */
export function unnamedPeopleIn(gap: string): string[] {
  // A title followed by a capitalised word is the title of a name ("the Secretary Marco ..."), not an unnamed person.
  return [...gap.matchAll(UNNAMED_PERSON)].filter((m) => !/^\s+\p{Lu}/u.test(gap.slice(m.index + m[0].length))).map((m) => m[0]);
}

const CLAUSE_BOUNDARY = /\b(?:that|who|whom|which|after|before|when|while|because|since|although|though|if|but)\b|[,;:]/giu;

/** Offset where the clause holding `at` starts: after the last boundary word or punctuation before it. */
function clauseStart(body: string, from: number, at: number): number {
  let start = from;
  for (const m of body.slice(from, at).matchAll(CLAUSE_BOUNDARY)) start = from + m.index + m[0].length;
  return start;
}

/** Text between two offsets outside quotes and outside mentions, where an unnamed person could hide. */
function gapText(body: string, from: number, to: number, quotes: Range[], mentions: Range[]): string {
  let out = '';
  for (let i = from; i < to; i++) out += insideAny(i, quotes) || mentions.some((m) => m.start <= i && i < m.end) ? ' ' : (body[i] ?? '');
  return out;
}

function whollyQuoted(s: Sentence, quotes: Range[]): boolean {
  for (let i = s.start; i < s.end; i++) if (/[\p{L}\p{N}]/u.test(s.text[i - s.start] ?? '') && !insideAny(i, quotes)) return false;
  return true;
}

/** A verb of telling between two names: "Trump told Putin", "Rubio assured Dar". */
const TELLS = /^\s+(?:told|tells|assured|assures|informed|informs|promised|promises|reminded|reminds)\s+$/i;
/** The pronoun's clause is one of time or condition: "... when he meets", "once she arrives". */
const TIME_CLAUSE_BEFORE = /\b(?:when|once|after|before|while|if|until)\s+$/i;

/**
 * "Trump told Putin he would take it into account", "Rubio assured Dar that he ...": a subject pronoun right after the
 * person told (and "that") is the teller, named right before the verb of telling, not the person told nor the
 * sentence's first name ("Ushakov said Trump told Putin he ...": Trump).
 */
function toldTeller(body: string, from: number, pronoun: number, outside: PersonMention[], fits: (id: string) => boolean): string | null {
  if (!/^(?:he|she)$/i.test(body.slice(pronoun, pronoun + 3).trim())) return null;
  const before = outside.filter((x) => x.start >= from && x.end <= pronoun);
  const object = before[before.length - 1];
  const subject = before[before.length - 2];
  if (!object || !subject || subject.personId === object.personId || !/^\s+(?:that\s+)?$/.test(body.slice(object.end, pronoun))) return null;
  return TELLS.test(body.slice(subject.end, object.start)) && fits(subject.personId) ? subject.personId : null;
}

/**
 * Resolves he/she/him/his/her outside quotations to a person mentioned just before, outside quotations:
 * in the pronoun's own sentence first, then up to two sentences back (not counting sentences wholly inside quotes). Within a sentence the first
 * compatible person is taken (the subject, usually; in the pronoun's own sentence, the subject of its clause first); a person of unknown gender before it, or none at
 * all, means no mention rather than a guess. Pronouns inside quotes are the speaker's and are left alone. A name that
 * only owns another noun ("Putin's aide") is no antecedent, and "he added" looks back past its own sentence.
 */
export function resolvePronouns(body: string, sentences: Sentence[], people: Person[], mentions: PersonMention[], skip: Range[], published = ''): PersonMention[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const quotes = findQuoteSpans(body);
  const found: PersonMention[] = [];
  const outside = mentions.filter((m) => !insideAny(m.start, quotes)).sort((a, b) => a.start - b.start);
  // "Putin's aide Medinsky ...": a name that only says whose aide it is is no antecedent.
  const ownsOnly = (x: Range) => OWNER_AFTER_NAME.test(body.slice(x.end, x.end + OWNER_REACH));
  // Who may be an antecedent: the mentions outside quotes, then those found so far, save names that only own a noun;
  // each mention tested once, as it joins.
  const pool = outside.filter((x) => !ownsOnly(x));
  const add = (x: PersonMention) => {
    found.push(x);
    if (!ownsOnly(x)) pool.push(x);
  };
  // A word inside a quotation, in a span to skip, or in a mention already: nothing to resolve.
  const taken = (start: number, end: number) => insideAny(start, quotes) || overlapsAny(start, end, skip) || overlapsAny(start, end, mentions);
  const scopeOf = (index: number, pool: PersonMention[]): ObjectPronounScope => ({
    body,
    sentences,
    index,
    pool,
    quoted: (x) => whollyQuoted(x, quotes),
    unnamedIn: (from, to) => mentionsUnnamedPerson(gapText(body, from, to, quotes, pool)),
  });
  sentences.forEach((sentence, si) => {
    // "them" as an object: the people listed together before its clause (rule "them, the people listed before").
    for (const m of sentence.text.matchAll(THEM)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const [first, ...also] = groupReferent(scopeOf(si, pool), { start, end }) ?? [];
      if (first) add({ start, end, text: m[0], personId: first, also, via: 'coreference' });
    }
    for (const m of published ? sentence.text.matchAll(VISITING_OFFICE) : []) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const guest = visitingGuest(scopeOf(si, [...outside, ...found]), { start, end }, m.groups?.office ?? '', byId, published);
      if (guest) add({ start, end, text: m[0], personId: guest, via: 'coreference' });
    }
    // "Trump told Putin he would ... when he meets Zelensky": the teller, for the rest of the sentence's clauses of time.
    let teller: { personId: string; want: Pronoun } | null = null;
    for (const m of sentence.text.matchAll(PRONOUN)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const want = GENDER[m[0].toLowerCase()];
      if (IS_OBJECT.test(body.slice(start))) {
        const fits = (id: string) => {
          const p = byId.get(id);
          const g = p ? pronounOf(p) : null;
          return g === null ? null : g === want;
        };
        const referent = objectReferent(scopeOf(si, pool), { start, end }, fits);
        if (referent !== null) add({ start, end, text: m[0], personId: referent, via: 'coreference' });
        continue;
      }
      const ahead = fronted(body, sentence, start, end, outside);
      if (ahead !== undefined) {
        const p = ahead ? byId.get(ahead.personId) : undefined;
        if (ahead && p && pronounOf(p) === want) add({ start, end, text: m[0], personId: ahead.personId, via: 'coreference' });
        continue;
      }
      const told = toldTeller(body, sentence.start, start, outside, (id) => {
        const p = byId.get(id);
        return p !== undefined && pronounOf(p) === want;
      });
      if (told && want) teller = { personId: told, want };
      const goesOn = teller && teller.want === want && TIME_CLAUSE_BEFORE.test(body.slice(sentence.start, start)) ? teller.personId : null;
      if (told ?? goesOn) {
        add({ start, end, text: m[0], personId: (told ?? goesOn) as string, via: 'coreference' });
        continue;
      }
      let chosen: string | null = null;
      let reach = 0;
      for (let back = GOES_ON.test(body.slice(end, end + 20)) ? 1 : 0; reach <= REACH && chosen === null; back++) {
        const s = sentences[si - back];
        if (!s) break;
        // A sentence wholly inside a quotation ("..." she said) is skipped: the speaker is named around the quote.
        if (back > 0 && whollyQuoted(s, quotes)) continue;
        reach++;
        const limit = back === 0 ? start : s.end;
        // People named in an opening participle phrase are its circumstances: not the subject of the clause after it
        // ("Speaking ... with X, he said": he is not X), and in a later sentence only the last resort.
        const opening = participleOpeningEnd(body, s);
        const inPhrase = (x: Range) => opening !== null && x.end <= opening;
        const inSentence = pool.filter((x) => x.start >= s.start && x.end <= limit && !(back === 0 && inPhrase(x) && start >= (opening ?? 0))).sort((a, b) => a.start - b.start);
        // In the pronoun's own sentence, the subject of its clause comes first ("Misri said that the DGMO called his").
        const clause = back === 0 ? clauseStart(body, s.start, start) : s.start;
        const ordered = [...inSentence.filter((c) => c.start >= clause), ...inSentence.filter((c) => c.start < clause)];
        const candidates = [...ordered.filter((c) => !inPhrase(c)), ...ordered.filter((c) => inPhrase(c))];
        let blocked = false;
        for (const c of candidates) {
          const p = byId.get(c.personId);
          const g = p ? pronounOf(p) : null;
          if (g === null) {
            blocked = true;
            break;
          }
          if (g === want) {
            // An appositive right after the name describes that person ("Maria Zakharova, the spokeswoman, said").
            const gap = gapText(body, c.end, start, quotes, pool).replace(/^\s*,\s*(?:the|a|an)\s[^,.;]{0,80},/iu, ' ');
            if (!mentionsUnnamedPerson(gap)) chosen = c.personId;
            blocked = chosen === null;
            break;
          }
        }
        if (blocked) break;
      }
      if (chosen !== null) add({ start, end, text: m[0], personId: chosen, via: 'coreference' });
    }
  });
  return found;
}
