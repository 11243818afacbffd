import type { EventType } from '../../src/shared/schema';
import { STRONG_REPLY } from './event-cues';

/**
 * Whose words a content cue needs before it (the subject of its clause in what was said): 'own' the teller's side
 * ("we", "it", "India" told by an Indian), 'other' anyone else (the side accused, warned or asked), 'any' either.
 */
export type ContentSubject = 'own' | 'other' | 'any';

/** A named cue read in what a saying told (its that-clause, its reported clause, its quotation), never in its reporting words. */
export interface ContentCue {
  name: string;
  type: EventType;
  subject: ContentSubject;
  re: RegExp;
}

/** A past or present copula of a verdict ("was", "is", "amounted to"), never "would be" or "could be" (a hypothesis). */
const VERDICT_COPULA = String.raw`(?:was|were|is|are|amounted\s+to|amounts\s+to|constituted|constitutes)\s+(?:\w+ly\s+)?(?:nothing\s+(?:less|short)\s+(?:than|of)\s+)?`;
/** Hostile acts one may be said to stand behind or answer for. */
const HOSTILE_ACT = String.raw`(?:attacks?|strikes?|bombings?|blasts?|explosions?|killings?|massacre|shelling|assault|incursion|plot|violence|provocations?|sabotage|terror\w*|infiltration|aggression|escalation)`;
/** Words a state's support of armed groups is told with, and the groups. */
const ARMED_GROUPS = String.raw`(?:(?:cross-border\s+|state-sponsored\s+)?terror(?:ism|ists?)?|militan(?:cy|ts?)|proxies|insurgents|separatists|saboteurs)`;
/** Papers and positions one turns down: what a rejection's verdict is about. */
const PROPOSAL = String.raw`(?:proposals?|plans?|offers?|demands?|terms|deal|idea|ultimatum|conditions|initiative|draft|suggestions?|requests?|settlement|framework)`;
/** Acts a verdict of wrong is about. */
const ACT = String.raw`(?:attacks?|strikes?|shelling|bombings?|killings?|remarks|comments|statements?|actions?|behaviou?r|decision|move|steps?|violations?|provocations?|rhetoric|incursion|aggression)`;
/** Modals of obligation or advice ("must", "should", "needed to"), with an adverb after. */
const OUGHT = String.raw`(?:must|should|has\s+to|have\s+to|had\s+to|needs?\s+to|needed\s+to|ought\s+to)\s+(?:(?:now|also|immediately|urgently|all|both|\w+ly)\s+)?`;
/** A saying's future of its own side ("would", "will", "shall"), with an adverb after. */
const WILL = String.raw`(?:would|will|shall|'ll)\s+(?:(?:now|also|certainly|surely|\w+ly)\s+)?`;

/**
 * One table of content cues per type, most specific first (the first that holds types the saying). Each cue is named;
 * saying-content.test.ts has cells it must type and look-alikes it must leave a statement.
 */
export const SAYING_CONTENT_CUES: ContentCue[] = [
  // Rule "a denial in what was said": "said it had nothing to do with the attack", "said Pakistan had no role in it",
  // "said the allegations were baseless": the teller's side turns a charge down (before any accusation cue).
  { name: 'denied-role', type: 'rejection', subject: 'own', re: new RegExp(String.raw`\b(?:had|has|have)\s+(?:absolutely\s+)?(?:nothing\s+to\s+do\s+with|no\s+(?:role|hand|part|involvement)\s+in)\b|\b(?:was|were|is|are)\s+not\s+(?:involved\s+in|behind|responsible\s+for)\b`, 'i') },
  { name: 'charges-baseless', type: 'rejection', subject: 'any', re: /\b(?:allegations?|accusations?|charges?|claims?)\b[^,.;]{0,60}?\b(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:baseless|unfounded|false|fabricated|absurd|lies|a\s+lie|propaganda|nonsense)\b/i },
  // Rule "a refusal in what was said": "said it would not accept any deal", "said Kyiv will never recognise", "said
  // there would be no talks": the teller's side refuses; "the proposal was unacceptable": a paper turned down.
  { name: 'would-not-accept', type: 'rejection', subject: 'own', re: /\b(?:would|will|could|can|shall)\s*(?:not|never|n['’]t)\s+(?:ever\s+)?(?:accept|agree\s+to|recogni[sz]e|negotiate\s+(?:on|over|away)|cede|give\s+up|surrender|sign)\b|\b(?:does|do|did)\s*(?:not|n['’]t)\s+(?:accept|recogni[sz]e)\b|\bhad\s+no\s+intention\s+of\b/i },
  { name: 'proposal-unacceptable', type: 'rejection', subject: 'any', re: new RegExp(String.raw`\b${PROPOSAL}\b[^,.;]{0,60}?\b${VERDICT_COPULA}(?:unacceptable|not\s+acceptable|out\s+of\s+the\s+question|a\s+non-starter|off\s+the\s+table|dead\s+on\s+arrival)\b`, 'i') },
  // Rule "a verdict of wrong in what was said": "said the shelling was a barbaric war crime", "said the strikes were
  // cowardly", "said the remarks were unacceptable": an act judged a crime or a wrong, in the past or present.
  { name: 'was-a-crime', type: 'condemnation', subject: 'any', re: new RegExp(String.raw`\b${VERDICT_COPULA}(?:an?\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,2}?(?:war\s+crimes?|crimes?\s+against\s+humanity|act\s+of\s+(?:terror(?:ism)?|aggression|barbarism|cowardice|war)|terrorist\s+act|atrocit(?:y|ies)|genocide)\b`, 'i') },
  { name: 'was-barbaric', type: 'condemnation', subject: 'any', re: new RegExp(String.raw`\b${VERDICT_COPULA}(?:an?\s+)?(?:barbaric|barbarous|cowardly|heinous|despicable|abhorrent|reprehensible|deplorable|shameful|disgraceful|inhumane?|outrageous|monstrous|dastardly|abominable|unforgivable|unjustifiable)\b`, 'i') },
  { name: 'act-unacceptable', type: 'condemnation', subject: 'any', re: new RegExp(String.raw`\b${ACT}\b[^,.;]{0,60}?\b${VERDICT_COPULA}(?:unacceptable|not\s+acceptable)\b`, 'i') },
  // Rule "blame in what was said": "said India was behind the attack", "said Islamabad was sponsoring cross-border
  // terrorism", "said Kyiv was to blame", "said Moscow was trying to derail the talks": a hostile act laid at the door
  // of someone other than the teller's side.
  { name: 'was-behind', type: 'accusation', subject: 'other', re: new RegExp(String.raw`\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?(?:behind|responsible\s+for|to\s+blame\s+for)\s+(?:(?:the|this|that|these|those|its|their|last|[\p{Lu}][\p{L}-]*['’]s)\s+)?(?:[\w-]+\s+){0,3}?${HOSTILE_ACT}\b|\b(?:was|were|is|are)\s+(?:solely\s+)?to\s+blame\b`, 'iu') },
  { name: 'sponsoring-terror', type: 'accusation', subject: 'other', re: new RegExp(String.raw`\b(?:sponsor|support|harbo(?:u)?r|back|fund|financ|shelter|arm|train)(?:s|ed|ing|e|es)?\s+(?:(?!(?:against|in|to|fight\w*|counter\w*|combat\w*|curb\w*)\b)[\w-]+\s+){0,2}?${ARMED_GROUPS}\b|\bstate\s+sponsors?\s+of\s+terror`, 'i') },
  { name: 'trying-to-derail', type: 'accusation', subject: 'other', re: /\b(?:trying|seeking|attempting|tried|sought|wants?|wanted)\s+to\s+(?:sabotage|derail|undermine|wreck|torpedo|disrupt|stall|drag\s+out)\b|\b(?:had|has|have)\s+(?:deliberately\s+)?(?:staged|orchestrated|masterminded|engineered|fabricated)\s+(?:the|this|that|a|an)\b|\bdeliberately\s+(?:targeted|targeting|attacked|struck|shelled|hit)\b/i },
  // Rule "a warning in what was said": "said India would respond with full force to any attack", "said any misadventure
  // would be met with a befitting reply", "said Pakistan would pay a heavy price": the teller's side answering a blow,
  // or the other side made to suffer for one.
  { name: 'would-respond', type: 'threat', subject: 'own', re: new RegExp(String.raw`\b${WILL}(?:not\s+hesitate\s+to\s+\w+|retaliate|hit\s+back|strike\s+back|avenge|respond\s+(?:with|in)\s+(?:full\s+|all\s+its\s+|overwhelming\s+|equal\s+)?(?:force|might|strength|kind)|respond\s+(?:\w+ly\s+)?to\s+any\b|give\s+(?:an?\s+)?(?:[\w-]+\s+and\s+)?${STRONG_REPLY}|teach\s+(?:\w+\s+){1,2}a\s+lesson)`, 'i') },
  { name: 'met-with-reply', type: 'threat', subject: 'any', re: new RegExp(String.raw`\b(?:any|every|further|another)\s+(?:[\w-]+\s+){0,2}?(?:attack|aggression|misadventure|provocation|violation|incursion|strike|escalation)\b[^,.;]{0,40}?\b(?:would|will)\s+be\s+(?:met|answered|responded\s+to|countered)\b|\b(?:would|will)\s+be\s+met\s+with\s+(?:an?\s+)?(?:[\w-]+\s+and\s+)?${STRONG_REPLY}`, 'i') },
  { name: 'would-pay', type: 'threat', subject: 'other', re: /\b(?:would|will)\s+(?:\w+ly\s+)?(?:pay\s+(?:an?\s+|the\s+)?(?:heavy|high|dear|steep|terrible)?\s*price|face\s+(?:serious|severe|dire|grave|harsh)\s+consequences|regret\s+(?:it|this|any))\b/i },
  // Rule "an appeal in what was said": "said both sides must exercise restraint", "said Russia and Ukraine should return
  // to the negotiating table": calm or talks asked of others.
  { name: 'should-return-to-talks', type: 'appeal', subject: 'other', re: new RegExp(String.raw`\b${OUGHT}(?:(?:exercise|show|maintain)\s+(?:maximum\s+|utmost\s+)?(?:restraint|calm)|de-?escalate|(?:return|come\s+back|go\s+back|get\s+back)\s+to\s+(?:the\s+)?(?:negotiating\s+table|table|talks|negotiations|dialogue)|(?:engage|sit\s+down)\s+(?:together\s+)?in\s+(?:direct\s+)?(?:dialogue|talks)|resolve\s+(?:[\w-]+\s+){0,3}?(?:through|by)\s+(?:peaceful\s+)?(?:dialogue|diplomacy|talks|negotiations|peaceful\s+means)|avoid\s+(?:any\s+)?(?:further\s+)?escalation|step\s+back\s+from\s+the\s+brink)\b|\bit\s+(?:was|is)\s+time\s+(?:for|to)\s+(?:peace|talks|dialogue|negotiate|end\s+the\s+war)\b`, 'i') },
  // Rule "a demand in what was said": "said Russia must be held accountable", "said Moscow must withdraw its troops":
  // what the other side must do or suffer, told to it.
  { name: 'must-be-held-to-account', type: 'demand', subject: 'other', re: new RegExp(String.raw`\b${OUGHT}(?:be\s+(?:held\s+(?:accountable|responsible)|brought\s+to\s+justice|punished)|withdraw|pull\s+(?:out|back)|release|free|return|hand\s+over|extradite|stop|end|halt|cease|pay|compensate|apologi[sz]e|dismantle|act\s+against|take\s+(?:action|steps)\s+against|leave|vacate)\b`, 'i') },
  // Rule "an intent in what was said": "said Turkey would host talks", "said India was committed to working with ...":
  // the teller's side offers its help or its part in talks.
  { name: 'would-work-with', type: 'intent_to_cooperate', subject: 'own', re: /\b(?:would|will|was\s+ready\s+to|stood\s+ready\s+to|remained\s+ready\s+to)\s+(?:continue\s+to\s+)?(?:work\s+(?:closely\s+)?(?:with|together)|cooperate\s+with|host\s+(?:the\s+|a\s+|new\s+|further\s+)?(?:talks|negotiations|meeting|summit)|facilitate\s+(?:the\s+)?(?:talks|dialogue|negotiations)|mediate\b)|\b(?:was|is|remained|remains)\s+(?:fully\s+)?committed\s+to\s+(?:peace|dialogue|diplomacy|the\s+peace\s+process|(?:working|cooperating)\s+with)\b/i },
];
