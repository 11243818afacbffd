import { expect, test } from 'vitest';
import { extractedOfText } from './fixtures/unseen-events-of';

/** Rule "contact named between its parties": sentences written for these tests, through the real stages and gazetteer. */

const eventsOf = (body: string, published = '2025-10-17') => extractedOfText(body, published);

test('a call "between A and B" inside a prepositional phrase is A and B\'s, not the clause subject\'s', () => {
  const events = eventsOf('Yuri Ushakov answered questions from journalists about a phone call between Vladimir Putin and Donald Trump.');
  const calls = events.filter((e) => e.type === 'phone_call');
  expect(calls.map((e) => [...e.actors].sort())).toEqual([['donald-trump', 'vladimir-putin']]);
});

test('a meeting "between A and B" told after "following" leaves out who spoke of it', () => {
  const events = eventsOf('Sergei Lavrov gave his view following the meeting between Donald Trump and Vladimir Putin in Alaska.');
  expect(events.filter((e) => e.type === 'meeting').map((e) => [...e.actors].sort())).toEqual([['donald-trump', 'vladimir-putin']]);
});

test('negative: the host of a meeting "between A and B" is the verb\'s subject and stays in it', () => {
  const events = eventsOf('Recep Tayyip Erdogan hosted a meeting between Volodymyr Zelensky and Vladimir Putin in Istanbul on Monday.');
  expect(events.find((e) => e.type === 'meeting')?.actors).toContain('recep-tayyip-erdogan');
});

test('negative: "X had a phone call with Y" is still X\'s call', () => {
  const events = eventsOf('Donald Trump said on Monday that he had a phone call with Vladimir Putin.');
  expect(events.find((e) => e.type === 'phone_call')?.actors.sort()).toEqual(['donald-trump', 'vladimir-putin']);
});
