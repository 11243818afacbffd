import { expect, test } from 'vitest';
import { extractedOfText } from './fixtures/unseen-events-of';

/** A bombing told by its device and what it did: sentences written for these tests, through the real stages. */
const eventsOf = (body: string, published = '2025-11-12') => extractedOfText(body, published);
const attacks = (body: string) => eventsOf(body).filter((e) => e.type === 'terrorist_attack');

test('a car bomb that killed people on a stated day is a terrorist attack on that day, at its landmark', () => {
  const found = attacks('India and Pakistan traded accusations. A car explosion near Lahore\'s Anarkali Bazaar killed nine shoppers on Monday evening.');
  expect(found.map((e) => [e.date.start, e.date.end, e.place])).toEqual([['2025-11-10', '2025-11-10', 'Anarkali Bazaar']]);
});

test('a blast that tore through a place on a stated day is one', () => {
  expect(attacks('Pakistan blamed India. On Tuesday a blast tore through a bus terminal in Quetta, wounding dozens.')).toHaveLength(1);
});

test('negative: an undated bombing, one told already ("the blast") and explosions merely heard are none', () => {
  expect(attacks('India and Pakistan traded accusations. A car explosion killed nine shoppers, police said.')).toHaveLength(0);
  expect(attacks('India and Pakistan traded accusations on Monday. The bomb blast killed nine shoppers.')).toHaveLength(0);
  expect(attacks('India and Pakistan agreed to a ceasefire. Explosions were heard in Srinagar on Saturday night.')).toHaveLength(0);
});
