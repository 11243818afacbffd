import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/** Rule "not yet realised" (not-yet-realised.ts), on sentences written for the test (published Wednesday 4 June 2025). */
const PUBLISHED = '2025-06-04';
const types = (body: string) => eventsOfText(body, PUBLISHED).map((e) => e.type);

test('an open "until" (its verb in the present) is a condition: no ceasefire', () => {
  expect(types('Until Moscow agrees to a full truce, the sanctions will stay in place.')).not.toContain('ceasefire');
});

test('a past "until" told what came: the ceasefire stays', () => {
  expect(types('The shelling went on until Moscow agreed to a truce on Monday.')).toContain('ceasefire');
});

test('talks weighed as a possibility are not held; talks held stay', () => {
  expect(types('Vladimir Putin said that on Monday he would talk to Narendra Modi and ask about the possibility of holding talks.')).not.toContain('negotiation');
  expect(types('Vladimir Putin said he held talks with Narendra Modi on Monday.')).toContain('negotiation');
});

test('talks that something would enable are not held; talks that it followed stay', () => {
  expect(types('Scott Bessent said on Monday that the accord would allow Donald Trump to negotiate with Russia from strength.')).not.toContain('negotiation');
  expect(types('Scott Bessent said on Monday that Donald Trump had negotiated with Russia on Friday.')).toContain('negotiation');
});

test('negative: talks after "until" are its subject, not an open condition', () => {
  expect(types('The shelling went on until talks between Ukraine and Russia began in Istanbul on Monday.')).toContain('negotiation');
});
