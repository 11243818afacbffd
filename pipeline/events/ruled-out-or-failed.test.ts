import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/** Rule "ruled out or failed" (ruled-out-or-failed.ts), on sentences written for the test (published Wednesday 4 June 2025). */
const PUBLISHED = '2025-06-04';
const types = (body: string) => eventsOfText(body, PUBLISHED).map((e) => e.type);

test('a ceasefire the sides failed to agree is none', () => {
  expect(types('Kyiv and Moscow failed to agree to a ceasefire at their talks in Istanbul on Friday.')).not.toContain('ceasefire');
  expect(types('Kyiv and Moscow agreed to a ceasefire at their talks in Istanbul on Friday.')).toContain('ceasefire');
});

test('talks ruled out are not held; the ruling out is the rejection', () => {
  const found = types('Putin ruled out a truce or any direct talks with Zelensky on Tuesday.');
  expect(found).toEqual(['rejection']);
  expect(types('Putin held direct talks with Zelensky on Tuesday.')).toContain('negotiation');
});

test('talks a state is not interested in holding are none', () => {
  expect(types('India is not interested in holding talks with Pakistan, officials said on Tuesday.')).not.toContain('negotiation');
  expect(types('India is interested in holding talks with Pakistan, officials said on Tuesday.')).toContain('negotiation');
});

test('negative: an attack the defences failed to prevent came', () => {
  expect(types('Ukrainian air defences failed to prevent a Russian missile strike on Odesa on Tuesday.')).toContain('military_action');
});
