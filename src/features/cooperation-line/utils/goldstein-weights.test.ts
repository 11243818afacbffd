import { describe, expect, it } from 'vitest';
import { EVENT_TYPE_IDS, EVENT_TYPES } from '../../../shared/schema/event-types';
import { GOLDSTEIN_WEIGHTS, goldsteinWeight } from './goldstein-weights';

describe('Goldstein weights', () => {
  it('gives every event type of the vocabulary a weight on the -10..10 scale', () => {
    for (const type of EVENT_TYPE_IDS) {
      const w = goldsteinWeight(type);
      expect(Number.isFinite(w), type).toBe(true);
      expect(Math.abs(w), type).toBeLessThanOrEqual(10);
    }
    expect(Object.keys(GOLDSTEIN_WEIGHTS).sort()).toEqual([...EVENT_TYPE_IDS].sort());
  });

  it('is keyed by the same CAMEO codes as the vocabulary', () => {
    for (const type of EVENT_TYPE_IDS) expect(GOLDSTEIN_WEIGHTS[type].cameo, type).toBe(EVENT_TYPES[type].cameo);
  });

  it('scores cooperation above zero, hostility below, and a public statement as neutral', () => {
    expect(goldsteinWeight('statement')).toBe(0);
    for (const t of ['phone_call', 'meeting', 'mediation', 'negotiation', 'ceasefire'] as const) expect(goldsteinWeight(t)).toBeGreaterThan(0);
    for (const t of ['condemnation', 'threat', 'sanctions', 'terrorist_attack', 'military_action'] as const) expect(goldsteinWeight(t)).toBeLessThan(0);
    // Published values for a specific code and for a root code.
    expect(goldsteinWeight('negotiation')).toBe(7);
    expect(goldsteinWeight('military_action')).toBe(-10);
    expect(goldsteinWeight('ceasefire')).toBeGreaterThan(goldsteinWeight('phone_call'));
  });
});
