import type { Person, Role } from '../../src/shared/schema';
import type { PersonMention, Range, Sentence } from '../types';
import { COUNTRY_WORD_SOURCE } from './country-words';
import { describeRole, formatDay, objectPronoun } from './describe-office';
import { OFFICES, officeOfPhrase, roleActiveOn, roleIsOffice, type Office } from './offices';

export interface Contradiction extends Range {
  /** The article's words that contradict the gazetteer (body.slice(start, end)). */
  excerpt: string;
  /** A reader-facing explanation, e.g. "Donald Trump was the sitting President on 15 April 2025, not a former one." */
  message: string;
}

const PHRASES = OFFICES.filter((o) => !o.needsAntecedent)
  .flatMap((o) => o.phrases)
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
  .join('|');
/** "former US President " / "the late " / "sitting Prime Minister " right before a name. */
const QUALIFIED_TITLE = new RegExp(
  `(?<![\\p{L}])(?<q>former|ex-|late|current|sitting|incumbent)(?:\\s+|(?<=-))(?:(?:${COUNTRY_WORD_SOURCE})(?:['’]s)?\\s+)?(?:(?<office>${PHRASES})\\s+)?$`,
  'iu',
);
const ADMINISTRATION_NOW = /^(?:['’]s)?\s+(?:administration|government)\s+(?:(?:still|now|also)\s+)?(?:is|are|remains|remain|continues|continue|has|have|says|will|wants|believes|maintains|plans|seeks|supports|insists|stands)\b/iu;
const HEAD_OFFICES = ['president', 'prime-minister', 'chancellor'];

function contradictionOfQualifier(body: string, m: PersonMention, p: Person, published: string): Contradiction | null {
  const before = body.slice(Math.max(0, m.start - 60), m.start);
  const q = QUALIFIED_TITLE.exec(before);
  if (!q?.groups) return null;
  const qualifier = (q.groups.q ?? '').toLowerCase();
  const office: Office | null = q.groups.office ? officeOfPhrase(q.groups.office) : null;
  const start = m.start - q[0].length;
  const span = { start, end: m.end, excerpt: body.slice(start, m.end) };
  const when = formatDay(published);
  const activeRoles = p.roles.filter((r) => roleActiveOn(r, published) && (r.from !== null || r.to !== null));
  if (qualifier === 'late') {
    const role = activeRoles[0];
    if (!role) return null;
    return { ...span, message: `On ${when} ${p.name} was serving as ${describeRole(role)}; the article refers to ${objectPronoun(p)} as "the late" ${p.name}.` };
  }
  if (!office) return null;
  const roles = p.roles.filter((r) => roleIsOffice(r, office));
  const current = roles.find((r) => roleActiveOn(r, published) && r.from !== null);
  if (qualifier === 'former' || qualifier === 'ex-') {
    if (!current?.from) return null;
    return {
      ...span,
      message: `On ${when} ${p.name} was the sitting ${describeRole(current)} (in office since ${formatDay(current.from)}), not a former one.`,
    };
  }
  const past = roles.filter((r) => r.to !== null && r.to <= published).sort((a, b) => ((a.to ?? '') < (b.to ?? '') ? 1 : -1))[0];
  if (current || !past?.to) return null;
  return { ...span, message: `${p.name} left office as ${describeRole(past)} on ${formatDay(past.to)}, so was not the ${qualifier} holder on ${when}.` };
}

function contradictionOfAdministration(body: string, m: PersonMention, p: Person, published: string, gazetteer: Person[]): Contradiction | null {
  const after = ADMINISTRATION_NOW.exec(body.slice(m.end, m.end + 60));
  if (!after) return null;
  const heads = OFFICES.filter((o) => HEAD_OFFICES.includes(o.key));
  const headRoles = p.roles.filter((r) => heads.some((o) => roleIsOffice(r, o)));
  if (headRoles.length === 0 || headRoles.some((r) => roleActiveOn(r, published))) return null;
  const last = headRoles.filter((r) => r.to !== null && r.to <= published).sort((a, b) => ((a.to ?? '') < (b.to ?? '') ? 1 : -1))[0];
  if (!last?.to) return null;
  const office = heads.find((o) => roleIsOffice(last, o));
  const isSuccessorRole = (r: Role) => office !== undefined && roleIsOffice(r, office) && r.country === last.country && roleActiveOn(r, published) && r.from !== null;
  const successor = gazetteer.find((g) => g.roles.some(isSuccessorRole));
  const end = m.end + after[0].length;
  const led = successor ? ` On that day the ${describeRole(last)} was ${successor.name}.` : '';
  return {
    start: m.start,
    end,
    excerpt: body.slice(m.start, end),
    message: `${p.name}'s term as ${describeRole(last)} ended on ${formatDay(last.to)}, yet the article describes the ${p.name.split(' ').pop() ?? p.name} administration as in office on ${formatDay(published)}.${led}`,
  };
}

/**
 * Stage entry point: statements of office in the article that contradict the gazetteer at the publication date.
 * General rules over roles and dates: "former"/"ex-" + office + a person who holds that office on the day;
 * "current"/"sitting"/"incumbent" + office + a person who had left it; "the late" + a person in office; and
 * "<head of government> administration is/remains/..." when that person was out of office.
 * Only roles with a known date count; a gap in the gazetteer never produces a flag.
 */
export function findContradictions(body: string, _sentences: Sentence[], mentions: PersonMention[], published: string, gazetteer: Person[]): Contradiction[] {
  const byId = new Map(gazetteer.map((p) => [p.id, p]));
  const out: Contradiction[] = [];
  for (const m of mentions) {
    if (m.via === 'coreference') continue;
    const p = byId.get(m.personId);
    if (!p || p.origin !== 'gazetteer') continue;
    const c = contradictionOfQualifier(body, m, p, published) ?? contradictionOfAdministration(body, m, p, published, gazetteer);
    if (c && !out.some((o) => o.start < c.end && c.start < o.end)) out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}
