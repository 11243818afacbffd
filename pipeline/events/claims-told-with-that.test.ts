import { expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/shared/schema';
import { SPEECH_ACTS } from './event-cues';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Verbs of claim or promise report words when "that" follows them ("vowed that", "has contended that", "maintained
 * that"); without it they are acts of their own or no saying at all. A relative clause about the teller may end on the
 * verb's auxiliary ("X, who leads the outreach, has argued that"). Sentences in our own words, published Wednesday 4 June 2025.
 */
const PUBLISHED = '2025-06-04';
// An act of speaking of any type: what was told may type it ("would never give up the land" is a refusal, saying-content.ts).
const tellers = (events: TimelineEvent[]) => events.filter((e) => SPEECH_ACTS.has(e.type)).map((e) => e.actors);

test('"vowed that", "contended that", "maintained that", "acknowledged that": the teller\'s statement', () => {
  for (const [sentence, who] of [
    ['Prime Minister Narendra Modi vowed that the planners of the bombing in Delhi would be hunted down.', 'narendra-modi'],
    ['Foreign Minister Ishaq Dar contended that talks with India on water were the only way forward.', 'ishaq-dar'],
    ['Zelensky maintained that Ukraine would never give up the land Russia had seized.', 'volodymyr-zelenskyy'],
    ['The talks stalled on Monday; Sergey Lavrov acknowledged that Moscow and Kyiv were still far apart.', 'sergey-lavrov'],
  ] as const) {
    expect(tellers(eventsOfText(sentence, PUBLISHED)), sentence).toContainEqual([who]);
  }
});

test('a relative clause about the teller may end on the verb\'s auxiliary: "X, who ..., has argued that"', () => {
  const text = 'Bilawal Bhutto-Zardari, who was chosen by the prime minister to take Pakistan\'s case to Washington and Brussels, has argued that India and Pakistan should share intelligence on militants.';
  expect(tellers(eventsOfText(text, PUBLISHED))).toContainEqual(['bilawal-bhutto-zardari']);
});

test('"Bhutto-Zardari" is Bilawal, not his father the president', () => {
  const found = eventsOfText('Bhutto-Zardari said on Tuesday that Pakistan wanted talks with India.', PUBLISHED);
  expect(tellers(found)).toEqual([['bilawal-bhutto-zardari']]);
});

test('negatives: without "that" the verb reports no words', () => {
  // "vowed to retaliate" is a threat, not a statement besides it; "maintained contact" and "argued with" tell no saying.
  const vowed = eventsOfText('Prime Minister Narendra Modi vowed to retaliate against Pakistan for the attack.', PUBLISHED);
  expect(vowed.map((e) => e.type)).toEqual(['threat']);
  expect(tellers(eventsOfText('Foreign Minister Ishaq Dar maintained close contact with China throughout the crisis with India.', PUBLISHED))).toEqual([]);
  expect(tellers(eventsOfText('Zelensky argued with Trump in the Oval Office over the war with Russia.', PUBLISHED))).toEqual([]);
});
