import { describe } from 'vitest';
import { eventsOfCell } from './fixtures/unseen-events-of';
import { noTypesIn, typedCellsIn, type Types } from './fixtures/typed-cells';

/**
 * The grid of a third party stepping in between two others (round x21): a state or envoy that steps in, intervenes,
 * works or moves to defuse, calm, ease or de-escalate the tensions or crisis "between" two others, or shuttles between
 * their capitals, mediates on that day. A party easing its own tensions, or a call to calm them, is no mediation.
 * Sentences in our own words, published on Wednesday 14 May 2025 (Saturday is 10 May, Friday 9, Thursday 8).
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Islamabad|Delhi/;
const cell = (sentence: string) => eventsOfCell(sentence, PUBLISHED, CRISIS);
const MEDIATED: Types = 'mediation';

describe('rule "stepped in between them": working on two others\' strife is mediation', () => {
  typedCellsIn(
    [
      [MEDIATED, '2025-05-09', ['SA'], 'Saudi Arabia stepped in to defuse the crisis between India and Pakistan on Friday.'],
      [MEDIATED, '2025-05-10', ['US'], 'Washington intervened on Saturday to calm tensions between India and Pakistan.'],
      [MEDIATED, '2025-05-08..2025-05-09', ['SA'], 'The Saudi minister shuttled between New Delhi and Islamabad on Thursday and Friday.'],
      [MEDIATED, '2025-05-10', ['GB'], 'Britain worked behind the scenes to de-escalate the military standoff between India and Pakistan on Saturday.'],
      [MEDIATED, '2025-05-09', ['IR'], 'On Friday Iran moved quickly to ease the rising tensions between its two neighbours, India and Pakistan.'],
    ],
    cell,
  );
});

describe('no mediation: a party easing its own strife, or a call to calm it', () => {
  noTypesIn(
    [
      [MEDIATED, 'India moved on Saturday to ease tensions along the border.'],
      [MEDIATED, 'The UN chief urged India and Pakistan on Friday to calm tensions between them.'],
      [MEDIATED, 'The shuttle bus between the two terminals stopped on Friday.'],
    ],
    cell,
  );
});
