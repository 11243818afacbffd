import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../types';
import { countActiveFilters } from './count-active-filters';

describe('countActiveFilters', () => {
  it('is zero with no filters, and ignores the conflict, which has its own switch', () => {
    expect(countActiveFilters(NO_FILTERS)).toBe(0);
    expect(countActiveFilters({ ...NO_FILTERS, conflict: 'india-pakistan' })).toBe(0);
  });

  it('counts each chosen country, official and type, each date bound, exact dates and a search', () => {
    const f = { ...NO_FILTERS, countries: ['IN', 'PK'], officials: ['x'], types: ['meeting' as const], from: '2025-05-01', to: null, exactOnly: true, query: 'talks' };
    expect(countActiveFilters(f)).toBe(7);
  });

  it('does not count a search of blanks', () => {
    expect(countActiveFilters({ ...NO_FILTERS, query: '   ' })).toBe(0);
  });
});
