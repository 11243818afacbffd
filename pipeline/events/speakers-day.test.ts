import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * A speaker's own day inside what they said ("'... the strike today,' X said", "'This morning we were attacked,' she
 * wrote") is the day of the telling: with no date words of its own, the saying takes it, widened back by the days a
 * report may lag (rule SPEAKERS_DAY, event-date.ts). Seen on u8, ip7 and the development corpus; sentences of our own.
 */
const sayingOf = (body: string, actor: string, published = '2025-06-10') => eventsOfText(body, published).find((e) => e.type === 'statement' && e.actors.includes(actor));

test('"today", "this morning", "tonight" inside the quotation date the saying to the days before publication', () => {
  expect(sayingOf('"Our partners must answer the strike on our capital today," Volodymyr Zelenskyy said in a video address.', 'volodymyr-zelenskyy')?.date).toMatchObject({ start: '2025-06-08', end: '2025-06-10', precision: 'approximate' });
  expect(sayingOf('"This morning the shelling began again near the border," Shehbaz Sharif told lawmakers.', 'shehbaz-sharif')?.date).toMatchObject({ start: '2025-06-08', end: '2025-06-10' });
  expect(sayingOf('Marco Rubio said: "Tonight we put a proposal for a ceasefire in Ukraine on the table."', 'marco-rubio')?.date).toMatchObject({ start: '2025-06-08', end: '2025-06-10' });
});

test('no speaker\'s day in the quotation, or another day named in it: the saying keeps the week up to publication', () => {
  expect(sayingOf('"Our partners must answer the strike on our capital," Volodymyr Zelenskyy said in a video address.', 'volodymyr-zelenskyy')?.date).toMatchObject({ start: '2025-06-03', end: '2025-06-10' });
  // "yesterday" in the quotation is the day before the speaker's: it is no day of the telling.
  expect(sayingOf('"Yesterday the shelling began again near the border," Shehbaz Sharif told lawmakers.', 'shehbaz-sharif')?.date).toMatchObject({ start: '2025-06-03', end: '2025-06-10' });
});

test('a saying dated by its own words keeps them', () => {
  expect(sayingOf('"Our partners must answer the strike today," Volodymyr Zelenskyy said on Friday.', 'volodymyr-zelenskyy')?.date).toMatchObject({ start: '2025-06-06', end: '2025-06-06' });
});
