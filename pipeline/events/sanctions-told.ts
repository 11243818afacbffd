import type { VerbCue } from './event-cues';
import { SANCTION_BATCH } from '../lexicon/act-verbs';
/** Verbs of putting sanctions in place not read before round x18 ("authorized", "rolled out", "levelled"). */
export const SANCTION_VERBS = String.raw`authori[sz](?:ed|es)|roll(?:ed|s)\s+out|levell?ed`;

/** Verbs of a measure in the passive ("were imposed", "have been announced"). */
const PUT_IN_PLACE = String.raw`(?:announced|imposed|adopted|approved|unveiled|introduced|authori[sz]ed|slapped|extended|expanded|tightened|rolled\s+out|levell?ed)`;

/**
 * Rule "sanctions told with a verb of their own", the forms the verb cues do not read: "new sanctions on Russian banks
 * were announced by the EU" (the passive: its agent, or the states its clause names, impose them); "the Treasury added
 * 20 Russian firms to its sanctions list"; a batch announced or imposed. ("Britain targeted 100 more tankers of the
 * shadow fleet with sanctions" is hit-with-sanctions', measure-cues.ts, read over up to eight words.) "Sanctions relief
 * was approved" and "under sanctions since 2014" impose none.
 */
export const SANCTIONS_TOLD_CUES: VerbCue[] = [
  // "announced a fresh round of sanctions", "imposed a new package of sanctions": verbs the batch alternative of
  // imposed-sanctions (event-cues.ts: adopted, approved, unveiled, passed, agreed) does not read.
  { name: 'announced-a-batch', type: 'sanctions', re: new RegExp(String.raw`\b(?:announc(?:ed|es)|impos(?:ed|es)|slapped|introduc(?:ed|es)|${SANCTION_VERBS})\s+(?:on\s+\p{L}+\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\p{L}\d-]+\s+){0,2}?${SANCTION_BATCH}\s+of\s+(?:(?:new|fresh|further|additional|tougher|sweeping)\s+)?sanctions\b`, 'iu') },
  { name: 'sanctions-were-imposed', type: 'sanctions', subjectless: 'named', passive: true, re: new RegExp(String.raw`\bsanctions\s+(?:(?!(?:is|are|was|were|has|have|had|relief|waivers?|exemptions?|would|will|could|may|might)\b)[\p{L}\d'’,-]+\s+){0,6}?(?:were|have\s+been|had\s+been)\s+(?:(?:also|formally|now|quickly)\s+)?${PUT_IN_PLACE}\b`, 'iu') },
  { name: 'added-to-sanctions-list', type: 'sanctions', re: /\badd(?:ed|s)\s+(?:[\p{L}\d,'’-]+\s+){1,8}?to\s+(?:its|the|their|a|his|her)\s+(?:[\p{L}-]+\s+)?(?:sanctions\s+list|blacklist|list\s+of\s+sanctioned)\b/iu },
];
