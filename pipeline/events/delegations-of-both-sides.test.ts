import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * A contact that names no one, of the parties' delegations ("Ukrainian and Russian delegations met") or of both parties
 * ("Russia and Ukraine held talks"), is held by the heads of the delegations, where the
 * article names the head of each side, also as "led Kyiv's delegation" (a capital for its state) or "headed his
 * country's delegation" (the head's own state). Sentences in our own words, published Tuesday 3 June 2025.
 */
const PUBLISHED = '2025-06-03';
const contacts = (body: string) =>
  eventsOfText(body, PUBLISHED)
    .filter((e) => e.type === 'meeting' || e.type === 'negotiation')
    .map((e) => [e.date.start, [...e.actors].sort()]);

test('"led Kyiv\'s delegation", "headed Moscow\'s delegation": capitals name the delegations\' states', () => {
  const text = 'Ukrainian and Russian delegations met in Geneva on Monday for a fourth round of talks.\n\nRustem Umerov, Secretary of Ukraine\'s Security Council, led Kyiv\'s delegation. Vladimir Medinsky headed Moscow\'s delegation and spoke to no reporters.';
  expect(contacts(text)).toContainEqual(['2025-06-02', ['rustem-umerov', 'vladimir-medinsky']]);
});

test('"headed his country\'s delegation": the head\'s own state; both parties\' contact is the heads\'', () => {
  const text = 'Russia and Ukraine held talks in Geneva on Monday.\n\nVladimir Medinsky, who headed his country\'s delegation, called the talks businesslike. Rustem Umerov, the head of the Ukrainian delegation, asked for more time.';
  expect(contacts(text)).toContainEqual(['2025-06-02', ['rustem-umerov', 'vladimir-medinsky']]);
});

test('negatives: with one side\'s head unnamed, the contact is nobody\'s in particular', () => {
  const text = 'Ukrainian and Russian delegations met in Geneva on Monday for a fourth round of talks.\n\nRustem Umerov led Kyiv\'s delegation. The Russian side sent officials of the foreign ministry.';
  expect(contacts(text).filter((e) => e[0] === '2025-06-02').map((e) => e[1])).toEqual([[]]);
});

test('negatives: "his country\'s delegation" is no head of a state the teller does not belong to', () => {
  // Fidan is Turkish: he heads no party's delegation, so the talks keep no named party.
  const text = 'Russia and Ukraine held talks in Istanbul on Monday.\n\nHakan Fidan, who headed his country\'s delegation at the opening, urged both sides to agree a ceasefire.';
  expect(contacts(text).flatMap((e) => e[1])).not.toContain('hakan-fidan');
});
