import { expect, test } from 'vitest';
import { eventsOf } from './fixtures/unseen-events-of';

/**
 * Causes found on a third set of real India–Pakistan articles the pipeline had never read (June 2025 and before),
 * each told again in our own words in the fixture (ip-calls-letters-and-lunch.md, published Friday 9 May 2025).
 */
const events = eventsOf('ip-calls-letters-and-lunch.md');
const day = (start: string, basis: string) => ({ start, end: start, precision: 'day', basis });
const withActor = (id: string) => events.filter((e) => e.actors.includes(id));

test('"X received a telephone call from Y": a call between both, on the day the sentence gives', () => {
  const call = withActor('wang-yi');
  expect(call.map((e) => [e.type, e.actors])).toEqual([['phone_call', ['shehbaz-sharif', 'wang-yi']]]);
  expect(call[0]?.date).toMatchObject(day('2025-05-08', 'weekday-relative'));
});

test('"called External Affairs Minister Dr. S. Jaishankar and ...": a call to a person named with office and titles', () => {
  const call = withActor('antonio-guterres');
  expect(call.map((e) => [e.type, e.actors])).toEqual([['phone_call', ['antonio-guterres', 's-jaishankar']]]);
  expect(call[0]?.date).toMatchObject(day('2025-05-07', 'weekday-relative'));
});

test('"the Pahalgam terror attack of April 22": the date after "of" dates the attack, and only the attack', () => {
  const attacks = events.filter((e) => e.type === 'terrorist_attack');
  expect(attacks.map((e) => e.date)).toMatchObject([day('2025-04-22', 'explicit')]);
  // The undated "following the terror attack in Pahalgam" refers back to it: no second attack in the week before publication.
  expect(events.some((e) => e.type === 'terrorist_attack' && e.date.basis === 'publication')).toBe(false);
});

test('", with Defence Minister X saying ...": the minister’s statement; "said Asif. He accused ..." is his accusation', () => {
  expect(withActor('khawaja-asif').map((e) => e.type).sort()).toEqual(['accusation', 'statement']);
});

test('"A day earlier, New Delhi had called on Washington ... in response to Pakistani drone attacks": the appeal takes the fronted date', () => {
  const appeal = events.filter((e) => e.type === 'appeal' && e.countries.includes('US'));
  expect(appeal.map((e) => [e.actors, e.date.start, e.date.end])).toEqual([[[], '2025-05-07', '2025-05-07']]);
  // The attacks it answers are told undated, as its cause: no military action dated in the week before publication.
  expect(events.some((e) => e.type === 'military_action')).toBe(false);
});

test('"Islamabad has sent three letters urging New Delhi to ...": an appeal in writing, not folded into the minister’s remark', () => {
  const appeal = events.filter((e) => e.type === 'appeal' && e.channel === 'official_statement');
  expect(appeal.map((e) => [e.actors, e.countries])).toEqual([[[], ['PK', 'IN']]]);
});

test('"will host X for lunch ... on Monday": a planned visit hosted, on the Monday after publication', () => {
  const lunch = events.filter((e) => e.type === 'host_visit');
  expect(lunch.map((e) => [e.status, e.actors])).toEqual([['planned', ['donald-trump', 'asim-munir']]]);
  expect(lunch[0]?.date).toMatchObject(day('2025-05-12', 'weekday-relative'));
});

test('"X thanked ... and backed Trump’s offer. The spokesperson said ... “...,” he added": the spokesperson’s, never Trump’s saying', () => {
  // "The claims from New Delhi are baseless", he added: his verdict on India's words is his rejection of them (claim-was-false).
  expect(withActor('shafqat-ali-khan').map((e) => [e.type, e.date.start])).toEqual([['rejection', '2025-05-09'], ['statement', '2025-05-09']]);
  expect(withActor('donald-trump').map((e) => e.type)).toEqual(['host_visit']);
});

test('"A truce was agreed at 3:30 pm." in a paragraph of its own goes on with the day told last ("on May 6")', () => {
  const truce = events.filter((e) => e.type === 'ceasefire');
  expect(truce.map((e) => [e.date.start, e.date.end, e.date.basis])).toEqual([['2025-05-06', '2025-05-06', 'inherited']]);
});

test('"the military operations chiefs of both countries have maintained regular contact": the two DGMOs, in contact', () => {
  const contact = withActor('rajiv-ghai');
  expect(contact.map((e) => [e.type, [...e.actors].sort()])).toEqual([['phone_call', ['kashif-abdullah', 'rajiv-ghai']]]);
});

test('"The briefing of the envoys took place in Islamabad yesterday": a meeting on the day before publication', () => {
  const briefing = events.filter((e) => e.type === 'meeting');
  expect(briefing.map((e) => [e.countries, e.date.start, e.date.end])).toEqual([[['PK'], '2025-05-08', '2025-05-08']]);
});

test('channels: a broadcaster told is an interview; an expulsion is announced in writing; a spokesperson with no venue told spoke at a briefing', () => {
  expect(withActor('ishaq-dar').map((e) => [e.type, e.channel])).toEqual([['statement', 'interview']]);
  expect(events.filter((e) => e.type === 'expel').map((e) => e.channel)).toEqual(['official_statement']);
  expect(withActor('shafqat-ali-khan').map((e) => e.channel)).toEqual(['press_briefing', 'press_briefing']);
  // Not a spokesperson: the defence minister's remark keeps an unknown venue.
  expect(withActor('khawaja-asif').find((e) => e.type === 'statement')?.channel).toBe('unknown');
});
