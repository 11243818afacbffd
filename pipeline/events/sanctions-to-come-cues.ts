import type { VerbCue } from './event-cues';
import { SET_TO } from '../lexicon/tense-words';

/** A plan told before a verb in its base form: "is set to", "is expected to", "plans to", "intends to", "will". */
const PLANS_TO = String.raw`(?:(?:is|are)\s+(?:${SET_TO}|preparing)\s+to|plans?\s+to|intends?\s+to|aims?\s+to|prepares?\s+to|will|shall)`;
/** The verbs that bring sanctions in, in the base form. */
const BRING_IN = String.raw`(?:impose|adopt|approve|unveil|introduce|slap|announce|levy|roll\s+out)`;
/** The sanctions brought in: up to three words before "sanctions" ("its 18th", "fresh", "a new round of"). */
const SANCTIONS_OBJECT = String.raw`(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\p{L}\d-]+\s+){0,3}?sanctions\b`;

/**
 * Rule "sanctions to come" (round x21): "Washington is set to impose secondary sanctions on Friday", "the EU is
 * expected to adopt its 18th sanctions package next week", "Britain plans to impose fresh sanctions", "Japan will
 * approve a new round of sanctions": sanctions a state is set, due, expected, planning or intending to bring in are its
 * sanctions (CAMEO 163), planned for the day told. The plan stands right before the verb, so "threatened to impose",
 * "refused to approve" and "weighing whether to impose" are not read; nor are sanctions "likely" or held over a
 * condition ("will impose sanctions if Putin does not ..."): a threat, which is a threat of its own.
 */
export const SANCTIONS_TO_COME_CUES: VerbCue[] = [
  { name: 'sanctions-to-come', type: 'sanctions', re: new RegExp(String.raw`\b${PLANS_TO}\s+(?:also\s+|soon\s+)?${BRING_IN}\s+${SANCTIONS_OBJECT}(?![^.;]*?\b(?:if|unless)\b)`, 'iu') },
];
