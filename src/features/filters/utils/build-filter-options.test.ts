import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { datasetSchema } from '../../../shared/schema';
import { buildFilterOptions } from './build-filter-options';

const dataset = datasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
const officials = buildFilterOptions(dataset).officialGroups.flatMap((g) => g.officials);
const find = (words: string) => officials.filter((o) => o.searchText.includes(words.toLowerCase())).map((o) => o.id);

test('the official search matches every role held and the words texts use for it, and aliases', () => {
  expect(find('secretary of state')).toContain('marco-rubio');
  expect(find('NSA')).toContain('marco-rubio');
  expect(find('national security adviser')).toContain('marco-rubio');
  expect(find('Levitt')).toContain('karoline-leavitt');
  expect(find('secretary of state')).not.toContain('karoline-leavitt');
});

test('an official is listed with every role held now, not only the latest', () => {
  const rubio = officials.find((o) => o.id === 'marco-rubio');
  expect(rubio?.role).toBe('Secretary of State; National Security Adviser (acting)');
});
