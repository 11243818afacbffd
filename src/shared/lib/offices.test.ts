import { expect, test } from 'vitest';
import type { Person } from '../schema';
import { rolesOn } from './current-role';
import { holdersOn, OFFICE_BY_KEY } from './offices';

const person = (id: string, from: string | null, to: string | null): Person => ({
  id,
  name: id,
  aliases: [],
  country: 'US',
  roles: [{ title: 'President', country: 'US', from, to }],
  origin: 'gazetteer',
});
const outgoing = person('outgoing', '2021-01-20', '2025-01-20');
const incoming = person('incoming', '2025-01-20', null);
const president = OFFICE_BY_KEY.get('president');

test('on a handover day the pipeline and the app name the same single holder: an end date is exclusive', () => {
  if (!president) throw new Error('the office table lacks the presidency');
  expect(holdersOn([outgoing, incoming], president, '2025-01-20', 'US').map((p) => p.id)).toEqual(['incoming']);
  expect(rolesOn(outgoing, '2025-01-20')).toEqual([]);
  expect(rolesOn(incoming, '2025-01-20')).toHaveLength(1);
  expect(rolesOn(outgoing, '2025-01-19')).toHaveLength(1);
});
