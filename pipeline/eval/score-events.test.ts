import { describe, expect, test } from 'vitest';
import type { Person, TimelineEvent } from '../../src/shared/schema';
import type { KeyEvent } from './answer-key';
import { explainMiss, type MatchContext } from './match-events';
import { scoreEvents } from './score-events';
import { wrongDateLines } from './format-report';

const people = new Map<string, Person>([
  ['ann-lee', { id: 'ann-lee', name: 'Ann Lee', aliases: ['Lee', 'Anne Lee'], country: 'US', roles: [], origin: 'gazetteer' }],
  ['raj-rao', { id: 'raj-rao', name: 'Raj Rao', aliases: ['Rao'], country: 'IN', roles: [], origin: 'gazetteer' }],
]);
const ctx: MatchContext = { articleIdOf: (f) => ({ 'a.md': 'a', 'b.md': 'b' })[f], people };

function key(over: Partial<KeyEvent>): KeyEvent {
  return { key: 'k', article: 'a.md', conflict: 'india-pakistan', from: '2025-05-08', to: '2025-05-08', status: 'occurred', types: ['phone_call'], actors: ['Ann Lee', 'Raj Rao'], support: { text: 'Lee spoke with Rao.', start: 0, end: 19 }, optional: false, ...over };
}
function event(over: Partial<TimelineEvent> & { from?: string; to?: string; article?: string }): TimelineEvent {
  const { from = '2025-05-08', to = from, article = 'a', ...rest } = over;
  return {
    id: 'e', conflict: 'india-pakistan', type: 'phone_call', cameo: '041', channel: 'phone', status: 'occurred', title: 't', actors: ['ann-lee', 'raj-rao'], countries: [], corroboration: 1, notes: [],
    date: { start: from, end: to, precision: 'day', basis: 'explicit', evidence: null },
    sources: [{ article, start: 0, end: 19, excerpt: 'Lee spoke with Rao.', speaker: null, isQuote: false }],
    ...rest,
  };
}

describe('matching an output event to a key event', () => {
  test('a key actor matches by any spelling the person has, and a day inside the key range counts', () => {
    const s = scoreEvents([key({ actors: ['Anne Lee'], from: '2025-05-06', to: '2025-05-09' })], [event({})], ctx);
    expect(s.foundRequired).toBe(1);
    expect(s.fields.dateExact.hits).toBe(0);
    // It matches, but a single day claims more than a text that allows four days supports: not a right date.
    expect(s.fields.dateRight).toEqual({ hits: 0, of: 1 });
    const honest = scoreEvents([key({ from: '2025-05-08', to: '2025-05-08' })], [event({ from: '2025-05-02', to: '2025-05-09' })], ctx);
    expect(honest.fields.dateRight).toEqual({ hits: 1, of: 1 });
    expect(honest.fields.dateCovers).toEqual({ hits: 1, of: 1 });
  });

  test('a range wider than 31 days never matches, even over the true day; the miss is put down to the date', () => {
    const wide = event({ from: '2025-04-15', to: '2025-05-31' });
    const s = scoreEvents([key({})], [wide], ctx);
    expect(s.foundRequired).toBe(0);
    expect(s.misses.map((m) => m.cause)).toEqual(['date']);
    expect(s.fields.dateRight).toEqual({ hits: 0, of: 1 });
  });

  test('a key whose own range is wider than 31 days is left out of date right, and counted as not judged', () => {
    // "Some time last month or the month before": no answer can both hold that range and be narrow enough to match.
    const vague = key({ key: 'vague', types: ['meeting'], from: '2025-03-20', to: '2025-04-30' });
    const s = scoreEvents([vague, key({ key: 'day' })], [event({ id: 'wide', type: 'meeting', from: '2025-03-20', to: '2025-04-30' }), event({ id: 'day' })], ctx);
    expect(s.dateUnjudgeable).toBe(1);
    expect(s.fields.dateRight).toEqual({ hits: 1, of: 1 });
    expect(scoreEvents([key({})], [event({})], ctx).dateUnjudgeable).toBe(0);
  });

  test('type, actor and conflict each fail a match, and the first failing one is the cause', () => {
    expect(scoreEvents([key({})], [event({ type: 'meeting' })], ctx).misses[0]?.cause).toBe('type');
    expect(scoreEvents([key({})], [event({ actors: ['ann-lee'] })], ctx).misses[0]?.cause).toBe('actor');
    expect(scoreEvents([key({})], [event({ conflict: 'russia-ukraine' })], ctx).misses[0]?.cause).toBe('conflict');
  });

  test('one merged event answers the same happening in two articles, but only one key event per article', () => {
    const merged = event({ sources: [
      { article: 'a', start: 0, end: 19, excerpt: 'x', speaker: null, isQuote: false },
      { article: 'b', start: 0, end: 19, excerpt: 'x', speaker: null, isQuote: false },
    ] });
    const twoArticles = scoreEvents([key({ key: 'in-a' }), key({ key: 'in-b', article: 'b.md' })], [merged], ctx);
    expect(twoArticles.foundRequired).toBe(2);
    const twoInOne = scoreEvents([key({ key: 'first' }), key({ key: 'second', from: '2025-05-07', to: '2025-05-09' })], [merged], ctx);
    expect(twoInOne.foundRequired).toBe(1);
    expect(twoInOne.misses[0]?.cause).toBe('merged');
  });

  test('required key events take events before optional ones, and an unmatched output event is spurious', () => {
    const optionalFirst = [key({ key: 'opt', optional: true }), key({ key: 'req' })];
    const s = scoreEvents(optionalFirst, [event({}), event({ id: 'other', type: 'threat' })], ctx);
    expect(s.matched.map((m) => m.key.key)).toEqual(['req']);
    expect(s.spurious.map((e) => e.id)).toEqual(['other']);
    expect(s.perRequired).toBe(2);
  });

  test('a key whose sentence no output event cites is "not read from its sentence", whatever an event elsewhere fails', () => {
    // The event further on in the article fails only the type: it is still no reading of the key's words.
    const elsewhere = event({ type: 'meeting', sources: [{ article: 'a', start: 500, end: 520, excerpt: 'x', speaker: null, isQuote: false }] });
    expect(explainMiss(key({}), [elsewhere], ctx)).toMatchObject({ cause: 'not read from its sentence', closest: elsewhere });
    // Read from the key's own sentence with the wrong type, it is a type miss, even beside an exact event from elsewhere.
    const near = event({ id: 'near', type: 'meeting' });
    expect(explainMiss(key({}), [near, event({ id: 'far', sources: elsewhere.sources })], ctx)).toMatchObject({ cause: 'type', closest: near });
    const s = scoreEvents([key({})], [elsewhere], ctx);
    expect(s.causes['not read from its sentence']).toBe(1);
  });

  test('an article no output event cites is "not detected"', () => {
    const far = event({ type: 'threat', actors: [], sources: [{ article: 'a', start: 500, end: 520, excerpt: 'x', speaker: null, isQuote: false }] });
    expect(explainMiss(key({ article: 'b.md' }), [far], ctx)).toMatchObject({ cause: 'not detected', closest: null });
  });

  test('the report lists each judged event whose range misses the true day, with both ranges and the key sentence', () => {
    const dated = key({ key: 'talks-tue', datePhrase: 'on Tuesday', support: { text: 'Lee and Rao talked by phone on Tuesday.', start: 0, end: 40 } });
    const wrongWeek = event({ from: '2025-05-01', date: { start: '2025-05-01', end: '2025-05-01', precision: 'day', basis: 'weekday-relative', evidence: { article: 'a', start: 30, end: 40, excerpt: 'on Tuesday' } } });
    const s = scoreEvents([dated], [wrongWeek], ctx);
    expect(s.dateWrong.map((m) => m.key.key)).toEqual(['talks-tue']);
    const table = wrongDateLines(s).join('\n');
    expect(table).toContain('| talks-tue | 2025-05-08 · "on Tuesday" | 2025-05-01 · day · weekday-relative "on Tuesday" | Lee and Rao talked by phone on Tuesday. |');
    // An honest wider range holds the day: it is not listed.
    const wide = scoreEvents([dated], [event({ from: '2025-05-05', to: '2025-05-09' })], ctx);
    expect(wide.dateWrong).toEqual([]);
    expect(wrongDateLines(wide)).toContain('None.');
  });
});
