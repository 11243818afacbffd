import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/** Sentences in our own words, as the body of an article published on Wednesday 14 May 2025. */
const calls = (body: string) => eventsOfText(body, '2025-05-14').filter((e) => e.type === 'phone_call').map((e) => [...e.actors].sort());

test('a call with three or more people named in one list is one call with all of them', () => {
  expect(calls('Marco Rubio spoke on Tuesday with Jean-Noël Barrot, Johann Wadephul and Radosław Sikorski about the war in Ukraine.')).toEqual([
    ['jean-noel-barrot', 'johann-wadephul', 'marco-rubio', 'radoslaw-sikorski'],
  ]);
  // The list goes on past ", and" with the last one's title.
  expect(calls('On Monday Keir Starmer held a call with Emmanuel Macron, Friedrich Merz, Donald Tusk, and Italian Prime Minister Giorgia Meloni about Ukraine.')).toEqual([
    ['donald-tusk', 'emmanuel-macron', 'friedrich-merz', 'giorgia-meloni', 'keir-starmer'],
  ]);
});

test('one phrase naming several ("the foreign ministers of India and Pakistan") is one call with the group', () => {
  expect(calls('Rubio is expected to speak to the foreign ministers of India and Pakistan on Thursday, his spokeswoman said.')).toEqual([
    ['ishaq-dar', 'marco-rubio', 's-jaishankar'],
  ]);
});

test('a call one by its kind ("a joint call", "a video call") is one call, even with two people', () => {
  const three = [['emmanuel-macron', 'keir-starmer', 'volodymyr-zelenskyy']];
  expect(calls('Zelensky held a joint call with Emmanuel Macron and Keir Starmer about Ukraine on Tuesday.')).toEqual(three);
  expect(calls('On Tuesday Zelensky held a video call with Emmanuel Macron and Keir Starmer about the war in Ukraine.')).toEqual(three);
});

test('"separately", "in separate calls", "both A and B" and two people named one by one are a call with each', () => {
  const pair = [['marco-rubio', 's-jaishankar'], ['marco-rubio', 'shehbaz-sharif']];
  expect(calls('On Tuesday Rubio spoke with Shehbaz Sharif and S. Jaishankar separately.').sort()).toEqual(pair);
  expect(calls('Rubio urged restraint in separate calls with Shehbaz Sharif and S. Jaishankar on Tuesday.').sort()).toEqual(pair);
  expect(calls('Rubio on Tuesday spoke with both Shehbaz Sharif and S. Jaishankar.').sort()).toEqual(pair);
  expect(calls('Rubio on Tuesday spoke with Shehbaz Sharif and S. Jaishankar.').sort()).toEqual(pair);
  // Three named one by one, but in separate calls: a call with each.
  expect(calls('Zelensky held separate calls with Emmanuel Macron, Friedrich Merz and Keir Starmer on Tuesday.')).toHaveLength(3);
});

test('people named after a dash that follows the group they form are the ones met', () => {
  const met = eventsOfText('On Tuesday morning Andrii Sybiha met the foreign ministers of France, Germany and Poland – Jean-Noël Barrot, Johann Wadephul and Radosław Sikorski.', '2025-05-14').filter((e) => e.type === 'meeting');
  expect(met.map((e) => [...e.actors].sort())).toEqual([['andrii-sybiha', 'jean-noel-barrot', 'johann-wadephul', 'radoslaw-sikorski']]);
  // A dash that starts another thought names no one met.
  const other = eventsOfText('On Tuesday Andrii Sybiha met Jean-Noël Barrot – Sergei Lavrov later mocked the meeting.', '2025-05-14').filter((e) => e.type === 'meeting');
  expect(other.map((e) => [...e.actors].sort())).toEqual([['andrii-sybiha', 'jean-noel-barrot']]);
});

test('one trip told twice, each time with some of the travellers, is one visit with all of them', () => {
  const visits = eventsOfText(
    'Emmanuel Macron, Friedrich Merz and Keir Starmer arrived in Kyiv on Saturday. Keir Starmer, Friedrich Merz and Donald Tusk travelled to Ukraine overnight by train.',
    '2025-05-10',
  ).filter((e) => e.type === 'visit');
  expect(visits.map((e) => [...e.actors].sort())).toEqual([['donald-tusk', 'emmanuel-macron', 'friedrich-merz', 'keir-starmer']]);
  // Visits with no traveller in common, or to different places, stay apart.
  const apart = eventsOfText('Emmanuel Macron arrived in Kyiv on Saturday. Keir Starmer arrived in Kyiv on Saturday too. Friedrich Merz visited Beijing on Saturday to discuss the war in Ukraine.', '2025-05-10').filter((e) => e.type === 'visit');
  expect(apart).toHaveLength(3);
});

test('a contact told with the states of the others is the one told with some of them by name', () => {
  const found = eventsOfText(
    'Keir Starmer spoke with US President Donald Trump about Ukraine on Sunday. The Prime Minister spoke with the leaders of the United States, Italy, France and Germany on Sunday night, Downing Street said.',
    '2025-05-19',
  ).filter((e) => e.type === 'phone_call');
  expect(found.map((e) => [[...e.actors].sort(), e.sources.length])).toEqual([[['donald-trump', 'keir-starmer'], 2]]);
  // A counterpart of a state the group call does not name is another call.
  const other = eventsOfText(
    'Keir Starmer spoke with Volodymyr Zelensky about Ukraine on Sunday. Starmer also spoke with the leaders of the United States, Italy, France and Germany on Sunday night.',
    '2025-05-19',
  ).filter((e) => e.type === 'phone_call');
  expect(other).toHaveLength(2);
});
