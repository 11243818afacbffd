import { describe, expect, test } from 'vitest';
import { findCues } from './find-verbal-events';
import { VERB_CUES } from './event-cues';
import { inflect } from '../lexicon/act-verbs';

/** For each cue built from the act lexicon: sentences it must read as its act, and look-alikes it must not. Written for these tests. */
const CASES: Record<string, { yes: string[]; no: string[] }> = {
  'spoke-by-phone': {
    yes: ['The two presidents were speaking by phone on Tuesday.', 'The minister talked over the phone with her Greek counterpart.', 'The envoys conferred by video link late on Friday.'],
    no: ['The two presidents were speaking at a rally on Tuesday.', 'The minister talked about the phone network.'],
  },
  'reached-by-phone': {
    yes: ["The envoy contacted the Greek foreign minister's deputy over the phone.", 'The chancellor contacted her Dutch counterpart by telephone on Monday.'],
    no: ['The envoy called for restraint by phone.', 'The chancellor called on her partners by phone to hold firm.'],
  },
  'called-person': {
    yes: ['Rubio called Turkey\u2019s Foreign Minister Hakan Fidan to discuss the summit.', 'The chancellor called Brazil\'s President Lula on Monday.'],
    no: ['The chancellor called for calm on Monday.', 'The chancellor called Brazil\'s offer a bluff.'],
  },
  'alleged-against': {
    yes: ['The ministry alleged that Kyiv had staged the blast.', 'The Kremlin alleged Georgia of planning a provocation.', 'Officials faulted Ankara for the delay.'],
    no: ['Police arrested the alleged organiser of the plot.', 'The trial of alleged Russian saboteurs opened.', 'The minister was implicated in the scandal.'],
  },
  'claim-was-false': {
    yes: ['The president said the accusation was a lie.', 'The spokesman said claims of a massacre were pure fabrication.'],
    no: ['The president said the report was encouraging.', 'The president said the accusation was serious.'],
  },
  'claim-called-false': {
    yes: ['The embassy called the claims baseless fabrications.', 'Officials dismissed Moscow\'s allegations as propaganda.'],
    no: ['The president said the report was encouraging.', 'The embassy called the claims worth studying.'],
  },
  refuted: {
    yes: ['The army chief rubbished the reports of losses.', 'The ministry refuted Oslo\'s version of events.', 'Delhi disputed the figures given by Islamabad.'],
    no: ['Troops patrolled the disputed region.', 'The ministry was refuted by the court.'],
  },
  'gathered-for-sitting': {
    yes: ['The council, the alliance\u2019s main body, gathered for its regular Wednesday session.', 'The envoys convened in a closed meeting in Vienna.'],
    no: ['Crowds gathered in the square.', 'The envoys convened in Vienna.'],
  },
  'extended-restriction': {
    yes: ['The ministry extended the NOTAM barring the neighbour\u2019s airlines until June.', 'Delhi announced a month-long extension of the ban on Pakistani aircraft.'],
    no: ['The city extended the school closure for a week.', 'The ministry extended the deadline for applications.'],
  },
  'airspace-was-closed': {
    yes: ['The airspace has been closed to Indian planes since April.'],
    no: ['The airspace was busy during the holiday.'],
  },
  'issued-warning-to': {
    yes: ['The defence minister had issued a stern warning to Pakistan on Thursday.', 'Washington delivered an ultimatum to Caracas.'],
    no: ['The agency issued a flood warning to residents of the valley.', 'The minister issued a statement to Pakistan on Thursday.'],
  },
};

const names = (text: string) => findCues(text, 0).map((c) => c.name);
const types = (text: string) => findCues(text, 0).map((c) => c.type);
/** A wording another cue of the same type claims first is still read as the act. */
const typeOf = (name: string) => VERB_CUES.find((c) => c.name === name)?.type;

describe('cues built from the act lexicon', () => {
  for (const [name, { yes, no }] of Object.entries(CASES)) {
    for (const s of yes) test(`${name} reads: ${s}`, () => { expect(types(s)).toContain(typeOf(name)); });
    for (const s of no) test(`${name} does not read: ${s}`, () => { expect(names(s)).not.toContain(name); });
  }
});

describe('inflect', () => {
  test('gives the four forms of regular verbs', () => {
    expect(inflect('accuse')).toEqual(['accuse', 'accuses', 'accused', 'accusing']);
    expect(inflect('deny')).toEqual(['deny', 'denies', 'denied', 'denying']);
    expect(inflect('rubbish')).toEqual(['rubbish', 'rubbishes', 'rubbished', 'rubbishing']);
  });
});
