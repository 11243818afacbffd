import { describe, expect, test } from 'vitest';
import { editDistance, isGivenNameVariant, isMisspelling } from './text-similarity';

describe('name similarity', () => {
  test('edit distance counts insertions, substitutions and swaps', () => {
    expect(editDistance('Levitt', 'Leavitt')).toBe(1);
    expect(editDistance('Shahbaz', 'Shehbaz')).toBe(1);
    expect(editDistance('Rubio', 'Rubi0')).toBe(1);
    expect(editDistance('Lavrov', 'Lvarov')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test('surname misspellings: one edit for short names, two for long ones, never a different first letter', () => {
    expect(isMisspelling('Levitt', 'Leavitt')).toBe(true);
    expect(isMisspelling('Zelenskyi', 'Zelenskyy')).toBe(true);
    expect(isMisspelling('Jaishanker', 'Jaishankar')).toBe(true);
    expect(isMisspelling('Rutte', 'Rubio')).toBe(false);
    expect(isMisspelling('Dar', 'Dor')).toBe(false);
    expect(isMisspelling('Bruce', 'Druce')).toBe(false);
    expect(isMisspelling('Erdogan', 'Erdoğan')).toBe(false);
  });

  test('given-name variants share a stem; different names do not', () => {
    expect(isGivenNameVariant('Mark', 'Marco')).toBe(true);
    expect(isGivenNameVariant('Shahbaz', 'Shehbaz')).toBe(true);
    expect(isGivenNameVariant('Sergei', 'Sergey')).toBe(true);
    expect(isGivenNameVariant('Nawaz', 'Shehbaz')).toBe(false);
    expect(isGivenNameVariant('Hunter', 'Joe')).toBe(false);
  });
});
