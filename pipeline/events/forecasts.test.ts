import { describe, expect, test } from 'vitest';
import { extractedOfText } from './fixtures/unseen-events-of';

/** Rule "a forecast is no event" (events/forecasts.ts). Sentences written for these tests, through extraction alone. */
const planned = (body: string) => extractedOfText(body, '2025-06-02').filter((e) => e.status === 'planned').map((e) => e.type);

describe('rule "a forecast is no event": a saying or an attack still ahead, with no day of its own', () => {
  test('an expected remark and an intended strike, undated, are no planned events', () => {
    expect(planned('Sources said Narendra Modi is expected to accuse Pakistan of backing militants.')).toEqual([]);
    expect(planned('Vladimir Putin told Donald Trump that he plans to respond to the Ukrainian drone strike on Russian airfields.')).toEqual([]);
  });
  test('negative: a remark to come on a named day, and an undated meeting to come, stay planned', () => {
    expect(planned('Shehbaz Sharif will condemn India at the United Nations on Friday.')).toEqual(['condemnation']);
    expect(planned('Marco Rubio will meet Sergey Lavrov in Riyadh.')).toEqual(['meeting']);
  });
});
