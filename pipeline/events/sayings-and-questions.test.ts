import { expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/shared/schema';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * How news prose tells a saying: its date right after the reporting verb with no "that", a question put to the
 * speaker before the answer, a participle of speaking around the speaker. Sentences in our own words; the paper is
 * dated Wednesday 14 May 2025 (Monday is the 12th, Tuesday the 13th).
 */
const PUBLISHED = '2025-05-14';
const statementOf = (events: TimelineEvent[], actor: string) => events.find((e) => e.type === 'statement' && e.actors.includes(actor));
const dayOf = (e: TimelineEvent | undefined) => (e ? `${e.date.start}..${e.date.end}` : 'none');

test('"said on Monday he would ...": Monday is the saying\'s day, with or without "that"', () => {
  for (const sentence of [
    'Zelensky said on Monday he would go to Istanbul for talks with Russia on Thursday.',
    'Zelensky said Monday the Russian side had not answered his offer of a truce.',
    'Zelensky said on Monday that Russia had not answered his offer of a truce.',
    'Zelensky said on Monday, Russia had not answered his offer of a truce.',
  ]) {
    expect(dayOf(statementOf(eventsOfText(sentence, PUBLISHED), 'volodymyr-zelenskyy')), sentence).toBe('2025-05-12..2025-05-12');
  }
});

test('a date inside what was said does not date the saying', () => {
  // After "said that", the date belongs to what was told; so does one that is not right after the verb.
  for (const sentence of [
    'Zelensky said that on Monday Russian drones struck a bus in Sumy, killing nine people.',
    'Zelensky said Russian drones struck a bus in Sumy on Monday, killing nine people.',
  ]) {
    const said = statementOf(eventsOfText(sentence, PUBLISHED), 'volodymyr-zelenskyy');
    expect(said, sentence).toBeDefined();
    expect(dayOf(said), sentence).not.toBe('2025-05-12..2025-05-12');
  }
});

test('a question put to the speaker: the answer is the speaker\'s statement, dated by the asking; the question is no event', () => {
  for (const sentence of [
    'Asked on Monday whether Putin would attend the talks in Istanbul, Kremlin spokesman Dmitry Peskov said Moscow would name its delegation later.',
    'When asked on Monday if Putin would meet Zelensky, Dmitry Peskov said no such meeting was being prepared.',
  ]) {
    const events = eventsOfText(sentence, PUBLISHED);
    const said = statementOf(events, 'dmitry-peskov');
    expect(said?.status, sentence).toBe('occurred');
    expect(dayOf(said), sentence).toBe('2025-05-12..2025-05-12');
    // Nobody met or attended anything: the question only asked.
    expect(events.filter((e) => e.type === 'meeting' || e.type === 'visit'), sentence).toEqual([]);
  }
});

test('a question with no teller around it is still no event', () => {
  expect(eventsOfText('Asked whether Putin would meet Zelensky in Istanbul on Thursday.', PUBLISHED)).toEqual([]);
});

test('a participle of speaking between the speaker and the verb ("Peskov, asked about ..., said") keeps the speaker', () => {
  // The speaker is the subject before the participle, not the person named in what was said.
  const briefed = eventsOfText('Dmitry Peskov, speaking to reporters on Monday, said Vladimir Putin would not travel to Istanbul.', PUBLISHED);
  expect(dayOf(statementOf(briefed, 'dmitry-peskov'))).toBe('2025-05-12..2025-05-12');
  expect(statementOf(briefed, 'vladimir-putin')).toBeUndefined();
  // What was said is read as a report: Putin's meeting, on its own day.
  const asked = eventsOfText('Dmitry Peskov, asked about the talks, said Vladimir Putin had met Steve Witkoff in the Kremlin on Friday.', PUBLISHED);
  expect(statementOf(asked, 'dmitry-peskov')).toBeDefined();
  expect(asked.filter((e) => e.type === 'meeting').map((e) => [e.actors, dayOf(e)])).toEqual([[['vladimir-putin', 'steve-witkoff'], '2025-05-09..2025-05-09']]);
  const responding = eventsOfText('Dmitry Peskov, responding to a question from a Ukrainian journalist, said the Kremlin was ready.', PUBLISHED);
  expect(statementOf(responding, 'dmitry-peskov')).toBeDefined();
});

test('addressing or telling a gathering dated by its day dates the saying ("Addressing a press conference on Monday, X said")', () => {
  for (const sentence of [
    'Addressing a press conference in Islamabad on Monday, Ishaq Dar said Pakistan wanted peace with India.',
    'Giving an interview to a Turkish channel on Monday, Ishaq Dar said Pakistan wanted peace with India.',
  ]) {
    expect(dayOf(statementOf(eventsOfText(sentence, PUBLISHED), 'ishaq-dar')), sentence).toBe('2025-05-12..2025-05-12');
  }
});
