import type { ConflictId, EventType } from '../../src/shared/schema';

/**
 * Events of the two crises that later stories name by NAME and no date ("India launched Operation Sindoor", "since the
 * Alaska summit", "after India put the Indus Waters Treaty in abeyance"). Like the gazetteer's offices with their dates,
 * this is knowledge of the world, not of wording: every reader of the news knows the day such a name stands for.
 * Only events whose day is certain and which the name alone picks out among the crisis's events are listed; a name
 * that later came to stand for several events (talks in Istanbul, a meeting in the Oval Office) names this one only
 * in the stories published before the next one (`until`).
 */
export interface KnownEvent {
  name: string;
  conflict: ConflictId;
  /** The kinds of event that can be this one ("a summit in Alaska" is a meeting, not a statement about it). */
  types: readonly EventType[];
  /** The day it happened (ISO). */
  day: string;
  /** Words that name it, in the event's own phrase. */
  names: RegExp;
  /** The last publication day on which the name picks out this event alone. */
  until?: string;
  /** A state that took part, among the event's states ("the Oval Office" hosts many leaders; this meeting was Ukraine's). */
  party?: string;
}

/** Whether a story of the conflict published on that day can mean this known event by its name: it had happened, and the name still picks it out alone. */
export const isKnownOn = (k: KnownEvent, conflict: ConflictId, published: string): boolean => k.conflict === conflict && k.day <= published && (k.until === undefined || published <= k.until);

export const KNOWN_EVENTS: readonly KnownEvent[] = [
  // India–Pakistan, 2025.
  // Gunmen killed 26 people in the Baisaran meadow near Pahalgam, 22 April 2025 (en.wikipedia.org/wiki/2025_Pahalgam_attack).
  { name: 'pahalgam-attack', conflict: 'india-pakistan', types: ['terrorist_attack'], day: '2025-04-22', names: /\b(?:Pahalgam|Baisaran)\b/ },
  // India's Cabinet Committee on Security, announced by Foreign Secretary Misri on the evening of 23 April 2025: the
  // Indus Waters Treaty held in abeyance, the Attari integrated check post closed (MEA press briefing, 23 April 2025).
  { name: 'india-measures-april-23', conflict: 'india-pakistan', types: ['reduce_relations', 'sanctions'], day: '2025-04-23', names: /\b(?:Indus\s+Waters?\s+Treaty|IWT|Attari)\b/ },
  // Pakistan's National Security Committee, 24 April 2025: airspace closed to Indian-owned or -operated airlines, trade
  // suspended, the Wagah border closed, the Simla Agreement liable to be held in abeyance (PM Office statement).
  { name: 'pakistan-measures-april-24', conflict: 'india-pakistan', types: ['reduce_relations', 'sanctions'], day: '2025-04-24', names: /\b(?:Simla\s+(?:Agreement|Accord|Pact)|Wagah)\b|\bairspace\b[^.;]{0,40}\bIndian\b|\bIndian(?:-owned|-operated|-registered)?\s+(?:airlines|aircraft|carriers|flights|planes)\b/ },
  // India's NOTAM of 30 April 2025 closing its airspace to Pakistani aircraft, until 23 May (then extended month by month).
  { name: 'india-airspace-closure', conflict: 'india-pakistan', types: ['reduce_relations', 'sanctions'], day: '2025-04-30', names: /\bairspace\b[^.;]{0,40}\bPakistani\b|\bPakistani(?:-owned|-operated|-registered)?\s+(?:airlines|aircraft|aircrafts|carriers|flights|planes)\b/ },
  // India's strikes on nine sites in Pakistan and Pakistan-administered Kashmir, early on 7 May 2025 (PIB, 7 May 2025).
  { name: 'operation-sindoor', conflict: 'india-pakistan', types: ['military_action'], day: '2025-05-07', names: /\bOperation\s+Sindoor\b/i },
  // Pakistan's retaliatory operation, announced early on 10 May 2025 (ISPR, 10 May 2025).
  { name: 'bunyan-um-marsoos', conflict: 'india-pakistan', types: ['military_action'], day: '2025-05-10', names: /\bBunyan[\s-]*(?:um|ul|al|un)[\s-]*Marsoos\b/i },
  // The cessation of firing agreed by the two DGMOs, effective 17:00 IST on 10 May 2025 (MEA, 10 May 2025): the only
  // ceasefire of the crisis, so a ceasefire that happened, told after that day, is this one.
  { name: 'ceasefire-may-10', conflict: 'india-pakistan', types: ['ceasefire'], day: '2025-05-10', names: /\b(?:ceasefire|cease-fire|truce|cessation\s+of\s+(?:hostilities|firing|military\s+action)|understanding)\b/i },
  // Indian forces killed the three gunmen of the Pahalgam attack near Srinagar, 28 July 2025 (Home Minister in
  // parliament, 29 July 2025).
  { name: 'operation-mahadev', conflict: 'india-pakistan', types: ['military_action'], day: '2025-07-28', names: /\bOperation\s+Mahadev\b/i },

  // Russia–Ukraine.
  // Russia's full-scale invasion of Ukraine, 24 February 2022.
  { name: 'full-scale-invasion', conflict: 'russia-ukraine', types: ['military_action'], day: '2022-02-24', names: /\bfull[\s-]scale\s+(?:invasion|war)\b/i },
  // Ukraine's incursion into Russia's Kursk region, 6 August 2024.
  { name: 'kursk-incursion', conflict: 'russia-ukraine', types: ['military_action'], day: '2024-08-06', names: /\bKursk\s+(?:incursion|offensive|operation)\b|\b(?:incursion|offensive)\s+into\s+(?:Russia['’]s\s+)?(?:the\s+)?Kursk\b/i },
  // US and Russian delegations (Rubio, Waltz, Witkoff; Lavrov, Ushakov) in Riyadh, 18 February 2025; the next talks in
  // Riyadh were the technical rounds of 23-25 March.
  { name: 'riyadh-talks', conflict: 'russia-ukraine', types: ['meeting', 'negotiation'], day: '2025-02-18', names: /\bRiyadh\b/, until: '2025-03-22', party: 'RU' },
  // Trump and Zelensky in the Oval Office, 28 February 2025; Zelensky was next at the White House on 18 August.
  { name: 'oval-office-meeting', conflict: 'russia-ukraine', types: ['meeting'], day: '2025-02-28', names: /\bOval\s+Office\b/, until: '2025-08-17', party: 'UA' },
  // US and Ukrainian delegations in Jeddah, 11 March 2025 (Ukraine accepted a 30-day ceasefire proposal).
  { name: 'jeddah-talks', conflict: 'russia-ukraine', types: ['meeting', 'negotiation'], day: '2025-03-11', names: /\bJeddah\b/, party: 'UA' },
  // Direct Russia–Ukraine talks in Istanbul: 16 May, 2 June and 23 July 2025 (a round named by its number first; a bare
  // "Istanbul" names the first only until the second).
  { name: 'istanbul-first-round', conflict: 'russia-ukraine', types: ['meeting', 'negotiation'], day: '2025-05-16', names: /\bfirst\s+round\b[^.;]{0,60}\bIstanbul\b|\bIstanbul\b[^.;]{0,60}\bfirst\s+round\b/i },
  { name: 'istanbul-second-round', conflict: 'russia-ukraine', types: ['meeting', 'negotiation'], day: '2025-06-02', names: /\bsecond\s+round\b[^.;]{0,60}\bIstanbul\b|\bIstanbul\b[^.;]{0,60}\bsecond\s+round\b/i },
  { name: 'istanbul-third-round', conflict: 'russia-ukraine', types: ['meeting', 'negotiation'], day: '2025-07-23', names: /\bthird\s+round\b[^.;]{0,60}\bIstanbul\b|\bIstanbul\b[^.;]{0,60}\bthird\s+round\b/i },
  { name: 'istanbul-talks-may', conflict: 'russia-ukraine', types: ['meeting', 'negotiation'], day: '2025-05-16', names: /\bIstanbul\b/, until: '2025-06-01' },
  // Ukraine's drone strikes on four Russian air bases, 1 June 2025.
  { name: 'operation-spiderweb', conflict: 'russia-ukraine', types: ['military_action'], day: '2025-06-01', names: /\bOperation\s+Spider['’]?s?[\s-]*[Ww]eb\b|\bSpiderweb\b/ },
  // Trump and Putin at Joint Base Elmendorf-Richardson, Anchorage, Alaska, 15 August 2025.
  { name: 'alaska-summit', conflict: 'russia-ukraine', types: ['meeting', 'negotiation', 'visit'], day: '2025-08-15', names: /\b(?:Alaska|Anchorage)\b/, party: 'RU' },
  // Zelensky and European leaders with Trump at the White House, 18 August 2025.
  { name: 'white-house-european-leaders', conflict: 'russia-ukraine', types: ['meeting'], day: '2025-08-18', names: /\bWhite\s+House\b[^.;]{0,80}\bEuropean\s+leaders\b|\bEuropean\s+leaders\b[^.;]{0,80}\bWhite\s+House\b/i, party: 'UA' },
];
