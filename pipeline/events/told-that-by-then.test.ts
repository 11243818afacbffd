import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Rule "told-that-by-then" (event-date.ts): a date that stands with a verb of saying, before the "that" which opens what
 * was told, is the telling's day; the happening told was done by then, in the week up to it, not on that day. Seen in
 * u11, u12 and the development corpus; sentences of our own.
 */
const PUBLISHED = '2025-09-20';
const of = (body: string, type: string) => eventsOfText(body, PUBLISHED).find((e) => e.type === type);

test('what a dated denial or telling reports was done by its day', () => {
  expect(of('Moscow on Friday rejected Ukrainian reports alleging that it had fired ballistic missiles at Sumy.', 'military_action')?.date).toMatchObject({ start: '2025-09-12', end: '2025-09-19' });
  expect(of('Volodymyr Zelenskyy told Donald Trump late on Friday that Russian troops had shelled Kharkiv.', 'military_action')?.date).toMatchObject({ start: '2025-09-12', end: '2025-09-19' });
});

test('negative: the act itself dated by the day, with its source after it, keeps the day', () => {
  expect(of('Moscow on Friday fired ballistic missiles at Sumy, Ukrainian officials said.', 'military_action')?.date).toMatchObject({ start: '2025-09-19', end: '2025-09-19' });
  expect(of('Russian troops shelled Kharkiv late on Friday, Volodymyr Zelenskyy told Donald Trump.', 'military_action')?.date).toMatchObject({ start: '2025-09-19', end: '2025-09-19' });
});

test('negative: a teller announcing its own deed on a day did it that day', () => {
  expect(of('Moscow on Friday claimed that it had fired ballistic missiles at Sumy.', 'military_action')?.date).toMatchObject({ start: '2025-09-19', end: '2025-09-19' });
});
