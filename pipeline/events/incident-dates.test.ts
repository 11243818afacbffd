import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/** Dates of attacks named by a noun, in sentences of our own (the dates stage's scope rules, seen from the events). */

const strikes = (body: string, published: string) => eventsOfText(body, published).filter((e) => e.type === 'military_action');

test('a date set before a clause that launches an attack dates the attack and its launching alike: one event, more than a week back', () => {
  for (const [body, start, end] of [
    ['On the night of March 3-4, Russia launched a wave of drone strikes on Odesa, officials said.', '2025-03-03', '2025-03-04'],
    ['On March 2, India launched artillery strikes across the frontier.', '2025-03-02', '2025-03-02'],
    ['Early on March 5, Ukraine launched a missile attack on the Engels airbase.', '2025-03-05', '2025-03-05'],
  ] as const) {
    const found = strikes(body, '2025-03-20');
    expect(found, body).toHaveLength(1);
    expect(found[0]?.date, body).toMatchObject({ start, end, precision: 'day', basis: 'explicit' });
  }
});

test('a fronted date with no launching verb still dates the attack; one after a verb of saying dates only the saying', () => {
  expect(strikes('On the night of March 3-4, drone strikes hit Odesa.', '2025-03-20').map((e) => [e.date.start, e.date.end])).toEqual([['2025-03-03', '2025-03-04']]);
  const said = eventsOfText('On March 3, Zelensky said Russian drone strikes had hit Odesa.', '2025-03-20');
  expect(said.find((e) => e.type === 'statement')?.date).toMatchObject({ start: '2025-03-03', end: '2025-03-03' });
  // The strikes lie before the saying, not on its day.
  expect(said.filter((e) => e.type === 'military_action').map((e) => [e.date.start < '2025-03-03', e.date.end])).toEqual([[true, '2025-03-03']]);
});

test('an attack whose own date is past is no plan, though the clause it is named in tells one', () => {
  for (const [body, start, end] of [
    ["Putin will respond to Ukraine's March 2 drone attack, the Kremlin said.", '2025-03-02', '2025-03-02'],
    ['Putin will respond to Ukraine’s weekend drone attack on the airfields, Peskov said on Thursday.', '2025-03-15', '2025-03-16'],
    ['Moscow is expected to answer the March 9 missile strike on Belgorod.', '2025-03-09', '2025-03-09'],
  ] as const) {
    const found = strikes(body, '2025-03-20');
    expect(found, body).toHaveLength(1);
    expect(found[0], body).toMatchObject({ status: 'occurred', date: { start, end } });
  }
  // An attack dated ahead, or with no date of its own, in a plan stays planned.
  expect(strikes('Russia will launch new drone strikes on Kyiv on March 25, officials warned.', '2025-03-20').map((e) => e.status)).toEqual(['planned']);
});

test('an attack right after a fronted phrase of place is its clause\'s subject, dated by the clause', () => {
  for (const [body, start, end] of [
    ['In Kharkiv, Russian drone attacks killed two people on Sunday.', '2025-05-11', '2025-05-11'],
    ['Near Pokrovsk, Russian shelling wounded five soldiers overnight.', '2025-05-10', '2025-05-12'],
    ['Across the Donetsk region, Russian artillery strikes hit three villages on Saturday.', '2025-05-10', '2025-05-10'],
  ] as const) {
    expect(strikes(body, '2025-05-12').map((e) => [e.date.start, e.date.end]), body).toEqual([[start, end]]);
  }
  // A fronted phrase that is no place ("In a statement") does not make the attack the subject of what follows.
  expect(strikes('In a statement, Russian drone attacks were condemned on Sunday.', '2025-05-12').map((e) => e.date.basis)).toEqual(['publication']);
});
