import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/shared/schema';
import { runPipeline } from '../run-pipeline';
import { eventsOf, UNSEEN_DIR } from './fixtures/unseen-events-of';

/**
 * Paragraphs written in the style of April–May 2025 wire reporting, about officials and phrasing the seed articles
 * never use. The expectations are what a reader gets from the text and the calendar (publication dates in front
 * matter), not what the pipeline happened to produce.
 */


const by = (events: TimelineEvent[], type: string, ...actors: string[]) => events.filter((e) => e.type === type && actors.every((a) => e.actors.includes(a)));
const day = (start: string, basis: string) => ({ start, end: start, precision: 'day', basis });

describe('India–Pakistan, 7–15 May 2025', () => {
  test('Operation Sindoor: India’s strikes and Singh’s statement on Wednesday, Doval’s call "yesterday", Sharif’s condemnation', () => {
    const events = eventsOf('ip-operation-sindoor-briefing.md');
    expect(by(events, 'statement', 'rajnath-singh')[0]?.date).toMatchObject(day('2025-05-07', 'weekday-relative'));
    // India's strikes are told twice (Singh's "carried out Operation Sindoor", the army's "missile strikes hit") and are
    // one event; Pakistan's claim that it shot down jets, told by its defence minister, is another.
    const strikes = events.filter((e) => e.type === 'military_action' && !e.title.includes('Pakistan'));
    expect(strikes).toHaveLength(1);
    expect(events.filter((e) => e.type === 'military_action' && e.countries[0] === 'PK')).toHaveLength(1);
    expect(strikes[0]?.countries).toEqual(expect.arrayContaining(['IN', 'PK']));
    expect(strikes[0]?.title).toBe('Military action by India');
    expect(strikes[0]?.date).toMatchObject(day('2025-05-07', 'weekday-relative'));
    expect(by(events, 'phone_call', 'ajit-doval', 'marco-rubio')[0]?.date).toMatchObject(day('2025-05-07', 'relative-phrase'));
    const condemnation = by(events, 'condemnation', 'shehbaz-sharif')[0];
    // The text gives it no date of its own: carried over from the sentence before, so less than day-precise.
    expect(condemnation?.date).toMatchObject({ start: '2025-05-07', end: '2025-05-08', basis: 'inherited' });
    expect(condemnation?.date.precision).not.toBe('day');
  });

  test('the ceasefire of Saturday 10 May: Trump’s Truth Social post, Dar on X, Misri’s briefing, and Vance’s call on Friday', () => {
    const events = eventsOf('ip-ceasefire-announced.md');
    const ceasefire = events.filter((e) => e.type === 'ceasefire');
    expect(ceasefire).toHaveLength(1);
    // Told with the states in Trump's post and with the DGMOs who agreed it in Misri's briefing: one ceasefire.
    expect(ceasefire[0]).toMatchObject({ countries: ['IN', 'PK'], actors: ['rajiv-ghai', 'kashif-abdullah'], conflict: 'india-pakistan', status: 'occurred' });
    // Saturday is the day of Trump's announcement; the agreement he reports is dated by his post's own sentence,
    // which carries that day over.
    expect(ceasefire[0]?.date).toMatchObject({ start: '2025-05-10', end: '2025-05-10' });
    const trump = by(events, 'statement', 'donald-trump');
    expect(trump).toHaveLength(1);
    expect(trump[0]).toMatchObject({ channel: 'social_media', date: day('2025-05-10', 'weekday-relative') });
    // Dar's and Misri's paragraph states no date: the week up to publication, which holds the day of the agreement;
    // Misri's sentence tells times of day ("at 15:35 hours"), which go on with the day told last, Saturday.
    expect(by(events, 'statement', 'ishaq-dar')[0]).toMatchObject({ channel: 'social_media', date: { start: '2025-05-03', end: '2025-05-10', basis: 'publication' } });
    expect(by(events, 'statement', 'vikram-misri')[0]).toMatchObject({ channel: 'press_briefing', date: { start: '2025-05-10', end: '2025-05-10', basis: 'inherited' } });
    const vance = by(events, 'phone_call', 'jd-vance', 'narendra-modi');
    expect(vance).toHaveLength(1);
    expect(vance[0]?.date).toMatchObject(day('2025-05-09', 'weekday-relative'));
    // "urged him to de-escalate" is what Vance said in that call, not an appeal of its own.
    expect(events.some((e) => e.type === 'appeal')).toBe(false);
  });

  test('the DGMOs’ call at 15:35 ("the Directors General of Military Operations of the two countries") is a call between both holders, and their agreement is the ceasefire', () => {
    const events = eventsOf('ip-ceasefire-announced.md');
    expect(by(events, 'phone_call', 'rajiv-ghai', 'kashif-abdullah')).toHaveLength(1);
    expect(by(events, 'ceasefire', 'rajiv-ghai', 'kashif-abdullah')).toHaveLength(1);
  });

  test('Modi’s address "on Monday", Misri’s briefing "last week", Wang Yi’s call "earlier this month"', () => {
    const events = eventsOf('ip-modi-address.md');
    expect(by(events, 'statement', 'narendra-modi')[0]?.date).toMatchObject(day('2025-05-12', 'weekday-relative'));
    const misri = by(events, 'statement', 'vikram-misri')[0];
    expect(misri).toMatchObject({ channel: 'press_briefing', date: { start: '2025-05-04', end: '2025-05-11', precision: 'week', basis: 'relative-phrase' } });
    expect(by(events, 'phone_call', 'wang-yi', 'ajit-doval')[0]?.date).toMatchObject({ start: '2025-05-01', end: '2025-05-15', precision: 'month' });
  });
});

describe('Russia–Ukraine, 19–27 April 2025', () => {
  test('Putin’s Easter truce on Saturday, Peskov on Sunday, Russian shelling reported by Zelensky', () => {
    const events = eventsOf('ru-easter-truce.md');
    const truce = by(events, 'ceasefire', 'vladimir-putin');
    expect(truce).toHaveLength(1);
    expect(truce[0]).toMatchObject({ conflict: 'russia-ukraine', date: day('2025-04-19', 'weekday-relative') });
    expect(by(events, 'statement', 'dmitry-peskov')[0]?.date).toMatchObject(day('2025-04-20', 'weekday-relative'));
    const shelling = events.filter((e) => e.type === 'military_action');
    expect(shelling.map((e) => e.title)).toEqual(['Military action by Russia']);
    for (const e of [...shelling, ...by(events, 'statement', 'volodymyr-zelenskyy')]) expect(e.date.start >= '2025-04-19' && e.date.end <= '2025-04-20').toBe(true);
    // The shelling "continued ... after the truce was due to take effect": dated by its own words, from the truce's day
    // (dates/anchored-dates.ts, TOLD_HAPPENING); the saying, with none, by the sentence before it.
    expect(shelling[0]?.date).toMatchObject({ start: '2025-04-19', end: '2025-04-20', basis: 'relative-phrase' });
    expect(by(events, 'statement', 'volodymyr-zelenskyy')[0]?.date.basis).toBe('inherited');
  });

  test('Zelensky meets Trump in the Vatican on Saturday; the Kyiv strike "two days" before; Witkoff meets Putin on Friday', () => {
    const events = eventsOf('ru-vatican-meeting.md');
    expect(by(events, 'meeting', 'volodymyr-zelenskyy', 'donald-trump')[0]?.date).toMatchObject(day('2025-04-26', 'weekday-relative'));
    expect(by(events, 'meeting', 'steve-witkoff', 'vladimir-putin')[0]?.date).toMatchObject(day('2025-04-25', 'weekday-relative'));
    const strike = events.filter((e) => e.type === 'military_action');
    expect(strike).toHaveLength(1);
    expect(strike[0]?.title).toBe('Military action by Russia in Kyiv');
    // Counted back from the meeting's date, which this sentence only refers to: the right day, but not stated.
    expect(strike[0]?.date).toMatchObject({ start: '2025-04-24', end: '2025-04-24', precision: 'approximate', basis: 'relative-phrase' });
  });
});

test('the whole folder in one run: every source verbatim, every event sourced, Misri’s 10 May briefing once', () => {
  const result = runPipeline({ articlesDir: UNSEEN_DIR, gazetteerDir: 'data/gazetteer', curationDir: join(UNSEEN_DIR, '..', 'no-curation-here'), today: '2025-06-01' });
  expect(result.problems).toEqual([]);
  const bodies = new Map(result.articles.map((a) => [a.meta.id, a.body]));
  for (const e of result.events) {
    expect(e.sources.length).toBeGreaterThan(0);
    for (const s of e.sources) expect(bodies.get(s.article)?.slice(s.start, s.end)).toBe(s.excerpt);
  }
  expect(result.events.filter((e) => e.actors.includes('vikram-misri'))).toHaveLength(1);
  expect(readdirSync(UNSEEN_DIR).length).toBe(result.articles.length);
});
