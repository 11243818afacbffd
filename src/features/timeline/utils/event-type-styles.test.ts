import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../../shared/schema/event-types';
import { EVENT_TYPE_COLOURS } from './event-type-colours';
import { eventTypeClass, eventTypeRules } from './event-type-styles';

describe('eventTypeRules', () => {
  const rules = eventTypeRules().split('\n');

  it('has one rule per event type, giving that type its stroke and tint', () => {
    const types = Object.keys(EVENT_TYPES) as (keyof typeof EVENT_TYPES)[];
    expect(rules).toHaveLength(types.length);
    for (const type of types) {
      const rule = rules.find((r) => r.includes(`.${eventTypeClass(type)}{`));
      expect(rule, type).toBeDefined();
      expect(rule).toContain(`--tl-stroke:${EVENT_TYPE_COLOURS[type].stroke};`);
      expect(rule).toContain(`--tl-tint:${EVENT_TYPE_COLOURS[type].tint}}`);
    }
  });

  it('gives every type a class of its own', () => {
    const classes = new Set((Object.keys(EVENT_TYPES) as (keyof typeof EVENT_TYPES)[]).map(eventTypeClass));
    expect(classes.size).toBe(Object.keys(EVENT_TYPES).length);
  });
});
