import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Dates of acts told around another happening (sentences of our own). "The visit comes days after X offered ...": an
 * act told as some days before what the sentence is about lies that many days before that happening's date (its own,
 * else one carried over in its paragraph, else the week up to publication); seen on two keyed India-Pakistan sets
 * (fresh-ip, unseen-ip2). A date inside a quotation is what was said, not when the telling was (fresh-ip, twice).
 */
const dateOf = (body: string, type: string, published = '2025-05-05') => eventsOfText(body, published).find((e) => e.type === type)?.date;

test('a count of days before a dated happening', () => {
  expect(dateOf('The meeting on Saturday came two days after Rubio spoke with Jaishankar.', 'phone_call')).toMatchObject({ start: '2025-05-01', end: '2025-05-01', basis: 'relative-phrase' });
  // Bare "days after": from a week and a half to a day before; the happening's date carried over from the sentence before.
  expect(dateOf('Araghchi arrived in Islamabad on Monday. The visit comes days after Araghchi offered to mediate between India and Pakistan.', 'intent_to_cooperate')).toMatchObject({ start: '2025-04-25', end: '2025-05-04' });
  // "hours after": that day or the one before.
  expect(dateOf('The ceasefire on Saturday came hours after India accused Pakistan of violating the border.', 'accusation', '2025-05-11')).toMatchObject({ start: '2025-05-09', end: '2025-05-10' });
});

test('with nothing dated, the happening is the week up to publication and the act that many days before it', () => {
  expect(dateOf('The developments come a day after Pakistan condemned India\'s decision.', 'condemnation')).toMatchObject({ start: '2025-04-27', end: '2025-05-04', precision: 'approximate' });
});

test('no count, or "after" told after the verb, is no count back', () => {
  expect(dateOf('The talks came after Rubio spoke with Jaishankar.', 'phone_call')).toMatchObject({ start: '2025-04-28', end: '2025-05-05', basis: 'publication' });
  expect(dateOf('Rubio spoke with Jaishankar days after the visit.', 'phone_call')).toMatchObject({ start: '2025-04-28', end: '2025-05-05', basis: 'publication' });
  // The verb's own date wins over the count.
  expect(dateOf('The visit comes days after Araghchi offered on April 30 to mediate between India and Pakistan.', 'intent_to_cooperate')).toMatchObject({ start: '2025-04-30', end: '2025-04-30' });
});

test('a date inside a quotation is what was said: the telling after it does not take it up', () => {
  // "..., he said" after a quotation that names an earlier day is the news of the paper's week, not that day's.
  const lavrov = eventsOfText('Sergey Lavrov spoke in Moscow. "What happened on May 2 cannot be repeated. We will answer it," he said.', '2025-05-22');
  expect(lavrov.filter((e) => e.type === 'statement').map((e) => [e.date.start, e.date.end, e.date.basis])).toEqual([['2025-05-15', '2025-05-22', 'publication']]);
  const post = eventsOfText('"We talked about the strikes with Rubio on May 12. The attackers must be punished," Jaishankar wrote on X.', '2025-05-22');
  // "The attackers must be punished": the post is a demand (saying-content.ts), dated as the statement was.
  expect(post.find((e) => e.type === 'demand')?.date).toMatchObject({ start: '2025-05-15', end: '2025-05-22', basis: 'publication' });
  const warned = eventsOfText('Marco Rubio spoke to reporters. "The strikes of May 3 changed nothing. Russia must stop," he warned.', '2025-05-22');
  expect(warned.filter((e) => e.actors.includes('marco-rubio')).every((e) => e.date.start >= '2025-05-15')).toBe(true);
  // A date told outside the quotation still sets the scene of the telling after it.
  const scene = eventsOfText('On May 16, Sergey Lavrov spoke in Moscow. "We will answer it," he said.', '2025-05-22');
  expect(scene.find((e) => e.type === 'statement')?.date).toMatchObject({ start: '2025-05-16', basis: 'inherited' });
});

test('a year in the clause counts or frames; beside a day it is not the act\'s date', () => {
  expect(eventsOfText('Vladimir Putin met Steve Witkoff in 2025 for the fifth time on Wednesday.', '2025-08-06').find((e) => e.type === 'meeting')?.date).toMatchObject({ start: '2025-08-06', end: '2025-08-06' });
  expect(eventsOfText('Sergey Lavrov in 2025 visited Pyongyang for the second time on Monday.', '2025-08-06').find((e) => e.type === 'visit')?.date).toMatchObject({ start: '2025-08-04', end: '2025-08-04' });
  expect(eventsOfText('Narendra Modi visited Moscow this year for the first time on Tuesday.', '2025-08-06').find((e) => e.type === 'visit')?.date).toMatchObject({ start: '2025-08-05', end: '2025-08-05' });
  // A month is a date of its own, and a year alone still dates the act.
  expect(eventsOfText('Donald Trump met Vladimir Putin in Alaska in August.', '2025-09-10').find((e) => e.type === 'meeting')?.date).toMatchObject({ start: '2025-08-01', end: '2025-08-31' });
  expect(eventsOfText('Narendra Modi visited Moscow in 2024.', '2025-05-10').find((e) => e.type === 'visit')?.date).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
});

test('what is done where a journey leads is done on its day of arrival or after', () => {
  // A journey still ahead: its day and the week after it.
  expect(eventsOfText('Ishaq Dar will travel to China on Monday, where he is expected to hold talks with Wang Yi.', '2025-05-18').find((e) => e.type === 'negotiation')).toMatchObject({ status: 'planned', date: { start: '2025-05-19', end: '2025-05-25' } });
  // A journey told: its day up to publication.
  expect(eventsOfText('Narendra Modi arrived in Paris on May 12, where he met Emmanuel Macron.', '2025-05-18').find((e) => e.type === 'meeting')?.date).toMatchObject({ start: '2025-05-12', end: '2025-05-18' });
  // The act's own day, after "where" or after the verb, is its date.
  expect(eventsOfText('Keith Kellogg went to Kyiv on Monday, where on Tuesday he met Volodymyr Zelensky.', '2025-05-18').find((e) => e.type === 'meeting')?.date).toMatchObject({ start: '2025-05-13', end: '2025-05-13' });
  expect(eventsOfText('Andrii Sybiha travelled to Istanbul, where he met Hakan Fidan on Friday.', '2025-05-18').find((e) => e.type === 'meeting')?.date).toMatchObject({ start: '2025-05-16', end: '2025-05-16' });
});
