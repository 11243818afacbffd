import { describe, expect, test } from 'vitest';
import { eventsOfText } from '../events/fixtures/unseen-events-of';

/** Round x15: how a contact is told by what was said at it, and by the line it was held on. Sentences written for these tests. */
describe('the words heard at the table', () => {
  test('a saying addressed by name to the other party of the one sitting told is said at that sitting', () => {
    const found = eventsOfText('Emmanuel Macron met Keir Starmer in Paris on Friday to discuss Ukraine. Macron told Starmer that Europe must send more air defence to Kyiv.', '2025-05-10');
    expect(found.map((e) => e.type)).toEqual(['meeting']);
    expect(found[0]?.actors.sort()).toEqual(['emmanuel-macron', 'keir-starmer']);
    expect(found[0]?.sources.map((s) => s.excerpt)).toEqual(['Emmanuel Macron met Keir Starmer in Paris on Friday to discuss Ukraine.', 'Macron told Starmer that Europe must send more air defence to Kyiv.']);
  });

  test('said to reporters, or to someone the sitting did not have, it stays a saying of its own', () => {
    const press = eventsOfText('Emmanuel Macron met Keir Starmer in Paris on Friday to discuss Ukraine. Macron told reporters that Europe must send more air defence to Kyiv.', '2025-05-10');
    expect(press.map((e) => e.type).sort()).toEqual(['meeting', 'statement']);
    const other = eventsOfText('Emmanuel Macron met Keir Starmer in Paris on Friday to discuss Ukraine. Later, Macron told Friedrich Merz that Europe must send more air defence to Kyiv.', '2025-05-10');
    expect(other.map((e) => e.type).sort()).toEqual(['meeting', 'statement']);
  });

  test('a meeting framed by its place, with the saying addressed to its other party, is a meeting of the two', () => {
    const found = eventsOfText('Keir Starmer was in Paris on Friday. In a meeting at the Elysee, Emmanuel Macron told Starmer: "Europe must send more air defence to Kyiv."', '2025-05-10');
    const meetings = found.filter((e) => e.type === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.actors.sort()).toEqual(['emmanuel-macron', 'keir-starmer']);
    // What was said there is that meeting's, no statement besides it.
    expect(found.filter((e) => e.type === 'statement')).toEqual([]);
  });

  test('a meeting framed with a word or two on how it was held before its party', () => {
    const found = eventsOfText('Vladimir Putin spoke on Sunday. "The offensive in Ukraine will go on," Putin said in a meeting broadcast live with his chief of staff, Valery Gerasimov.', '2025-05-12');
    expect(found.some((e) => e.type === 'meeting' && e.actors.includes('valery-gerasimov') && e.actors.includes('vladimir-putin'))).toBe(true);
  });

  test('talks held by telephone are a call', () => {
    const found = eventsOfText('Hakan Fidan on Monday held phone talks with Ishaq Dar about the border.', '2025-05-13');
    expect(found.map((e) => e.type)).toEqual(['phone_call']);
    expect(found[0]?.actors.sort()).toEqual(['hakan-fidan', 'ishaq-dar']);
    expect(found[0]?.channel).toBe('phone');
  });
});
