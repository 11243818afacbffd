import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Person, type TimelineEvent } from '../../../shared/schema';
import { buildContacts, prepareContacts, toDayWindow } from './contact-pairs';
import { PAIR_COLUMNS, pairsToCsv } from './pairs-to-csv';

const ds = datasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
const people = new Map(ds.people.map((p) => [p.id, p]));
const nameOf = (id: string) => people.get(id)?.name ?? id;

describe('contacts on the published data', () => {
  const { officials, pairs } = buildContacts(ds.events, people, null);
  const pairNames = pairs.map((p) => [p.a.name, p.b.name].sort().join(' – '));

  it('links the officials of each phone call, meeting or visit, and no one else', () => {
    for (const p of pairs) for (const e of p.events) expect(e.actors).toEqual(expect.arrayContaining([p.a.id, p.b.id]));
    const inContact = new Set(ds.events.filter((e) => ['phone_call', 'meeting', 'visit', 'host_visit', 'mediation', 'negotiation'].includes(e.type)).flatMap((e) => e.actors));
    expect(new Set(officials.map((o) => o.id))).toEqual(inContact);
  });

  it('finds the US Secretary of State’s calls to both capitals', () => {
    const rubio = [...people.values()].find((p) => p.name === 'Marco Rubio');
    expect(rubio).toBeDefined();
    const withRubio = pairs.filter((p) => p.a.id === rubio?.id || p.b.id === rubio?.id);
    const others = withRubio.map((p) => nameOf(p.a.id === rubio?.id ? p.b.id : p.a.id));
    expect(others).toEqual(expect.arrayContaining(['Shehbaz Sharif', 'S. Jaishankar']));
    for (const p of withRubio) expect(p.events.map((e) => e.date.start)).toContain('2025-05-08');
    expect(pairNames.length).toBe(new Set(pairNames).size);
  });

  it('groups officials by country', () => {
    const countries = officials.map((o) => o.country ?? '~');
    expect(countries).toEqual([...countries].sort());
  });
});

function contact(id: string, actors: string[], start: string, end = start): TimelineEvent {
  return {
    id, conflict: 'russia-ukraine', type: 'meeting', cameo: '044', channel: 'in_person', status: 'occurred', title: id, actors, countries: [], corroboration: 1, notes: [],
    date: { start, end, precision: 'day', basis: 'explicit', evidence: null },
    sources: [{ article: 'a', start: 0, end: 1, excerpt: 'x', speaker: null, isQuote: false }],
  };
}
const person = (id: string, name: string, country: string): Person => ({ id, name, country, aliases: [], roles: [], origin: 'gazetteer' });
const trio = new Map([person('p-1', '=Ann', 'US'), person('p-2', 'Bo, Jr.', 'RU'), person('p-3', 'Cy', 'UA')].map((p) => [p.id, p]));

describe('contacts from made-up meetings', () => {
  it('links every two officials of a meeting of three, counts events per pair and keeps the time window', () => {
    const events = [contact('m1', ['p-1', 'p-2', 'p-3'], '2025-02-18'), contact('m2', ['p-1', 'p-2'], '2025-02-20', '2025-02-22'), contact('m3', ['p-2', 'p-3'], '2025-03-10')];
    const all = buildContacts(events, trio, null);
    expect(all.pairs.map((p) => [p.a.id, p.b.id, p.events.length])).toEqual([['p-2', 'p-1', 2], ['p-2', 'p-3', 2], ['p-3', 'p-1', 1]]);
    // A window that ends on the 21st keeps the meeting whose uncertain date may fall on it, and drops 10 March.
    const feb = buildContacts(events, trio, { from: '2025-02-19', to: '2025-02-21' });
    expect(feb.pairs.map((p) => p.key)).toEqual(['p-1|p-2']);
    expect(feb.officials.map((o) => o.id)).toEqual(['p-2', 'p-1']);
  });

  it('lists each pair’s events in date order and counts each contact event once, whatever the order given', () => {
    const events = [contact('late', ['p-1', 'p-2', 'p-3'], '2025-03-02'), contact('solo', ['p-1'], '2025-01-01'), contact('early', ['p-2', 'p-1', 'p-2'], '2025-02-01')];
    const c = buildContacts(events, trio, null);
    expect(c.pairs.find((p) => p.key === 'p-1|p-2')?.events.map((e) => e.id)).toEqual(['early', 'late']);
    // The meeting of three links three pairs but is one event; the official alone on 1 January links none.
    expect(c.contactEvents).toBe(2);
    expect(c.officials.find((o) => o.id === 'p-1')?.events).toBe(3);
  });

  it('gives the view what was worked out ahead for the same events and window, and works out a new window afresh', () => {
    const events = [contact('m1', ['p-1', 'p-2'], '2025-02-18'), contact('m2', ['p-2', 'p-3'], '2025-03-10')];
    const window = { start: new Date(2025, 1, 1), end: new Date(2025, 2, 1) };
    prepareContacts(events, trio, window);
    const ahead = buildContacts(events, trio, toDayWindow(window));
    expect(buildContacts(events, trio, toDayWindow({ ...window }))).toBe(ahead);
    expect(ahead.pairs.map((p) => p.key)).toEqual(['p-1|p-2']);
    const all = buildContacts(events, trio, null);
    expect(all).not.toBe(ahead);
    expect(all.pairs.map((p) => p.key).sort()).toEqual(['p-1|p-2', 'p-2|p-3']);
  });

  it('reads the window in the reader’s days', () => {
    expect(toDayWindow({ start: new Date(2025, 1, 19), end: new Date(2025, 1, 22) })).toEqual({ from: '2025-02-19', to: '2025-02-21' });
    expect(toDayWindow(null)).toBeNull();
  });

  it('exports the pairs as a formula-safe CSV with a byte-order mark', () => {
    const csv = pairsToCsv(buildContacts([contact('m1', ['p-1', 'p-2'], '2025-02-18')], trio, null).pairs);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(PAIR_COLUMNS.join(','));
    expect(lines[1]).toBe(`"Bo, Jr.",Russia,'=Ann,United States,1,2025-02-18,2025-02-18,m1`);
    expect(lines[2]).toBe('');
  });
});
