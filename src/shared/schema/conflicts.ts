/** The crises the product covers. Add one here and the schema, pipeline and filters follow. */
export const CONFLICTS = {
  'india-pakistan': { label: 'India–Pakistan', countries: ['IN', 'PK'] },
  'russia-ukraine': { label: 'Russia–Ukraine', countries: ['RU', 'UA'] },
} as const;

export type ConflictId = keyof typeof CONFLICTS;
export const CONFLICT_IDS = Object.keys(CONFLICTS) as [ConflictId, ...ConflictId[]];
