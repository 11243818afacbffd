import { overlaps } from '../ranges';
import type { Range } from '../types';

/** True when [start, end) overlaps any of the ranges. */
export function overlapsAny(start: number, end: number, ranges: readonly Range[]): boolean {
  return ranges.some((r) => overlaps({ start, end }, r));
}
