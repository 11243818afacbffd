import { expect, test } from 'vitest';
import { eventsOfText } from '../events/fixtures/unseen-events-of';

/**
 * "The delegation", after the article has named one delegation by who leads it, is that head: one rule with the
 * guards of both earlier resolvers (people/resolve-delegations.ts resolveTheDelegation). Articles written for these
 * tests, published on Wednesday 14 May 2025.
 */
const eventsOf = (text: string) => eventsOfText(text, '2025-05-14');
const meetingsOf = (text: string) => eventsOf(text).filter((e) => e.type === 'meeting').map((e) => [...e.actors].sort());

test('"the delegation" after one delegation named by its head is that head, however the head was named', () => {
  expect(meetingsOf('A Pakistani delegation, led by Bilawal Bhutto-Zardari, arrived in New York on Monday to discuss the crisis with India. The delegation met Antonio Guterres on Tuesday.')).toEqual([['antonio-guterres', 'bilawal-bhutto-zardari']]);
  // A headline that repeats the lede's "led by" names the same delegation, not a second one.
  expect(meetingsOf('Delegation led by Bilawal Bhutto-Zardari reaches Washington. A Pakistani delegation led by Bilawal Bhutto-Zardari arrived in Washington on Monday to discuss the crisis with India. The delegation will meet Marco Rubio on Friday.')).toEqual([['bilawal-bhutto-zardari', 'marco-rubio']]);
  expect(meetingsOf('An Indian delegation led by Shashi Tharoor left for Washington on Saturday to discuss the attack by Pakistan. The delegation members will meet JD Vance on Monday.')).toEqual([['jd-vance', 'shashi-tharoor']]);
});

test('"the delegation" stays unsaid where another delegation may be meant, and what it says as a body is not its head’s', () => {
  // Another delegation led by someone the article does not name.
  expect(meetingsOf('An Indian delegation led by Shashi Tharoor left for Washington on Saturday, and another led by an MP from Bihar left for Tokyo. The delegation will meet JD Vance on Monday.')).toEqual([]);
  // Two heads named.
  expect(meetingsOf('An Indian delegation led by Shashi Tharoor left for Washington on Saturday, and another led by Bilawal Bhutto-Zardari arrived in New York. The delegation will meet JD Vance on Monday.')).toEqual([]);
  // The body's own words.
  const rejection = eventsOf('A Pakistani delegation, led by Bilawal Bhutto-Zardari, arrived in New York on Monday to discuss the crisis with India. The delegation rejected India’s accusations on Tuesday.').find((e) => e.type === 'rejection');
  expect(rejection?.actors).toEqual([]);
});

test('rule "the delegation named before": a second delegation told only later does not unsay the first', () => {
  // The other delegation comes after: "the delegation" before it can only be the first.
  expect(meetingsOf('An Indian delegation led by Shashi Tharoor reached Washington on Monday to discuss the attack by Pakistan. The delegation will meet JD Vance on Tuesday. A Pakistani delegation led by Bilawal Bhutto-Zardari is also in town.')).toEqual([['jd-vance', 'shashi-tharoor']]);
  // Look-alike: once the second is named, "the delegation" after it may be either.
  expect(meetingsOf('An Indian delegation led by Shashi Tharoor reached Washington on Monday to discuss the attack by Pakistan. A Pakistani delegation led by Bilawal Bhutto-Zardari is also in town. The delegation will meet JD Vance on Tuesday.')).toEqual([]);
});
