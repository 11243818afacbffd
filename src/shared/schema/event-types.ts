/**
 * The fixed event vocabulary, aligned with CAMEO (Conflict and Mediation Event Observations).
 * Order matters: it is the order of the legend and of the filter list.
 */
export const EVENT_TYPES = {
  statement: { cameo: '01', label: 'Public statement' },
  appeal: { cameo: '02', label: 'Appeal' },
  intent_to_cooperate: { cameo: '03', label: 'Intent to cooperate' },
  phone_call: { cameo: '041', label: 'Phone call' },
  visit: { cameo: '042', label: 'Visit' },
  host_visit: { cameo: '043', label: 'Host a visit' },
  meeting: { cameo: '044', label: 'Meeting' },
  mediation: { cameo: '045', label: 'Mediation' },
  negotiation: { cameo: '046', label: 'Negotiation' },
  ceasefire: { cameo: '0871', label: 'Ceasefire' },
  investigation: { cameo: '09', label: 'Investigation' },
  demand: { cameo: '10', label: 'Demand' },
  condemnation: { cameo: '111', label: 'Criticism or condemnation' },
  accusation: { cameo: '112', label: 'Accusation' },
  rejection: { cameo: '12', label: 'Rejection' },
  threat: { cameo: '13', label: 'Threat' },
  reduce_relations: { cameo: '16', label: 'Reduce relations' },
  sanctions: { cameo: '163', label: 'Sanctions or embargo' },
  expel: { cameo: '166', label: 'Expel or withdraw' },
  terrorist_attack: { cameo: '18', label: 'Terrorist attack' },
  military_action: { cameo: '19', label: 'Military action' },
} as const;

export type EventType = keyof typeof EVENT_TYPES;

export const EVENT_TYPE_IDS = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];

/** How a statement or contact was delivered; separate from what it was. */
export const CHANNELS = [
  'press_briefing',
  'social_media',
  'interview',
  'official_statement',
  'phone',
  'in_person',
  'media_report',
  'unknown',
] as const;
export type Channel = (typeof CHANNELS)[number];
