import type { EventType } from '../../../shared/schema/event-types';

/**
 * The Goldstein (1992) cooperation–conflict weight of each event type, from -10 (most hostile) to +10 (most
 * cooperative). Source: J. S. Goldstein, "A Conflict-Cooperation Scale for WEIS Events Data", Journal of Conflict
 * Resolution 36(2), 1992, as mapped onto CAMEO codes by the CAMEO project (Schrodt, Gerner et al.) and published
 * with GDELT as CAMEO.goldsteinscale.txt.
 *
 * Where the project's type carries a specific CAMEO code, that code's weight is used, not its root's:
 * 041 phone call 1.0, 042 visit 1.9, 043 host a visit 2.8, 044 meet 2.5, 045 mediate 5.0, 046 negotiate 7.0,
 * 0871 declare a ceasefire 9.0, 111 criticise or denounce -2.0, 112 accuse -2.0, 163 sanctions or embargo -8.0,
 * 166 expel or withdraw -7.0. The others are root codes and take the root's weight: 01 public statement 0.0,
 * 02 appeal 3.0, 03 intent to cooperate 4.0, 09 investigate -2.0, 10 demand -5.0, 12 reject -4.0, 13 threaten
 * -6.0, 16 reduce relations -4.0, 18 assault -9.0 (a terrorist attack is coded as an assault), 19 fight -10.0.
 */
export const GOLDSTEIN_WEIGHTS: Record<EventType, { cameo: string; weight: number }> = {
  statement: { cameo: '01', weight: 0 },
  appeal: { cameo: '02', weight: 3 },
  intent_to_cooperate: { cameo: '03', weight: 4 },
  phone_call: { cameo: '041', weight: 1 },
  visit: { cameo: '042', weight: 1.9 },
  host_visit: { cameo: '043', weight: 2.8 },
  meeting: { cameo: '044', weight: 2.5 },
  mediation: { cameo: '045', weight: 5 },
  negotiation: { cameo: '046', weight: 7 },
  ceasefire: { cameo: '0871', weight: 9 },
  investigation: { cameo: '09', weight: -2 },
  demand: { cameo: '10', weight: -5 },
  condemnation: { cameo: '111', weight: -2 },
  accusation: { cameo: '112', weight: -2 },
  rejection: { cameo: '12', weight: -4 },
  threat: { cameo: '13', weight: -6 },
  reduce_relations: { cameo: '16', weight: -4 },
  sanctions: { cameo: '163', weight: -8 },
  expel: { cameo: '166', weight: -7 },
  terrorist_attack: { cameo: '18', weight: -9 },
  military_action: { cameo: '19', weight: -10 },
};

export const goldsteinWeight = (type: EventType): number => GOLDSTEIN_WEIGHTS[type].weight;
