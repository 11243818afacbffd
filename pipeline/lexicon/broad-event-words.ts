import type { EventType } from '../../src/shared/schema';
import { ACCUSE_VERBS, MEET_VERBS, REJECT_VERBS, verbForms } from './act-verbs';

/**
 * The broad lexicon of the last-resort reader (events/unread-sentences/): for each event type, the lemma families a
 * report may use for it, verbs in all their forms and their nominalisations ("accuse, accused, accusing, accusation").
 * It is read only in sentences from which no other stage read any event, so it trades precision for breadth: a word
 * here needs no sense rule of its own; the reader's general guards (negation, modality, undated future, habit and
 * generic plurals, commentators and witnesses) keep what it finds to acts told as done. Where act-verbs.ts already
 * lists a family, it is reused. Order matters: the first family that matches a word gives its type, so narrower
 * families ("shot down", "ceasefire") come before the broader ones they overlap ("down", "fire").
 */
export interface BroadFamily {
  type: EventType;
  /** What the family reads, for the grid and the docs. */
  name: string;
  /** Alternation of the family's verbs and verb phrases in all their forms, matched whole. */
  verbs: string;
  /** Alternation of its nouns, singular and plural: a noun read alone may name the act in general ("talks are needed"). */
  nouns: string;
}

const nouns = (...ns: string[]) => ns.flatMap((n) => [n, /(?:s|sh|ch|x)$/.test(n) ? `${n}es` : n.endsWith('y') ? `${n.slice(0, -1)}ies` : `${n}s`]);
/** The pattern of a family with no words of that kind (no nouns of demanding or hosting): it never matches. */
export const NO_WORDS = '(?!)';
/** One alternation of the words given, longest first; none gives NO_WORDS. */
const any = (...parts: (string | string[])[]) => {
  const words = parts.flat();
  return words.length ? `(?:${words.sort((a, b) => b.length - a.length).join('|')})` : NO_WORDS;
};

export const BROAD_FAMILIES: BroadFamily[] = [
  { type: 'ceasefire', name: 'truce', verbs: any(['stopped firing', 'agreed to stop firing']), nouns: any(nouns('ceasefire', 'cease-fire', 'truce', 'armistice'), 'cessation of hostilities', 'halt in hostilities') },
  { type: 'military_action', name: 'shooting down', verbs: any(['shot down', 'shoots down', 'shooting down', 'downed', 'intercepted', 'intercepts'], 'exchanged fire'), nouns: any('exchange of fire', 'exchanges of fire', 'artillery exchanges?', 'artillery duels?') },
  { type: 'accusation', name: 'accusing', verbs: any([ACCUSE_VERBS], verbForms('allege')), nouns: any(nouns('accusation', 'allegation')) },
  { type: 'condemnation', name: 'condemning', verbs: any([verbForms('condemn', 'denounce', 'deplore', 'decry', 'criticise', 'criticize', ['slam', 'slams', 'slammed', 'slamming'], 'censure')]), nouns: any(nouns('condemnation', 'denunciation', 'rebuke')) },
  { type: 'rejection', name: 'rejecting', verbs: any([REJECT_VERBS, verbForms('reject', 'deny', 'dismiss', 'rebuff', 'repudiate')]), nouns: any(nouns('rejection', 'denial')) },
  { type: 'demand', name: 'demanding', verbs: any([verbForms('demand', 'insist')]), nouns: any([]) },
  { type: 'appeal', name: 'urging', verbs: any([verbForms('urge', 'appeal', 'implore', 'plead')], ['called on', 'calls on', 'calling on', 'called upon', 'called for', 'calls for']), nouns: any(nouns('plea')) },
  { type: 'threat', name: 'warning', verbs: any([verbForms('warn', 'threaten'), 'vowed to retaliate']), nouns: any(nouns('ultimatum')) },
  { type: 'expel', name: 'expelling', verbs: any([verbForms(['expel', 'expels', 'expelled', 'expelling'], 'summon', 'recall')]), nouns: any(nouns('expulsion'), 'persona non grata') },
  { type: 'sanctions', name: 'sanctioning', verbs: any([verbForms('sanction'), 'imposed sanctions', 'imposes sanctions', 'slapped sanctions']), nouns: any('new sanctions', nouns('embargo')) },
  { type: 'reduce_relations', name: 'cutting ties', verbs: any([verbForms('suspend', 'downgrade', 'sever', 'revoke', 'halve', 'downsize', ['halt', 'halts', 'halted', 'halting'])], 'in abeyance', 'closed its airspace', 'closed the border'), nouns: any(nouns('suspension', 'closure')) },
  { type: 'phone_call', name: 'calling', verbs: any([verbForms(['phone', 'phones', 'phoned', 'phoning'], 'telephone', ['rang', 'dialled', 'dialed']), 'spoke by phone', 'spoke over the phone']), nouns: any(nouns('phone call', 'telephone call', 'phone conversation', 'telephone conversation', 'call with')) },
  { type: 'negotiation', name: 'negotiating', verbs: any([verbForms('negotiate'), 'held talks', 'holds talks', 'hold talks']), nouns: any(nouns('negotiation'), 'peace talks', 'round of talks') },
  { type: 'mediation', name: 'mediating', verbs: any([verbForms('mediate', 'broker')]), nouns: any(nouns('mediation'), 'good offices') },
  { type: 'intent_to_cooperate', name: 'agreeing', verbs: any([verbForms('agree', 'sign', 'pledge', 'promise')]), nouns: any(nouns('deal', 'accord', 'agreement', 'memorandum')) },
  { type: 'host_visit', name: 'hosting', verbs: any([verbForms('host')]), nouns: any([]) },
  { type: 'visit', name: 'travelling', verbs: any([verbForms('visit', 'tour', 'arrive', ['travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling'], ['land', 'lands', 'landed'])]), nouns: any(nouns('trip')) },
  { type: 'meeting', name: 'meeting', verbs: any([MEET_VERBS]), nouns: any(nouns('meeting', 'summit')) },
  { type: 'investigation', name: 'investigating', verbs: any([verbForms('investigate', 'probe')]), nouns: any(nouns('investigation', 'inquiry')) },
  { type: 'military_action', name: 'striking', verbs: any(verbForms('attack', 'shell', 'bomb', 'pound', 'target', 'raid'), ['strike', 'strikes', 'struck', 'striking', 'fired', 'fires on']), nouns: any(nouns('airstrike', 'air strike', 'drone attack', 'missile attack', 'offensive', 'bombardment', 'barrage', 'shelling', 'incursion')) },
];

/** What makes an attack's noun a figure of words ("a diplomatic offensive", "a charm offensive", "a media blitz"). */
export const FIGURATIVE_BEFORE_ATTACK = String.raw`(?:diplomatic|charm|media|propaganda|PR|public\s+relations|verbal|legal|peace|information|trade|political|lobbying)`;

/** Verbs that, followed by "in", name no call: "phoned in his answers", "called in sick". */
export const PHRASAL_IN_AFTER_CALL = String.raw`in\b`;

