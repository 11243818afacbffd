import type { EventType } from '../../../shared/schema';

/**
 * One colour per event type, by family: cooperation in blues and greens, verbal conflict in ambers,
 * material conflict in reds. `tint` is the fill, light enough for dark text in light and dark mode.
 */
export const EVENT_TYPE_COLOURS: Record<EventType, { stroke: string; tint: string }> = {
  statement: { stroke: '#64748b', tint: '#e2e8f0' },
  appeal: { stroke: '#0891b2', tint: '#cffafe' },
  intent_to_cooperate: { stroke: '#059669', tint: '#d1fae5' },
  phone_call: { stroke: '#2563eb', tint: '#dbeafe' },
  visit: { stroke: '#4f46e5', tint: '#e0e7ff' },
  host_visit: { stroke: '#7c3aed', tint: '#ede9fe' },
  meeting: { stroke: '#1d4ed8', tint: '#bfdbfe' },
  mediation: { stroke: '#0d9488', tint: '#ccfbf1' },
  negotiation: { stroke: '#15803d', tint: '#dcfce7' },
  ceasefire: { stroke: '#16a34a', tint: '#bbf7d0' },
  investigation: { stroke: '#a16207', tint: '#fef9c3' },
  demand: { stroke: '#d97706', tint: '#fef3c7' },
  condemnation: { stroke: '#ea580c', tint: '#ffedd5' },
  accusation: { stroke: '#c2410c', tint: '#fed7aa' },
  rejection: { stroke: '#b45309', tint: '#fde68a' },
  threat: { stroke: '#dc2626', tint: '#fee2e2' },
  reduce_relations: { stroke: '#be185d', tint: '#fce7f3' },
  sanctions: { stroke: '#9d174d', tint: '#fbcfe8' },
  expel: { stroke: '#a21caf', tint: '#fae8ff' },
  terrorist_attack: { stroke: '#7f1d1d', tint: '#fecaca' },
  military_action: { stroke: '#991b1b', tint: '#fca5a5' },
};
