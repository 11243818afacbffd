import type { PersonMention, Range } from '../types';
import { COUNTRY_WORD_SOURCE, countryOfWord } from './country-words';
import { overlapsAny } from './overlaps';
import { CAPITAL_SOURCE, stateOfCapital } from '../lexicon/country-names';

const COUNTRY = `(?:${COUNTRY_WORD_SOURCE})(?:['’]s)?`;
const HEAD_NOUN = String.raw`(?:head|leader|chief)`;

/** "the Russian delegation", "Ukraine's delegation to Turkey": a state's delegation, the words a later mention uses. */
const DELEGATION = new RegExp(String.raw`(?<![\p{L}])(?:the\s+)?(?<c>${COUNTRY})\s+delegation(?![\p{L}])`, 'giu');
/**
 * "the head of the Russian delegation to Turkey, X", "Russian delegation head X", "the head of the Ukrainian
 * delegation, Minister of Defense X": the head named after, a capitalised title between.
 */
const HEAD_THEN_NAME = new RegExp(
  String.raw`(?:${HEAD_NOUN}\s+of\s+(?:the\s+)?(?<c1>${COUNTRY})\s+delegation(?:\s+(?:to|in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]+)?|(?<c2>${COUNTRY})\s+delegation\s+${HEAD_NOUN})\s*,?\s*(?<title>[^,;.!?]{0,60})$`,
  'iu',
);
/** A word of a title before a name: capitalised ("Minister of Defense", "Putin's") or a common office word ("assistant"). */
const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}.’'-]*|the|of|for|and|former|deputy|special|presidential|top|senior|chief|head|foreign|defen[cs]e|national|security|prime|minister|secretary|envoy|aide|advis[eo]r|negotiator|official|spokes(?:person|man|woman)|representative|ambassador|director|general|staff|assistant)`;
/** The words between the head phrase and the name may only be a title ("Minister of Defense", "Putin's assistant"). */
const TITLE_WORDS = new RegExp(String.raw`^(?:${TITLE_WORD}(?:['’]s)?\s+){0,5}$`, 'u');
/**
 * Whose delegation, after a verb of leading: a state's word ("the Russian delegation"), its capital ("Kyiv's
 * delegation": news names a state by its seat of government), or "his/her country's" (the head's own state).
 */
const LED_STATE = String.raw`(?:the\s+)?(?:(?<c>${COUNTRY})|(?<capital>${CAPITAL_SOURCE})['’]s|(?<own>his|her)\s+country['’]s)`;
/** A title set off by commas between a name and its verb ("X, Secretary of the Security Council, led"). */
const TITLE_APPOSITIVE = String.raw`\s*,\s*(?:the\s+)?\p{Lu}[^,;.!?]{0,80},\s*`;
/**
 * "X, who led the Ukrainian delegation", "X, head of the Ukrainian delegation", "X will lead the Russian delegation",
 * "X, Secretary of the Security Council, led Kyiv's delegation", "X, who headed his country's delegation": the head named before.
 */
const NAME_THEN_HEAD = new RegExp(
  String.raw`^(?:\s*,\s*(?:who\s+)?|${TITLE_APPOSITIVE}|\s+)(?:(?:led|leads|heads|headed|is\s+leading|was\s+leading|will\s+(?:again\s+)?lead|is\s+to\s+lead)|(?<=,\s*)(?:the\s+)?${HEAD_NOUN}\s+of)\s+${LED_STATE}\s+delegation(?![\p{L}])`,
  'iu',
);
/**
 * "The Ukrainian delegation was headed by Defense Minister X", "the Russian delegation led by presidential aide X",
 * "a Pakistani delegation, led by former foreign minister X": the head named after a passive "led/headed by", the
 * words between being the head's title (any case: "presidential aide", "Pakistan People's Party (PPP) Chairman").
 */
const DELEGATION_PASSIVE_HEAD = new RegExp(
  String.raw`(?<![\p{L}])(?<c>${COUNTRY})\s+delegation,?\s+(?:(?:was|is|will\s+be|has\s+been|had\s+been|would\s+be|to\s+be)\s+)?(?:(?:again|also|once\s+(?:more|again)|now|still|jointly|currently|initially)\s+)?(?:led|headed)\s+by\s+(?:[\p{L}().’'-]+\s+){0,6}$`,
  'iu',
);
/** How much text a title between "head of the ... delegation" and the name, or the clause after the name, may take. */
const HEAD_PHRASE_REACH = 90;

/** A name followed by a possessive is an owner ("Trump's special envoy, X"), not the person a title names. */
const OWNER = /^['’]s\b/u;
/**
 * "the US delegation led by Rubio and special envoy Steve Witkoff": a second person joined to a passive head by "and"
 * (a title allowed before the name, "and Trump's special envoy, X") leads with them; not one the delegation merely
 * includes ("and including X").
 */
const CO_HEAD_BETWEEN = new RegExp(String.raw`^\s+and\s+(?:${TITLE_WORD}(?:['’]s)?,?\s+){0,5}$`, 'u');

/** The state of a person, where known: "his country's delegation" is that state's. */
export type CountryOfPerson = (personId: string) => string | null;

/** The head(s) of each state's delegation, as the article names them ("X, who led the Russian delegation"): head first. */
export function delegationTeams(body: string, mentions: PersonMention[], countryOf: CountryOfPerson = () => null): Map<string, string[]> {
  const teams = new Map<string, string[]>();
  if (!/delegation/i.test(body)) return teams;
  const inOrder = [...mentions].sort((a, b) => a.start - b.start);
  inOrder.forEach((m, i) => {
    // The owner in a title ("the head of the Russian delegation, Putin's assistant X") is not the one it names.
    if (m.also?.length || OWNER.test(body.slice(m.end, m.end + 3))) return;
    const before = HEAD_THEN_NAME.exec(body.slice(Math.max(0, m.start - HEAD_PHRASE_REACH), m.start));
    const after = NAME_THEN_HEAD.exec(body.slice(m.end, m.end + HEAD_PHRASE_REACH));
    const titled = before && TITLE_WORDS.test(before.groups?.title ?? '') ? before : null;
    const passive = DELEGATION_PASSIVE_HEAD.exec(body.slice(Math.max(0, m.start - HEAD_PHRASE_REACH), m.start));
    const word = titled?.groups?.c1 ?? titled?.groups?.c2 ?? after?.groups?.c ?? passive?.groups?.c;
    const capital = after?.groups?.capital;
    const country = word ? countryOfWord(word) : capital ? stateOfCapital(capital) : after?.groups?.own ? countryOf(m.personId) : null;
    if (!country || teams.has(country)) return;
    const next = inOrder.slice(i + 1).find((n) => !OWNER.test(body.slice(n.end, n.end + 3)));
    const coHead = passive && next && next.personId !== m.personId && CO_HEAD_BETWEEN.test(body.slice(m.end, next.start)) ? [next.personId] : [];
    teams.set(country, [m.personId, ...coHead]);
  });
  return teams;
}

/** The head of each state's delegation (the first named where two lead it). */
export function delegationHeads(body: string, mentions: PersonMention[], countryOf?: CountryOfPerson): Map<string, string> {
  const heads = new Map<string, string>();
  for (const [country, [head]] of delegationTeams(body, mentions, countryOf)) if (head !== undefined) heads.set(country, head);
  return heads;
}

/**
 * "talks with the Russian delegation": a state's delegation, where the article names its head, stands for that head
 * (a delegation acts and is met through who leads it). The phrases that name the head are not mentions again.
 */
export function resolveDelegations(body: string, mentions: PersonMention[], skip: Range[], countryOf?: CountryOfPerson): PersonMention[] {
  const teams = delegationTeams(body, mentions, countryOf);
  if (teams.size === 0) return [];
  const out: PersonMention[] = [];
  for (const m of body.matchAll(DELEGATION)) {
    const country = countryOfWord(m.groups?.c ?? '');
    const [head, ...coHeads] = (country ? teams.get(country) : undefined) ?? [];
    const start = m.index;
    const end = start + m[0].length;
    if (!head || overlapsAny(start, end, mentions) || overlapsAny(start, end, skip)) continue;
    // The words that say who heads it ("X, who led the Russian delegation") name the head already.
    const lead = body.slice(Math.max(0, start - HEAD_PHRASE_REACH), start);
    if (/\b(?:led|leads|heads|headed|leading|lead|head|leader|chief)\s+(?:of\s+)?$/i.test(lead)) continue;
    if (/^\s+(?:head|leader|chief)\b/i.test(body.slice(end, end + 10))) continue;
    out.push({ start, end, text: m[0], personId: head, via: 'coreference', ...(coHeads.length > 0 ? { also: coHeads } : {}) });
  }
  return out;
}

/**
 * Rule "a group led by a person acts through that person" (round x19b): the groups a named person leads on a journey
 * or to a sitting: a delegation, team or mission, and a committee or panel sent abroad ("the committee headed by X will
 * meet members of Congress"). "Protests led by students" is no such group.
 */
const LED_GROUP = String.raw`(?:delegation|team|mission|committee|panel)`;

/**
 * "an all-party delegation led by MP X", "one led by X", "The Pakistani team, headed by X,": a delegation named by who leads it stands for that person
 * (it travels, arrives and meets through its head). The words between "led by" and the name are the head's title.
 */
const LED_BY = new RegExp(String.raw`(?<![\p{L}])(?:(?:an?|the|one|another|a\s+second|a\s+third)\s+(?:[\p{L}-]+\s+){0,3}?${LED_GROUP}|one)(?=,?\s+(?:led|headed)\s+by\s+(?:[\p{L}().’'-]+\s+){0,6}$)`, 'iu');

/** "Sanjay Jha's delegation will depart for Japan", "X's team met Y": a delegation named by its head's possessive. */
const POSSESSIVE_DELEGATION = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:delegation|team)(?![\p{L}])/u;

export function resolveLedDelegations(body: string, mentions: PersonMention[], skip: Range[]): PersonMention[] {
  const possessed = mentions.flatMap((m): PersonMention[] => {
    const own = POSSESSIVE_DELEGATION.exec(body.slice(m.end, m.end + 40));
    if (!own) return [];
    const end = m.end + own[0].length;
    const start = end - (/(?:delegation|team)$/u.exec(own[0])?.[0].length ?? 0);
    return overlapsAny(start, end, skip) ? [] : [{ start, end, text: body.slice(start, end), personId: m.personId, via: 'coreference' }];
  });
  if (!/\b(?:led|headed)\s+by\b/i.test(body)) return possessed;
  const out: PersonMention[] = [...possessed];
  for (const m of mentions) {
    const from = Math.max(0, m.start - HEAD_PHRASE_REACH);
    const lead = LED_BY.exec(body.slice(from, m.start));
    if (!lead) continue;
    const start = from + lead.index;
    const end = start + lead[0].length;
    if (overlapsAny(start, end, mentions) || overlapsAny(start, end, skip) || out.some((o) => o.start === start)) continue;
    out.push({ start, end, text: lead[0], personId: m.personId, via: 'coreference' });
  }
  return out;
}

/** "A Pakistani delegation, led by former foreign minister X,": a delegation and who leads it, a comma allowed between. */
const DELEGATION_LED_BY = new RegExp(String.raw`\b${LED_GROUP},?\s+(?:led|headed)\s+by\s+(?:[\p{L}().’'-]+\s+){0,6}$`, 'iu');
/** Anyone who leads something ("and one led by Y"): another head "the delegation" could be. */
const ANY_LED_BY = /\b(?:led|headed)\s+by\s+(?:[\p{L}().’'-]+\s+){0,6}$/iu;

/**
 * "The delegation will travel to Washington", "the delegation members will meet the Secretary-General": once an
 * article has named a delegation by who leads it ("an all-party delegation led by MP X", "A Pakistani delegation, led by
 * X,"), "the delegation" after that is the same one, acting through its head. One rule with every guard:
 * - that head is the only one the article has named before it (anyone else who leads something, or heads a state's
 *   delegation, is another head "the delegation" could be), and the article has told of one delegation so far
 *   ("delegations", or a "led by" naming nobody the article knows, leave "the delegation" unsaid);
 * - not "the delegation of/from X" (another state's) nor a phrase naming its head ("the delegation led by Y", "the
 *   delegation head");
 * - what the delegation says as a body ("the delegation underscored ...", "rejected India's accusations") is the
 *   body's, not its head's own words: only its travel and its sittings are its head's.
 */
const THE_LED_DELEGATION = new RegExp(String.raw`(?<![\p{L}])the\s+${LED_GROUP}(?:\s+members)?(?![\p{L}])(?!\s+(?:of|from|led|headed)\b)(?!\s+(?:head|leader|chief)\b)`, 'giu');
const SAYS_AS_A_BODY = /^\s+(?:also\s+)?(?:said|says|stated|told|noted|added|stressed|underscored|underlined|highlighted|emphasi[sz]ed|reiterated|warned|urged|called|rejected|accused|condemned|demanded|raised|expressed|conveyed|briefed|presented|argued|asserted|claimed)\b/iu;

export function resolveTheDelegation(body: string, mentions: PersonMention[], skip: Range[]): PersonMention[] {
  if (!new RegExp(String.raw`\bthe\s+${LED_GROUP}\b`, 'i').test(body)) return [];
  const lead = (m: PersonMention) => body.slice(Math.max(0, m.start - HEAD_PHRASE_REACH), m.start);
  const led = mentions.filter((m) => LED_BY.test(lead(m)) || DELEGATION_LED_BY.test(lead(m))).sort((a, b) => a.start - b.start);
  const leaders = mentions.filter((m) => ANY_LED_BY.test(lead(m)));
  const out: PersonMention[] = [];
  for (const m of body.matchAll(THE_LED_DELEGATION)) {
    const start = m.index;
    const end = start + m[0].length;
    // Rule "the delegation named before": "the delegation" refers back, so only the heads and delegations the article
    // has named before it count (a second delegation told later in the story is not the one meant here).
    const told = body.slice(0, start);
    const before = (x: PersonMention) => x.end <= start;
    const heads = new Set([...led, ...leaders].filter(before).map((x) => x.personId).concat([...delegationHeads(told, mentions.filter(before)).values()]));
    // A "led by" that names nobody the article knows may be another delegation's (a headline that repeats the lede's
    // "led by X" is the same one).
    const several = /\b(?:delegations|teams|missions|committees|panels)\b/i.test(told) || (told.match(/\b(?:led|headed)\s+by\b/gi) ?? []).length > leaders.filter(before).length;
    const first = led.find(before);
    if (heads.size !== 1 || several || !first) continue;
    if (SAYS_AS_A_BODY.test(body.slice(end, end + 40))) continue;
    if (overlapsAny(start, end, mentions) || overlapsAny(start, end, skip)) continue;
    out.push({ start, end, text: m[0], personId: first.personId, via: 'coreference' });
  }
  return out;
}
