import { expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/shared/schema';
import { eventsOfText } from './fixtures/unseen-events-of';

/** Journeys and what they are made for. Sentences in our own words; the paper is dated Wednesday 14 May 2025. */
const PUBLISHED = '2025-05-14';
const brief = (e: TimelineEvent) => [e.type, e.status, e.date.start, e.date.end, e.actors];

test('"is due in X on Thursday", "is expected in X": a visit ahead, on its day', () => {
  expect(eventsOfText('Marco Rubio is due in Istanbul on Thursday, where Russia and Ukraine may meet.', PUBLISHED).filter((e) => e.type === 'visit').map(brief)).toEqual([['visit', 'planned', '2025-05-15', '2025-05-15', ['marco-rubio']]]);
  expect(eventsOfText('Steve Witkoff is expected in Moscow on Friday to discuss the war in Ukraine.', PUBLISHED).filter((e) => e.type === 'visit').map(brief)).toEqual([['visit', 'planned', '2025-05-16', '2025-05-16', ['steve-witkoff']]]);
  // Negatives: a plan told in the past is no visit ahead (nor one made); "expected in June" names no place.
  expect(eventsOfText('Marco Rubio was due in Istanbul on Thursday for the Ukraine talks, but the trip was called off.', PUBLISHED).filter((e) => e.type === 'visit')).toEqual([]);
  expect(eventsOfText('A decision on new sanctions against Russia is expected in June.', PUBLISHED)).toEqual([]);
});

test('talks a journey is made for ("arrived in Moscow for talks with Putin") are held there, planned as the journey is', () => {
  const arrived = eventsOfText('Steve Witkoff arrived in Moscow on Friday for talks with Vladimir Putin about Ukraine.', PUBLISHED);
  expect(arrived.filter((e) => e.type !== 'visit').map(brief)).toEqual([['meeting', 'occurred', '2025-05-09', '2025-05-09', ['steve-witkoff', 'vladimir-putin']]]);
  const due = eventsOfText('Marco Rubio is due in Istanbul on Thursday for talks with Sergey Lavrov on Ukraine.', PUBLISHED);
  expect(due.filter((e) => e.type !== 'visit').map(brief)).toEqual([['meeting', 'planned', '2025-05-15', '2025-05-15', ['marco-rubio', 'sergey-lavrov']]]);
  // Negative: talks pushed or called for are wanted, not held.
  expect(eventsOfText('Kyiv pushed for talks with Moscow on a truce in Ukraine.', PUBLISHED).filter((e) => e.type === 'meeting' || e.type === 'negotiation')).toEqual([]);
});

test('leading a delegation to a place is a journey there: going on, ahead, or made', () => {
  const visits = (text: string) => eventsOfText(text, PUBLISHED).filter((e) => e.type === 'visit').map((e) => [e.status, e.date.start, e.actors, e.title]);
  expect(visits('Rustem Umerov is leading a delegation to Istanbul for the talks on Ukraine.')).toEqual([['occurred', '2025-05-14', ['rustem-umerov'], 'Rustem Umerov visits Istanbul']]);
  expect(visits('Vladimir Medinsky will head the Russian delegation to Istanbul on Friday.')).toEqual([['planned', '2025-05-16', ['vladimir-medinsky'], 'Vladimir Medinsky to visit Istanbul']]);
  expect(visits('Rustem Umerov led the Ukrainian delegation to Istanbul on Monday.')).toEqual([['occurred', '2025-05-12', ['rustem-umerov'], 'Rustem Umerov visits Istanbul']]);
  // Negative: leading a delegation at talks is a part in them, no journey.
  expect(visits('Rustem Umerov led the Ukrainian delegation at the talks in Istanbul on Monday.')).toEqual([]);
});
