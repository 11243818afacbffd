import { expect, test } from 'vitest';
import { eventsOfText } from '../events/fixtures/unseen-events-of';

/** Rule "the spokesperson's readout" (spokesperson-readout.ts), on sentences written for the test (published Wednesday 4 June 2025). */
const PUBLISHED = '2025-06-04';
const read = (body: string) => eventsOfText(body, PUBLISHED).map((e) => [e.type, [...e.actors].sort()]);
const WORDS = '“Both leaders stressed that the crisis must not spread,” ';

test("a state's spokesperson's words told just after their minister's call are that call's readout", () => {
  const events = read(`US Secretary of State Marco Rubio has spoken to Pakistani Prime Minister Shehbaz Sharif about the crisis.\n\n${WORDS}Bruce said.`);
  expect(events).toEqual([['phone_call', ['marco-rubio', 'shehbaz-sharif']]]);
});

test("an organisation's spokesman's words told just after its chief's call are that call's readout", () => {
  const events = read(`UN chief Antonio Guterres has spoken to Pakistani Prime Minister Shehbaz Sharif about the crisis.\n\n“He offered to help calm the crisis,” his spokesman Stephane Dujarric said.`);
  expect(events).toEqual([['phone_call', ['antonio-guterres', 'shehbaz-sharif']]]);
});

test('negative: after a call of officials they do not speak for, a spokesperson\'s words stay a statement', () => {
  const events = read(`Pakistani Prime Minister Shehbaz Sharif has spoken to Iranian Foreign Minister Abbas Araghchi about the crisis.\n\n${WORDS}Bruce said.`);
  expect(events).toContainEqual(['statement', ['tammy-bruce']]);
});

test('negative: a spokesperson put first, telling the message in words of their own, stays a statement', () => {
  const events = read(`US Secretary of State Marco Rubio has spoken to Pakistani Prime Minister Shehbaz Sharif about the crisis.\n\nTammy Bruce has said the US message to both sides has been simple: “Stop the fighting and talk.”`);
  expect(events).toContainEqual(['statement', ['tammy-bruce']]);
});
