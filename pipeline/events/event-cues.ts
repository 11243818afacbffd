import type { Channel, EventType } from '../../src/shared/schema';
import { PLANNED_MARKER } from '../lexicon/tense-words';

/**
 * Verb and noun cues of each event type, most specific first. A clause takes the first verbal cue that
 * matches; incidents (attacks, strikes) are also read from noun phrases anywhere in the clause.
 */
export const VERB_CUES: { type: EventType; re: RegExp }[] = [
  { type: 'ceasefire', re: /\b(?:agreed\s+(?:to|on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:ceasefire|truce|cessation)|agreed\s+to\s+(?:stop|halt|cease)\s+(?:all\s+)?(?:firing|hostilities|military\s+action)|(?:announced|declared|brokered|reached|violated|breached)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:ceasefire|truce)|(?:ceasefire|truce)\s+(?:agreement|deal|took effect|came into effect|was agreed|was announced|was violated|holds))\b/i },
  { type: 'phone_call', re: /\b(?:(?:spoke|speaks|speak|speaking|spoken|talked|talks|talk|talking|phoned|dialled|dialed)\s+(?:[\w.]+\s+){0,3}?(?:with|to)|(?:held|had|holds)\s+(?:an?\s+)?(?:phone|telephone)\s+(?:call|conversation|talks)|(?:phone|telephone)\s+(?:call|conversation)s?\s+with|in\s+(?:both|the|a)\s+calls?)\b/i },
  { type: 'meeting', re: /\b(?:met|meets|meet|meeting\s+with|meeting\s+between|(?:held|hold|holds|holding)\s+talks\s+with|sat\s+down\s+with|summit\s+with|talks\s+with)\b/i },
  { type: 'host_visit', re: /\b(?:hosted|hosts|received|welcomed)\s+(?=[A-Z])/ },
  { type: 'visit', re: /\b(?:visit(?:ed|s|ing)?|arrived\s+in|travel(?:l)?ed\s+to|trip\s+to|landed\s+in|will\s+travel\s+to)\b/i },
  { type: 'mediation', re: /\b(?:offered\s+to\s+mediate|mediated\s+between|mediation\s+between|brokered\s+(?:talks|a\s+deal))\b/i },
  { type: 'negotiation', re: /\b(?:negotiat(?:ed|ing|ions?|e)|peace\s+talks|(?:talks|discussions?|conversations?|dialogue)\s+(?:\w+\s+){0,5}between)\b/i },
  { type: 'expel', re: /\b(?:expel(?:led|s)?|persona\s+non\s+grata|recalled\s+(?:its|their|the)\s+(?:ambassador|envoy|high\s+commissioner|diplomats?))\b/i },
  { type: 'sanctions', re: /\b(?:imposed|announced|slapped|new)\s+(?:\w+\s+)?sanctions\b/i },
  { type: 'reduce_relations', re: /\b(?:suspended|suspends|closed\s+(?:the\s+)?(?:border|airspace)|downgraded|cut\s+(?:off\s+)?(?:ties|trade)|severed)\b/i },
  { type: 'threat', re: /\b(?:threaten(?:ed|s|ing)?|warned\s+of|vowed\s+to\s+(?:retaliate|respond|avenge))\b/i },
  { type: 'accusation', re: /\b(?:accus(?:ed|es|ing)|alleged\s+that)\b/i },
  { type: 'condemnation', re: /\b(?:condemn(?:ed|s|ing)?|critici[sz](?:ed|es|ing)|denounc(?:ed|es|ing)|slammed|deplor(?:ed|es)|blamed)\b/i },
  { type: 'rejection', re: /\b(?:reject(?:ed|s|ing)?|refus(?:ed|es)\s+to|dismissed)\b/i },
  { type: 'demand', re: /\b(?:demand(?:ed|s|ing)?|insist(?:ed|s)\s+(?:that|on)|needs?\s+to\s+(?:end|stop|act|take)|wants?\s+an?\s+(?:independent|impartial|neutral)|must\s+(?:end|stop))\b/i },
  { type: 'appeal', re: /\b(?:urg(?:ed|es|e|ing)|call(?:ed|s|ing)?\s+(?:for|on|upon)|appeal(?:ed|s)?\s+(?:to|for)|request(?:ed|s)|asking\s+\w+|encourag(?:ed|es|ing)|pressed\s+(?:for|\w+\s+to))\b/i },
  { type: 'intent_to_cooperate', re: /\b(?:pledged|offered\s+(?:help|support|assistance)|agreed\s+to\s+(?:work|cooperate))\b/i },
  { type: 'statement', re: /\b(?:issued\s+(?:a|an)\s+(?:\w+\s+)?(?:statement|advisory)|expressed|said|says|stated|told|announced|declared|wrote|posted|tweeted|revealed|remarked|weighed\s+in|addressed\s+the\s+(?:nation|country|parliament)|briefed\s+(?:reporters|journalists|the\s+media|the\s+press)|(?:held|addressed)\s+a\s+(?:press|news)\s+conference)\b/i },
];

/** Incidents named by a noun phrase ("Pakistan's drone and missile attack", "the April 22 Pahalgam terrorist attack"). */
export const INCIDENT_CUES: { type: EventType; re: RegExp }[] = [
  { type: 'terrorist_attack', re: /\b(?:terror(?:ist)?\s+(?:attack|strike)s?|suicide\s+(?:bombing|attack)s?|militant\s+attacks?)\b/gi },
  { type: 'military_action', re: /\b(?:(?:drone|missile|air|artillery|rocket|military|retaliatory)(?:\s+and\s+(?:drone|missile|rocket|artillery))?\s+(?:strikes?|attacks?)|airstrikes?|air\s+raids?|shelling|exchange\s+of\s+fire|cross-border\s+firing|(?:strikes?|attacks?)(?=\s+on\s))\b/gi },
];

/** Event types that are incidents (attacks, strikes) rather than acts of diplomacy. */
export const INCIDENT_TYPES: ReadonlySet<EventType> = new Set(INCIDENT_CUES.map((c) => c.type));

/** Words that make an event planned rather than past. */
export const PLANNED = new RegExp(String.raw`\b(?:${PLANNED_MARKER})\b`, 'i');

/** A clause that asks rather than reports ("Asked if the President was planning to speak"). */
export const QUESTION = /^\s*(?:asked\s+(?:if|whether|about)|when\s+asked|whether)\b/i;

export const CHANNEL_CUES: { channel: Channel; re: RegExp }[] = [
  { channel: 'press_briefing', re: /\b(?:press\s+briefing|briefing|press\s+conference|news\s+conference|told\s+reporters|reporters|podium)\b/i },
  { channel: 'social_media', re: /\b(?:Truth\s+Social|on\s+X\b|Twitter|tweet(?:ed)?|Facebook|Telegram|Instagram|social\s+media|in\s+a\s+post|posted)\b/i },
  { channel: 'interview', re: /\b(?:interview|told\s+(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z]\w+)?\s+in)\b/i },
  { channel: 'official_statement', re: /\b(?:in\s+a\s+statement|issued\s+a\s+(?:\w+\s+)?statement|press\s+release|readout|communiqu[eé])\b/i },
  { channel: 'media_report', re: /\b(?:reportedly|according\s+to\s+(?:reports|media|sources)|quoted\s+\w+\s+as\s+saying)\b/i },
];

/** Contact events: every person on both sides takes part. */
export const CONTACT_TYPES = new Set<EventType>(['phone_call', 'meeting', 'visit', 'host_visit', 'negotiation', 'mediation']);
