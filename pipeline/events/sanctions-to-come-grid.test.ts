import { describe } from 'vitest';
import { eventsOfCell } from './fixtures/unseen-events-of';
import { noTypesIn, typedCellsIn } from './fixtures/typed-cells';

/**
 * The grid of sanctions told by a verb in its base form (round x21): sanctions a state is set, expected, due or
 * planning to impose, adopt or approve, or will impose, are its sanctions, planned for their day; imposed "again" or
 * "today" too. Sanctions only threatened, weighed, refused or blocked are none (a threat is a threat of its own).
 * Sentences in our own words, published on Wednesday 14 May 2025 (Friday is 16 May; next week 19-25 May).
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Islamabad|Delhi/;
const cell = (sentence: string) => eventsOfCell(sentence, PUBLISHED, CRISIS);

describe('rule "sanctions to come": a state set or planning to impose sanctions', () => {
  typedCellsIn(
    [
      ['sanctions', '2025-05-16', ['US'], 'Washington is set to impose secondary sanctions on buyers of Russian oil on Friday.'],
      ['sanctions', '2025-05-19..2025-05-25', ['JP'], 'Japan is expected to adopt its 18th sanctions package against Russia next week.'],
      ['sanctions', '2025-05-16', ['GB'], 'Britain plans to impose fresh sanctions on Russian shipping firms on Friday.'],
      ['sanctions', '2025-05-16', ['JP'], 'Japan will approve a new round of sanctions against Moscow on Friday.'],
      ['sanctions', '2025-05-16', ['CA'], 'Canada is due to slap sanctions on three Russian banks on Friday.'],
      ['sanctions', '2025-05-19..2025-05-25', ['US'], 'The US Treasury intends to unveil sanctions on Russian oil traders next week.'],
    ],
    cell,
  );
});

describe('no sanctions: only threatened, weighed, refused or blocked', () => {
  noTypesIn(
    [
      ['sanctions', 'Trump threatened on Monday to impose sanctions on Russia.'],
      ['sanctions', 'Trump said on Monday he is likely to impose sanctions on Russia if Putin does not agree to a truce.'],
      ['sanctions', 'Britain will impose sanctions on Moscow unless the attacks stop, Starmer said on Monday.'],
      ['sanctions', 'Hungary refused on Monday to approve the new sanctions package.'],
      ['sanctions', 'Brussels is weighing whether to impose sanctions on Russian gas.'],
      ['sanctions', 'Slovakia vowed to block any attempt to adopt new sanctions on Monday.'],
    ],
    cell,
  );
});
