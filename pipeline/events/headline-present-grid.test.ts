import { describe } from 'vitest';
import { eventsOfCell } from './fixtures/unseen-events-of';
import { noTypesIn, typedCellsIn } from './fixtures/typed-cells';

/**
 * The grid of headlines in the present (round x21): a headline tells its news with the verb's present ("declares",
 * "imposes", "bans", "closes", "recalls", "receives", "exchange fire"), which the cues must read as they read the
 * past. A headline is the paper's news of the day before or of the day itself. Headlines in our own words, on a paper
 * of Wednesday 14 May 2025; look-alikes use the same verbs of something else.
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Islamabad|Delhi|LoC|Wagah/;
const cell = (headline: string) => eventsOfCell(headline, PUBLISHED, CRISIS);
const NEWS = '2025-05-13..2025-05-14';

describe('a headline\'s present tells the act', () => {
  typedCellsIn(
    [
      ['ceasefire', NEWS, ['vladimir-putin'], 'Putin declares three-day truce for Victory Day'],
      ['ceasefire', NEWS, ['RU'], 'Kremlin announces Easter ceasefire'],
      ['sanctions', NEWS, ['US'], 'US imposes sanctions on Rosneft and Lukoil'],
      ['sanctions', NEWS, ['GB'], 'Britain slaps new sanctions on Russian shadow fleet'],
      ['reduce_relations', NEWS, ['IN', 'PK'], 'India bans imports from Pakistan'],
      ['reduce_relations', NEWS, ['PK'], 'Pakistan shuts Torkham border crossing'],
      ['expel', NEWS, ['IN'], 'India recalls defence attaches from Islamabad'],
      ['expel', NEWS, ['UA'], 'Ukraine recalls its ambassador to Hungary'],
      ['host_visit', NEWS, ['vladimir-putin', 'steve-witkoff'], 'Putin receives Witkoff in the Kremlin'],
      ['host_visit', NEWS, ['recep-tayyip-erdogan'], 'Erdogan welcomes Zelensky to Ankara'],
      ['military_action', NEWS, ['IN', 'PK'], 'India and Pakistan exchange fire along LoC'],
      // The date after "till" or "until" is when the truce ends, not the day it was announced.
      ['ceasefire', NEWS, ['ishaq-dar'], 'Dar announces ceasefire with India extended till May 18'],
    ],
    cell,
  );
});

describe('the same verbs of something else', () => {
  noTypesIn(
    [
      ['military_action', 'India and Pakistan to resume trade across the border'],
      ['reduce_relations', 'Shop closes its doors in Islamabad market'],
      ['expel', 'Veteran diplomat recalls the talks of 1972 with India'],
      ['ceasefire', 'Kremlin declares Victory Day a public holiday'],
      // Welcoming someone's words is no visit hosted.
      ['host_visit', "Kremlin welcomes Trump's call for talks"],
      ['host_visit', "The Kremlin welcomed Donald Trump's remarks on Monday."],
    ],
    cell,
  );
});
