import type { Person } from '../../src/shared/schema';
import type { ExtractedEvent } from '../events/extract-events';
import { ONE_BY_KIND } from '../events/contact-parties';

/** Words that make several callers one side of one call: "together", "jointly" (a call one by its kind: ONE_BY_KIND). */
const TOGETHER = /\b(?:together|jointly)\b/i;

/**
 * Rule "a call has two ends": "Macron, Netanyahu and el-Sisi dialled Modi on Thursday", "Meloni and Ishiba also spoke to
 * Modi": leaders of several states who rang one leader each made a call of their own (a call is between two parties; the
 * keys read every such sentence as a call each). A call read from one sentence whose callers (the subjects, as the
 * sentence tells them) belong to two or more states becomes one call for each state's callers with the counterparts,
 * so that what one caller said ("during his call with Modi, Macron said") joins that caller's call alone, and another
 * paper's call of one pair joins that pair's. Callers of one state are one side of one call ("Witkoff and Kushner spoke
 * with Putin"); a call told as joint ("a joint call", "a video conference", "together") stays one.
 */
export function callsOfEachCaller(e: ExtractedEvent, people: Map<string, Person>): ExtractedEvent[] {
  const callers = e.callers ?? [];
  if (e.type !== 'phone_call' || callers.length < 2 || e.sources.some((s) => ONE_BY_KIND.test(s.excerpt) || TOGETHER.test(s.excerpt))) return [e];
  const stateOf = (id: string) => people.get(id)?.country ?? id;
  const sides = new Map<string, string[]>();
  for (const id of callers) sides.set(stateOf(id), [...(sides.get(stateOf(id)) ?? []), id]);
  if (sides.size < 2) return [e];
  const others = e.actors.filter((id) => !callers.includes(id));
  const otherStates = new Set(others.map(stateOf));
  return [...sides].map(([state, side], i) => {
    // The other callers' states are not this call's, unless a counterpart is of one of them.
    const theirs = new Set([...sides.keys()].filter((s) => s !== state && !otherStates.has(s)));
    const call: ExtractedEvent = { ...e };
    delete call.callers;
    return { ...call, id: `${e.id}-${String(i)}`, actors: [...side, ...others], countries: e.countries.filter((c) => !theirs.has(c)), sources: e.sources.map((s) => ({ ...s })) };
  });
}
