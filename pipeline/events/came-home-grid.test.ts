import { describe } from 'vitest';
import { eventsOfCell } from './fixtures/unseen-events-of';
import { noTypesIn, typedCellsIn } from './fixtures/typed-cells';

/**
 * The grid of an exchange told by who came home (round x21): soldiers or prisoners brought home, coming home, or the
 * bodies of the fallen received or handed over are a stage of an exchange between the two sides (the key's intent to
 * cooperate), on its day. Delegations, tourists or envoys coming home are none. Sentences in our own words, published
 * on Wednesday 14 May 2025 (Tuesday is 13 May, Sunday 11).
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Islamabad|Delhi|Wagah|BSF/;
const cell = (sentence: string) => eventsOfCell(sentence, PUBLISHED, CRISIS);

describe('rule "back from captivity": who came home tells a stage of an exchange', () => {
  typedCellsIn(
    [
      ['intent_to_cooperate', '2025-05-13', ['UA'], 'On Tuesday Kyiv brought home 84 soldiers held in Russian captivity.'],
      ['intent_to_cooperate', '2025-05-11', ['UA'], 'Another 307 Ukrainian soldiers came home on Sunday in the second stage of the exchange.'],
      ['intent_to_cooperate', '2025-05-14', ['UA', 'RU'], 'Ukraine received the bodies of 1,212 fallen soldiers from Russia on Wednesday.'],
      ['intent_to_cooperate', '2025-05-14', ['UA', 'RU'], 'Kyiv handed Moscow the bodies of 27 Russian soldiers on Wednesday.'],
      ['intent_to_cooperate', '2025-05-13', ['RU'], 'Russian servicemen held in Ukraine returned home on Tuesday, the defence ministry said.'],
      ['intent_to_cooperate', '2025-05-11', ['IN', 'PK'], 'India repatriated the bodies of two Pakistani fishermen at the Wagah border on Sunday.'],
    ],
    cell,
  );
});

describe('no exchange: delegations, envoys or tourists coming home', () => {
  noTypesIn(
    [
      ['intent_to_cooperate', 'The Ukrainian delegation came home from Istanbul on Sunday.'],
      ['intent_to_cooperate', 'The stranded tourists returned home on Tuesday.'],
      ['intent_to_cooperate', 'The talks brought home the scale of the damage, the envoy said on Tuesday.'],
    ],
    cell,
  );
});
