import type { Range } from './types';

/** Whether two stretches of a text share a character (half-open ranges: touching ones do not). */
export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

/** Whether one stretch of a text lies wholly within another. */
export const inside = (r: Range, outer: Range): boolean => r.start >= outer.start && r.end <= outer.end;
