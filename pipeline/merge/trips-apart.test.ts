import { expect, test } from 'vitest';
import { eventsOfText } from '../events/fixtures/unseen-events-of';

/** Rule "trips apart" (trips-apart.ts). Sentences written for these tests; the paper is of Wednesday 14 May 2025. */
const visits = (body: string) => eventsOfText(body, '2025-05-14').filter((e) => e.type === 'visit');
const destinationsOf = (body: string) => visits(body).map((e) => e.countries.filter((c) => c !== 'GB' && c !== 'IR' && c !== 'US').sort().join(','));

test.each([
  ['Lammy visited Kyiv last week. He then travelled to Warsaw.', ['PL', 'UA']],
  ['Lammy travelled to Warsaw. Earlier he had visited Kyiv.', ['PL', 'UA']],
  ['The British foreign secretary arrived in Kyiv last week. On his way home he also visited Poland.', ['PL', 'UA']],
  ['Araghchi visited Islamabad on Monday. He travelled to New Delhi on Tuesday.', ['IN', 'PK']],
  ['Witkoff visited Moscow on Friday for talks on the war. He later travelled to Kyiv.', ['RU', 'UA']],
])('visits of one traveller to two states are two trips: %s', (body, states) => {
  expect(destinationsOf(body).sort()).toEqual(states);
});

test.each([
  ['Lammy arrived in Kyiv on Monday. His visit to Ukraine was not announced in advance.'],
  ['Macron, Merz and Starmer travelled to Kyiv on Saturday. Starmer, Merz and Tusk visited Ukraine together.'],
  ['Araghchi visited Islamabad on Monday. During his visit to Pakistan he met the prime minister.'],
])('one trip told twice, by city and by state or with other travellers, stays one: %s', (body) => {
  expect(visits(body)).toHaveLength(1);
});
