import { describe, expect, test } from 'vitest';
import type { EventType, TimelineEvent } from '../../src/shared/schema';
import { eventsOfCell } from './fixtures/unseen-events-of';

/**
 * The grid of rule "possessive-date-of-a-thing" (event-date.ts, round x20): a date in the possessive before a noun that
 * names no happening ("this year's G7 chair", "Tuesday's deadline", "last year's host") belongs to that noun, and dates
 * neither the act of the sentence nor anything else; a possessive before a noun of a happening ("Thursday's strike")
 * still dates that happening. Sentences of our own, published on Wednesday 18 June 2025 (Tuesday 17, Friday 13,
 * Thursday 12; the week up to publication is 11 to 18 June).
 */
const PUBLISHED = '2025-06-18';
const WEEK: [string, string] = ['2025-06-11', PUBLISHED];
const cell = (sentence: string) => eventsOfCell(sentence, PUBLISHED, /India|Pakistan/);
const show = (events: TimelineEvent[]) => events.map((e) => `${e.type} ${e.date.start}..${e.date.end} [${e.countries.join('+')}]`);

function found(cells: [string, EventType, [string, string], string][]) {
  test.each(cells)('%s', (sentence, type, [start, end], country) => {
    const events = cell(sentence);
    expect(events.some((e) => e.type === type && e.date.start === start && e.date.end === end && e.countries.includes(country)), JSON.stringify(show(events))).toBe(true);
  });
}

describe('a possessive date of a thing that is no happening dates no act', () => {
  found([
    ["Canada, this year's G7 chair, pledged new military aid to Ukraine.", 'intent_to_cooperate', WEEK, 'CA'],
    ["Germany, last year's host of the conference, imposed new sanctions on Moscow.", 'sanctions', WEEK, 'DE'],
    ["Kyiv rejected the plan ahead of Tuesday's deadline.", 'rejection', WEEK, 'UA'],
    ["Japan, this month's chair of the group, condemned the shelling of Kharkiv.", 'condemnation', WEEK, 'JP'],
  ]);
});

describe('a possessive date of a happening still dates it, and an act its own date', () => {
  found([
    ["Zelensky on Friday condemned Thursday's strike on Sumy.", 'military_action', ['2025-06-12', '2025-06-12'], 'RU'],
    ["Zelensky on Friday condemned Thursday's strike on Sumy.", 'condemnation', ['2025-06-13', '2025-06-13'], 'UA'],
    ["Russia's weekend attack on Odesa killed five people.", 'military_action', ['2025-06-14', '2025-06-15'], 'RU'],
    ["Canada, this year's G7 chair, on Monday pledged new military aid to Ukraine.", 'intent_to_cooperate', ['2025-06-16', '2025-06-16'], 'CA'],
  ]);
});
