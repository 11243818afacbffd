import type { EventType } from '../../src/shared/schema';
import type { DateMention, Range } from '../types';
import { findCountries } from './country-names';
import { INCIDENT_CUES } from './event-cues';

export interface Incident extends Range {
  type: EventType;
  /** Who carried it out: "Pakistan's drone attack", "an attack by Russia". */
  by: string[];
  /** Countries named around it (the target among them). */
  countries: string[];
  place: string | null;
  date: DateMention | null;
}

const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|Recent|Last|Deadly|Terror|Terrorist)$/;

/**
 * Attacks and strikes named by a noun phrase. Only those the text pins down (a date, a place or who carried
 * them out) are incidents; "after the terrorist attack" refers back to one and adds nothing.
 */
export function findIncidents(body: string, clause: Range, dates: DateMention[]): Incident[] {
  const text = body.slice(clause.start, clause.end);
  const out: Incident[] = [];
  for (const { type, re } of INCIDENT_CUES) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags))) {
      const lead = text.slice(Math.max(0, m.index - 45), m.index);
      const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 70);
      const start = clause.start + m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      const possessor = /([A-Z][\w.]+)(?:['’]s)\s+(?:\w+\s+){0,3}$/.exec(lead)?.[1];
      const byWho = /^\s+(?:by|from)\s+(?:an?\s+|the\s+)?([A-Z][\w.]+)(?![\w-])/.exec(tail)?.[1];
      const by = [possessor, byWho].flatMap((w) => (w ? findCountries(w).map((c) => c.code) : []));
      const placeBefore = /([A-Z][a-z]+)\s+(?:\w+\s+){0,1}$/.exec(lead.replace(/\d+\s*$/, ''))?.[1];
      const placeAfter = /^\s+(?:\w+\s+){0,6}?(?:in|on|at)\s+(?:the\s+)?(?:[A-Z]\w+\s+city\s+of\s+|[A-Z]\w+['’]s\s+)?([A-Z][a-z]+)/.exec(tail)?.[1];
      const place = [placeBefore, placeAfter].find((p) => p && !NOT_PLACES.test(p) && findCountries(p).length === 0) ?? null;
      const near = dates.find((d) => d.start >= start - 30 && d.end <= start) ?? null;
      const countries = findCountries(`${lead} ${m[0]} ${tail}`).map((c) => c.code);
      if (!near && !place && by.length === 0) continue;
      out.push({ type, start: near ? Math.min(near.start, start) : start, end, by, countries: [...new Set([...by, ...countries])], place, date: near });
    }
  }
  return out;
}
