import type { ConflictId } from '../../../shared/schema/conflicts';

/** One colour per conflict, readable on the light and the dark background. */
export const LINE_COLOURS: Record<ConflictId, string> = {
  'india-pakistan': '#d97706',
  'russia-ukraine': '#2563eb',
};
