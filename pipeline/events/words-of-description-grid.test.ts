import { describe } from 'vitest';
import { eventsOfCell } from './fixtures/unseen-events-of';
import { noTypesIn, typedCellsIn, type Types } from './fixtures/typed-cells';

/**
 * The grid of sayings told by a verb of description or of hinting (round x21): describing, characterising, portraying
 * or depicting someone or something "as" what the speaker calls it, and indicating, hinting or conceding "that", are
 * statements of their day; the date after the thing described and what it is called is the saying's. A participle
 * ("the operation, described as the largest") or a passive ("is often described as") is no saying. Sentences in our
 * own words, published on Wednesday 14 May 2025 (Tuesday is 13 May, Monday 12).
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Islamabad|Delhi|Modi|Sharif|Jaishankar|Dar\b/;
const cell = (sentence: string) => eventsOfCell(sentence, PUBLISHED, CRISIS);
const SAID: Types = ['statement', 'condemnation', 'rejection', 'accusation'];

describe('rule "described as" and "indicated that": a saying of its day', () => {
  typedCellsIn(
    [
      [SAID, '2025-05-13', ['keith-kellogg'], 'Kellogg described Zelensky as a courageous leader on Tuesday.'],
      [SAID, '2025-05-13', ['keith-kellogg'], 'Kellogg described Zelensky as a courageous leader in a post on X on Tuesday.'],
      [SAID, '2025-05-12', ['dmitry-peskov'], 'Peskov described the talks as constructive on Monday.'],
      [SAID, '2025-05-13', ['maria-zakharova'], 'Zakharova portrayed the sanctions as a sign of weakness on Tuesday.'],
      [SAID, '2025-05-12', ['ishaq-dar'], 'Dar characterised Indian Prime Minister Narendra Modi as reckless on Monday.'],
      [SAID, '2025-05-13', ['jd-vance'], 'Vance indicated on Tuesday that Washington was weighing the request.'],
      [SAID, '2025-05-12', ['andrii-sybiha'], 'Sybiha hinted on Monday that Kyiv could accept a truce.'],
      [SAID, '2025-05-13', ['ishaq-dar'], 'Dar conceded on Tuesday that the talks with India had stalled.'],
      [SAID, '2025-05-12', ['s-jaishankar'], 'On Monday Jaishankar depicted Pakistan as the epicentre of terrorism.'],
    ],
    cell,
  );
});

describe('no saying: a participle or a passive of description', () => {
  noTypesIn(
    [
      ['statement', 'The operation, described as the largest in years, began on Monday.'],
      ['statement', 'The drone, dubbed Geran, struck a block of flats on Monday.'],
      ['statement', 'He is often described as a hardliner.'],
      ['statement', 'The minister, portrayed as a moderate by his aides, resigned on Monday.'],
    ],
    cell,
  );
});
