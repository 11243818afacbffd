import { describe, expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Rule "second verb of one saying" (one-act-of-speaking.ts): a second verb of speaking joined by "and" to the first,
 * with no subject of its own, is the same act of speaking. Sentences in our own words; the paper is dated Wednesday
 * 14 May 2025.
 */
const PUBLISHED = '2025-05-14';
const typesOf = (body: string) => eventsOfText(body, PUBLISHED).map((e) => e.type);

describe('rule "second verb of one saying"', () => {
  test('a state or a person that denies, condemns or rejects "and" asks, demands or accuses in the same breath: one event, the first verb\'s', () => {
    expect(typesOf('Islamabad on Tuesday denied any role in the bombing and called for a neutral inquiry.')).toEqual(['rejection']);
    expect(typesOf('Shehbaz Sharif on Tuesday condemned the remarks of the Indian minister and demanded an apology from New Delhi.')).toEqual(['condemnation']);
    expect(typesOf('The Kremlin on Monday rejected the European proposal and accused Kyiv of stalling.')).toEqual(['rejection']);
  });
  test('negative: a second verb with a subject of its own is a second act; a plain "said" leaves the specific verb its event', () => {
    expect(typesOf('India on Tuesday rejected the claims and Pakistan called for talks.').sort()).toEqual(['appeal', 'rejection']);
    expect(typesOf('Shehbaz Sharif made a statement on Tuesday and demanded an apology from New Delhi.')).toEqual(['demand']);
    // A contact, then a saying: the call and the appeal are apart.
    expect(typesOf('Marco Rubio on Tuesday spoke with Ishaq Dar and urged restraint.')).toContain('phone_call');
  });
});
