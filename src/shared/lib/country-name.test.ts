import { describe, expect, it } from 'vitest';
import { countryName } from './country-name';

describe('countryName', () => {
  it('names the states the pipeline recognises as its titles do', () => {
    expect(countryName('IN')).toBe('India');
    expect(countryName('TR')).toBe('Turkey');
    expect(countryName('VA')).toBe('Holy See');
  });

  it('names any other state through Intl, and keeps a code nobody knows', () => {
    expect(countryName('NO')).toBe('Norway');
    expect(countryName('ZZ')).toMatch(/^(ZZ|Unknown Region)$/);
    expect(countryName(null)).toBe('Unknown country');
  });
});
