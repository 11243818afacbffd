import { expect, test } from 'vitest';
import { eventsOfText } from '../events/fixtures/unseen-events-of';

/**
 * A group of people counted by its size ("the four visiting leaders", "leaders from three European countries") stands
 * for the people the article lists together in a list of that size. Articles written for these tests, published on
 * Wednesday 14 May 2025.
 */
const eventsOf = (text: string) => eventsOfText(text, '2025-05-14');
const sorted = (xs: readonly string[]) => [...xs].sort();
const EUROPEANS = ['emmanuel-macron', 'friedrich-merz', 'keir-starmer'];

test('a group counted by its size is the list of that many people the article names, before or after it', () => {
  const appeal = eventsOf('Leaders from three European countries urged Russia on Saturday to accept a truce in Ukraine. They included Emmanuel Macron, Keir Starmer, and Friedrich Merz.').find((e) => e.type === 'appeal');
  expect(sorted(appeal?.actors ?? [])).toEqual(EUROPEANS);

  const call = eventsOf('Emmanuel Macron, Keir Starmer and Friedrich Merz arrived in Kyiv on Saturday. The three visiting leaders and Volodymyr Zelensky spoke with Donald Trump by phone on Sunday about the war in Ukraine.').find((e) => e.type === 'phone_call');
  expect(sorted(call?.actors ?? [])).toEqual(sorted([...EUROPEANS, 'donald-trump', 'volodymyr-zelenskyy']));

  const talks = eventsOf('Marco Rubio, Sergei Lavrov, Hakan Fidan and Faisal bin Farhan gathered in Riyadh to discuss Ukraine. The four foreign ministers held talks on Monday.').filter((e) => e.type === 'negotiation');
  expect(talks.map((e) => sorted(e.actors))).toContainEqual(['faisal-bin-farhan', 'hakan-fidan', 'marco-rubio', 'sergey-lavrov']);
});

test('a group whose size matches no list, or two lists, or that counts no people, stands for nobody', () => {
  const theirAppeals = (text: string) => eventsOf(text).filter((e) => e.type === 'appeal' && e.actors.includes('emmanuel-macron'));
  // The same sentences with a group that fits give the appeal to the three (the control).
  expect(theirAppeals('Emmanuel Macron, Keir Starmer and Friedrich Merz arrived in Kyiv on Saturday. The three leaders urged Russia on Sunday to accept a truce in Ukraine.')).toHaveLength(1);
  // Four leaders, three names: the fourth is not named, so the group is not the list.
  expect(theirAppeals('Emmanuel Macron, Keir Starmer and Friedrich Merz arrived in Kyiv on Saturday. The four leaders urged Russia on Sunday to accept a truce in Ukraine.')).toEqual([]);
  // Two lists of three: which three is not said.
  expect(theirAppeals('Emmanuel Macron, Keir Starmer and Friedrich Merz arrived in Kyiv on Saturday. Marco Rubio, Steve Witkoff and JD Vance stayed in Washington. The three leaders urged Russia on Sunday to accept a truce in Ukraine.')).toEqual([]);
  // Three countries are no people.
  expect(theirAppeals('Emmanuel Macron, Keir Starmer and Friedrich Merz arrived in Kyiv on Saturday. The three countries urged Russia on Sunday to accept a truce in Ukraine.')).toEqual([]);
});
