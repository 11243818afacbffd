import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Person } from '../../src/shared/schema';
import { readArticle } from '../ingest/read-article';
import { loadGazetteer } from '../people/gazetteer';
import { analyseArticle } from '../run-pipeline';
import { extractEvents } from './extract-events';

/** The real gazetteer: the officials these sentences name are all in it. */
const people: Person[] = loadGazetteer('data/gazetteer');
const byId = new Map(people.map((p) => [p.id, p]));

function run(body: string, published = '2025-05-10', file = 'test.md') {
  const article = readArticle(file, `---\ntitle: t\npublished: ${published}\n---\n${body}`);
  return { body: article.body, events: extractEvents(analyseArticle(article, people), byId) };
}

test('a call with two counterparts is two bilateral calls, dated by the weekday in its sentence', () => {
  const raw = readFileSync('data/articles/000_33d9e51da9844c80.txt', 'utf8');
  const article = readArticle('000_33d9e51da9844c80.txt', raw);
  const calls = extractEvents(analyseArticle(article, people), byId).filter((e) => e.type === 'phone_call' && e.sources[0]?.excerpt.startsWith('Secretary Rubio spoke on Thursday'));
  expect(calls.map((c) => c.title)).toEqual(['Marco Rubio speaks with S. Jaishankar by phone', 'Marco Rubio speaks with Shehbaz Sharif by phone']);
  for (const c of calls) {
    expect(c.date).toMatchObject({ start: '2025-05-08', precision: 'day', basis: 'weekday-relative' });
    expect(c.channel).toBe('phone');
    expect(c.conflict).toBe('india-pakistan');
  }
});

test('whoever reported a call is its source speaker, not a participant', () => {
  const { events } = run('According to State Department spokesperson Tammy Bruce, Marco Rubio spoke with Pakistan’s Foreign Minister Ishaq Dar on Saturday.');
  const [call] = events.filter((e) => e.type === 'phone_call');
  expect(call?.actors).toEqual(['marco-rubio', 'ishaq-dar']);
  expect(call?.sources[0]?.speaker).toBe('tammy-bruce');
  expect(call?.date.start).toBe('2025-05-10');
});

test('future contacts are planned', () => {
  const { events } = run('Ukrainian Foreign Minister Andrii Sybiha will meet Marco Rubio in Washington next week, the ministry said.');
  const [meeting] = events.filter((e) => e.type === 'meeting');
  expect(meeting?.status).toBe('planned');
  expect(meeting?.conflict).toBe('russia-ukraine');
  expect(meeting?.title).toBe('Andrii Sybiha to meet Marco Rubio');
});

test('one article can report events of both crises, and a question is not an event', () => {
  const { body, events } = run(
    'Sergey Lavrov met Marco Rubio in Riyadh to discuss Ukraine.\n\nMarco Rubio urged India and Pakistan to de-escalate.\n\nAsked if Donald Trump would visit Kyiv, Karoline Leavitt declined to comment.',
  );
  expect(events.find((e) => e.type === 'meeting')?.conflict).toBe('russia-ukraine');
  expect(events.find((e) => e.type === 'appeal')?.conflict).toBe('india-pakistan');
  expect(events.some((e) => e.type === 'visit')).toBe(false);
  for (const e of events) for (const s of e.sources) expect(body.slice(s.start, s.end)).toBe(s.excerpt);
});

test('attacks named by a noun phrase are incidents with their place and perpetrator', () => {
  const raw = readFileSync('data/articles/002_21932a248247e45f.txt', 'utf8');
  const events = extractEvents(analyseArticle(readArticle('002.txt', raw), people), byId);
  const strike = events.find((e) => e.type === 'military_action');
  expect(strike?.title).toBe('Military action by Russia in Sumy');
  expect(strike?.countries).toEqual(expect.arrayContaining(['RU', 'UA']));
  const condemnation = events.find((e) => e.type === 'condemnation' && e.sources[0]?.excerpt.includes('Sumy'));
  expect(condemnation?.actors).toEqual(['donald-trump']);
});

test('a date that names an incident dates the incident, not the statement around it or the sentences after it', () => {
  const { body, events } = run(
    'Marco Rubio expressed sorrow over the April 22 Pahalgam terrorist attack and urged India and Pakistan to de-escalate. He also urged Pakistan to end support for terrorist groups.',
  );
  expect(events.find((e) => e.type === 'terrorist_attack')?.date).toMatchObject({ start: '2025-04-22', precision: 'day' });
  const appeals = events.filter((e) => e.type === 'appeal');
  expect(appeals.length).toBeGreaterThan(0);
  // Not dated on the attack's day; the appeal of its own sentence came after it (rule "after the named happening":
  // from 22 April to publication), the next sentence's takes no scene from it (the week up to publication).
  for (const e of appeals) expect(e.date.end).not.toBe('2025-04-22');
  expect(appeals.map((e) => [e.date.start, e.date.end]).sort()).toEqual([['2025-04-22', '2025-05-10'], ['2025-05-03', '2025-05-10']]);
  for (const e of events) for (const s of e.sources) expect(body.slice(s.start, s.end)).toBe(s.excerpt);
});

test('"this morning" inside a quotation is the speaker’s morning: an approximate range up to publication', () => {
  const { events } = run('“This morning Marco Rubio spoke with Ishaq Dar,” Tammy Bruce said.', '2025-05-10');
  const call = events.find((e) => e.type === 'phone_call');
  expect(call?.date).toMatchObject({ start: '2025-05-08', end: '2025-05-10', precision: 'approximate', basis: 'relative-phrase' });
  const plain = run('This morning Marco Rubio spoke with Ishaq Dar.', '2025-05-10').events.find((e) => e.type === 'phone_call');
  expect(plain?.date).toMatchObject({ start: '2025-05-10', end: '2025-05-10', precision: 'day' });
});

test('"recent diplomatic talks" and "Russia’s recent missile strike" date those things, not the statements around or after them', () => {
  const raw = readFileSync('data/articles/002_21932a248247e45f.txt', 'utf8');
  const events = extractEvents(analyseArticle(readArticle('002.txt', raw), people), byId);
  const briefing = events.find((e) => e.sources[0]?.excerpt.startsWith('White House Press Secretary Karoline Leavitt, during a briefing'));
  // Its paragraph states no date, and "on Tuesday" (15 April) is another paragraph's: the week up to publication.
  expect(briefing?.date).toMatchObject({ start: '2025-04-08', end: '2025-04-15', precision: 'approximate', basis: 'publication' });
  const condemnation = events.find((e) => e.type === 'condemnation' && e.sources[0]?.excerpt.includes('Sumy'));
  expect(condemnation?.date).toMatchObject({ start: '2025-04-08', end: '2025-04-15', basis: 'publication' });
  expect(events.find((e) => e.type === 'military_action')?.date).toMatchObject({ start: '2025-03-16', end: '2025-04-15', basis: 'relative-phrase' });
  expect(events.find((e) => e.type === 'meeting')?.date).toMatchObject({ end: '2025-04-15', precision: 'approximate', basis: 'relative-phrase' });
});

test('"He" inside a spokeswoman’s quotation is the man named before, not her', () => {
  const { events } = run('Marco Rubio was in touch with both sides, Tammy Bruce told reporters. “He urged India and Pakistan to de-escalate,” she said.');
  const appeal = events.find((e) => e.type === 'appeal');
  expect(appeal?.actors).toEqual(['marco-rubio']);
  expect(appeal?.reporter).toBe('tammy-bruce');
});

test('"X, the spokesperson of ..., said on Thursday that ...": X reported it, on Thursday; the comma is no inversion', () => {
  const { events } = run('Randhir Jaiswal, the spokesperson of India’s Ministry of External Affairs, said on Thursday that Prime Minister Narendra Modi had expressed India’s resolve to respond to any escalation.', '2025-05-09');
  const own = events.find((e) => e.actors.includes('randhir-jaiswal'));
  expect(own?.date).toMatchObject({ start: '2025-05-08', precision: 'day', basis: 'weekday-relative' });
  expect(events.find((e) => e.actors.includes('narendra-modi'))).toMatchObject({ reporter: 'randhir-jaiswal', date: { evidence: null } });
});

test('channels: an attack is known from a media report; talks are in person unless held over a line', () => {
  const strike = run('Russia launched a missile attack on Odesa overnight, killing four people.', '2025-04-20').events.find((e) => e.type === 'military_action');
  expect(strike?.channel).toBe('media_report');
  const table = run('Ukraine and Russia held talks in Istanbul on Friday.', '2025-05-17').events.find((e) => e.type === 'negotiation');
  expect(table?.channel).toBe('in_person');
  const line = run('Ukraine and Russia held talks by video link on Friday.', '2025-05-17').events.find((e) => e.type === 'negotiation');
  expect(line?.channel).toBe('phone');
});

test('a bare "attack" pinned down by the calendar day before it is an incident: terrorist when its sentence speaks of terror or tourists', () => {
  const { events } = run('In the call, Ishaq Dar said Pakistan had no role in the April 22 attack on tourists in Kashmir. Kyiv recalled the April 13 attack on Sumy. The minister condemned the attack.', '2025-04-28');
  const incidents = events.filter((e) => e.type === 'terrorist_attack' || e.type === 'military_action');
  expect(incidents.map((e) => [e.type, e.date.start, e.date.end])).toEqual([
    ['terrorist_attack', '2025-04-22', '2025-04-22'],
    ['military_action', '2025-04-13', '2025-04-13'],
  ]);
});
