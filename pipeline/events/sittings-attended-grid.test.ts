import { describe } from 'vitest';
import { eventsOfCell } from './fixtures/unseen-events-of';
import { noTypesIn, typedCellsIn, type Types } from './fixtures/typed-cells';

/**
 * The grid of sittings attended (round x21): a person who attends, will attend or is attending a meeting, a summit,
 * talks, a session or a conference takes part in that sitting, a meeting on its day (planned when still to come).
 * Skipping, missing or not attending one is no meeting; attending a parade or a funeral is a visit (rule "there in
 * person"). Sentences in our own words, published on Wednesday 14 May 2025 (Tuesday is 13 May, Monday 12).
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Islamabad|Delhi|Modi|Sharif|Jaishankar|Dar\b|Munir/;
const cell = (sentence: string) => eventsOfCell(sentence, PUBLISHED, CRISIS);
const SITTING: Types = ['meeting', 'negotiation'];

describe('rule "a sitting attended": attending a meeting, summit or talks is taking part in it', () => {
  typedCellsIn(
    [
      [SITTING, '2025-05-12', ['volodymyr-zelenskyy'], 'Zelensky attended a meeting of European leaders in London on Monday.'],
      [SITTING, '2025-05-13', ['s-jaishankar'], "Jaishankar attended the SCO foreign ministers' meeting in Tianjin on Tuesday."],
      [SITTING, '2025-05-12', ['shehbaz-sharif'], 'On Monday Sharif attended an emergency session of the OIC in Jeddah.'],
      [SITTING, '2025-05-13', ['andrii-sybiha'], 'Sybiha also attended the talks in Geneva on Tuesday.'],
      [SITTING, '2025-05-12', ['sergey-lavrov'], 'Lavrov attends a conference on European security in Minsk on Monday.'],
      [SITTING, '2025-05-12', ['ishaq-dar'], 'Dar attended the summit of the Economic Cooperation Organisation in Khankendi on Monday.'],
      [SITTING, '2025-05-19..2025-05-25', ['narendra-modi'], 'Modi will attend the G7 summit in Kananaskis next week.'],
      [SITTING, '2025-05-13', ['marco-rubio'], 'Rubio attended consultations with the E3 foreign ministers in Paris on Tuesday.'],
    ],
    cell,
  );
});

describe('no sitting attended: skipped, missed, not attended, or an occasion', () => {
  noTypesIn(
    [
      [SITTING, 'Lavrov did not attend the meeting of G20 ministers in Johannesburg on Monday.'],
      [SITTING, 'Putin skipped the summit in Kazan on Monday.'],
      [SITTING, 'Modi attended the funeral of the pope in Rome on Saturday.'],
      [SITTING, 'Sharif refused to attend the conference in Astana on Monday.'],
    ],
    cell,
  );
});
