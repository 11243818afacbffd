import { expect, test } from 'vitest';
import { corpus } from './fixtures/papers';

const statementsOf = (events: ReturnType<typeof corpus>, actor: string) => events.filter((e) => e.type === 'statement' && e.actors.includes(actor));

// 2025-05-12 is a Monday.
const monday = { file: 'monday.md', published: '2025-05-12', body: 'Ukrainian President Volodymyr Zelenskyy said the situation at the front was difficult.' };

test('sayings-days-apart: an undated saying and one another paper only carries over from the sentence before are two', () => {
  const events = corpus([
    monday,
    { file: 'thursday.md', published: '2025-05-15', body: 'On Sunday, the army reported heavy fighting near the border. Zelenskyy said the situation at the front was difficult.' },
  ]);
  const said = statementsOf(events, 'volodymyr-zelenskyy');
  expect(said).toHaveLength(2);
  expect(said.map((e) => e.sources.map((s) => s.article))).toEqual(expect.arrayContaining([['monday'], ['thursday']]));
});

test('sayings-days-apart: a day the later paper names within the news days of the undated one still joins them', () => {
  const events = corpus([monday, { file: 'wednesday.md', published: '2025-05-14', body: 'Zelenskyy said on Sunday that the situation at the front was difficult.' }]);
  const said = statementsOf(events, 'volodymyr-zelenskyy');
  expect(said).toHaveLength(1);
  expect(said[0]?.sources.map((s) => s.article).sort()).toEqual(['monday', 'wednesday']);
  expect(said[0]?.date.start).toBe('2025-05-11');
});

test('sayings-days-apart: a day named a week before the undated paper is not its news', () => {
  const events = corpus([
    { file: 'early.md', published: '2025-05-06', body: 'Zelenskyy said on Monday that the situation at the front was difficult.' },
    { file: 'late.md', published: '2025-05-12', body: 'Later, Zelenskyy said the situation at the front was difficult.' },
  ]);
  const said = statementsOf(events, 'volodymyr-zelenskyy');
  expect(said).toHaveLength(2);
  expect(said.find((e) => e.sources[0]?.article === 'late')?.date.end).toBe('2025-05-12');
});

test('told-by-then: a meeting carried over to Tuesday is not the one a paper of the Saturday before told', () => {
  const events = corpus([
    { file: 'saturday.md', published: '2025-05-10', body: 'Turkish President Recep Tayyip Erdogan met Zelenskyy in Ankara.' },
    { file: 'friday.md', published: '2025-05-16', body: 'On Tuesday, officials in Kyiv gave no details. Erdogan met Zelenskyy in Ankara.' },
  ]);
  const met = events.filter((e) => e.type === 'meeting');
  expect(met).toHaveLength(2);
  // Each keeps the date its own paper could give: the week up to Saturday, and the Tuesday carried over.
  expect(met.find((e) => e.sources[0]?.article === 'saturday')?.date.end).toBe('2025-05-10');
  expect(met.find((e) => e.sources[0]?.article === 'friday')?.date.start).toBe('2025-05-13');
});

test('sayings-days-apart: "last week" in a later paper that ends on the undated paper’s day joins its saying', () => {
  const events = corpus([
    { file: 'saturday.md', published: '2025-05-10', body: 'Foreign Secretary Vikram Misri told reporters that the talks went well.' },
    { file: 'thursday.md', published: '2025-05-15', body: 'Last week, Foreign Secretary Vikram Misri told reporters that the talks went well.' },
  ]);
  const said = statementsOf(events, 'vikram-misri');
  expect(said).toHaveLength(1);
  expect(said[0]?.sources.map((s) => s.article).sort()).toEqual(['saturday', 'thursday']);
});
