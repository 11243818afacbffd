import type { Range } from './types';

/** Whether two stretches of a text share a character (half-open ranges: touching ones do not). */
export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
