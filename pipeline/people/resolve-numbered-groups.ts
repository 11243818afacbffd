import type { PersonMention, Range } from '../types';
import { overlapsAny } from './overlaps';
import { PEOPLE_LIST_GAP } from '../lexicon/lists-of-people';

/** Number words a group of people is counted with in news prose. */
const COUNTS: Record<string, number> = { three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const COUNT = (group: string) => String.raw`(?<${group}>three|four|five|six|seven|eight|nine|ten|[3-9])`;
/** The people a group is made of: leaders, ministers, heads of state, envoys (not troops, states or citizens). */
const GROUP_NOUN = String.raw`(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|foreign\s+ministers|ministers|envoys)`;
/** The states a group comes from, counted ("leaders from four major European countries"). */
const STATES_NOUN = String.raw`(?:countries|nations|states|governments|allies|powers)`;

/**
 * A group of people named by its size: "the four visiting leaders", "three European leaders", "leaders from four
 * major European countries", "the heads of state of five nations". Up to three words between the number and the noun.
 */
const NUMBERED_GROUP = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:the|all|these|those)\s+)?${COUNT('n1')}\s+(?:[\p{L}-]+\s+){0,3}?${GROUP_NOUN}(?![\p{L}])|(?<![\p{L}])(?:the\s+)?${GROUP_NOUN}\s+(?:from|of)\s+(?:the\s+)?${COUNT('n2')}\s+(?:[\p{L}-]+\s+){0,3}?${STATES_NOUN}(?![\p{L}])`,
  'giu',
);


/** Every list of people the article names together ("A, B, C and D"), as the ids of its members in order. */
function peopleLists(body: string, mentions: readonly PersonMention[]): string[][] {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const lists: string[][] = [];
  let current: PersonMention[] = [];
  for (const m of ordered) {
    const last = current.at(-1);
    if (last && PEOPLE_LIST_GAP.test(body.slice(last.end, m.start))) current.push(m);
    else {
      if (current.length > 1) lists.push(current.map((c) => c.personId));
      current = [m];
    }
  }
  if (current.length > 1) lists.push(current.map((c) => c.personId));
  return lists.map((l) => [...new Set(l)]);
}

/**
 * "leaders from four major European countries threatened ...", "the four visiting leaders and Zelensky had a call":
 * a group counted by its size stands for the people the article lists together in a list of exactly that size, when
 * it has one such list and no other ("They included Macron, Starmer, Merz, and Tusk"). Groups of two are left to the
 * two sides of the conflict; two lists of the group's size leave it unresolved.
 */
export function resolveNumberedGroups(body: string, mentions: readonly PersonMention[], skip: Range[]): PersonMention[] {
  const out: PersonMention[] = [];
  let lists: string[][] | undefined;
  for (const m of body.matchAll(NUMBERED_GROUP)) {
    const word = (m.groups?.n1 ?? m.groups?.n2 ?? '').toLowerCase();
    const n = COUNTS[word] ?? Number(word);
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(start, end, mentions) || overlapsAny(start, end, skip)) continue;
    lists ??= peopleLists(body, mentions);
    const sized = lists.filter((l) => l.length === n).map((l) => l.join(' '));
    const [members] = [...new Set(sized)].map((l) => l.split(' '));
    if (new Set(sized).size !== 1 || !members) continue;
    const [head, ...rest] = members;
    if (head === undefined) continue;
    out.push({ start, end, text: m[0], personId: head, via: 'coreference', also: rest });
  }
  return out;
}
