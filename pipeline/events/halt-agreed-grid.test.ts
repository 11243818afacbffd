import { describe } from 'vitest';
import { eventsOfCell } from './fixtures/unseen-events-of';
import { noTypesIn, typedCellsIn, type Types } from './fixtures/typed-cells';

/**
 * The grid of a halt to the fighting agreed or decided (round x21): parties that agree, decide or resolve to stop,
 * halt, cease, end or suspend the firing, the hostilities or their military operations, or agree to a cessation or a
 * halt of them, make a ceasefire on the day they agreed, whether or not the word "ceasefire" is used. Asking others to
 * stop, refusing to stop, promising to stop one day, or deciding to end talks or trade is no ceasefire. Sentences in
 * our own words, published on Wednesday 14 May 2025 (Tuesday is 13 May, Monday 12, Sunday 11, Saturday 10). Each cell
 * gives the types the key would accept, the date, and the people (by id) or states among its parties.
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Islamabad|Delhi|DGMO|Russia|Ukraine|Kyiv|Moscow/;
const cell = (sentence: string) => eventsOfCell(sentence, PUBLISHED, CRISIS);
const HALT: Types = 'ceasefire';

describe('rule "a halt to the fighting agreed": agreeing or deciding to stop the fighting is a ceasefire', () => {
  typedCellsIn(
    [
      [HALT, '2025-05-10', ['IN', 'PK'], 'India and Pakistan agreed to halt military operations with effect from 5 pm on Saturday.'],
      [HALT, '2025-05-10', ['IN', 'PK'], 'India and Pakistan agreed to stop military operations on Saturday.'],
      [HALT, '2025-05-12', ['IN', 'PK'], 'The DGMOs of India and Pakistan decided on Monday to end hostilities.'],
      [HALT, '2025-05-10', ['IN', 'PK'], 'India and Pakistan decided to stop firing on Saturday.'],
      [HALT, '2025-05-13', ['RU', 'UA'], 'Russia and Ukraine resolved to suspend strikes on energy sites on Tuesday.'],
      [HALT, '2025-05-10', ['IN', 'PK'], 'India and Pakistan agreed that both sides would stop firing from 1700 hours on Saturday.'],
      [HALT, '2025-05-10', ['IN', 'PK'], 'On Saturday India and Pakistan agreed to cease all military activity along the border.'],
      [HALT, '2025-05-10', ['PK', 'IN'], 'Pakistan and India consented on Saturday to end the fighting.'],
      [HALT, '2025-05-11', ['RU', 'UA'], 'Moscow and Kyiv agreed on Sunday to a halt of all attacks on ports.'],
      [HALT, '2025-05-10', ['IN', 'PK'], 'India and Pakistan agreed to a complete cessation of military action on Saturday.'],
      [HALT, '2025-05-12', ['IN', 'PK'], 'The military operations chiefs of India and Pakistan decided on Monday that there would be no more firing.'],
      [HALT, '2025-05-03..2025-05-10', ['PK', 'IN'], 'Pakistan and India have agreed to stop shelling each other, officials said on Saturday.'],
      [HALT, '2025-05-13', ['RU', 'UA'], 'Russia and Ukraine on Tuesday agreed to freeze strikes on each other\'s energy grids.'],
      [HALT, '2025-05-12', ['IN', 'PK'], 'India and Pakistan decided to cease hostilities on Monday after talks between their military commanders.'],
      [HALT, '2025-05-11', ['UA'], 'Ukraine agreed on Sunday to pause its drone attacks on Russian refineries.'],
      [HALT, '2025-05-13..2025-05-14', ['IN', 'PK'], 'India, Pakistan agree to halt all military action'],
    ],
    cell,
  );
});

describe('no halt agreed: asked, refused, promised for later, or the talks or trade stopped', () => {
  noTypesIn(
    [
      [HALT, 'The UN chief urged India and Pakistan on Monday to stop firing.'],
      [HALT, 'Washington called on both sides on Saturday to halt military operations.'],
      [HALT, 'Pakistan refused on Monday to halt its military operations.'],
      [HALT, 'India did not agree to stop its strikes, officials said on Tuesday.'],
      [HALT, 'Russia decided on Monday to end the talks with Ukraine.'],
      [HALT, 'India decided on Tuesday to stop trade with Pakistan.'],
      [HALT, 'Ukraine would agree to stop firing only if Russia withdrew, Zelensky said on Monday.'],
      [HALT, 'Kyiv vowed on Tuesday to end the war on its own terms.'],
      [HALT, 'Moscow agreed on Monday to stop the export of grain through the port.'],
      [HALT, 'Russia must agree to stop its strikes first, Zelensky said on Monday.'],
      [HALT, 'European leaders urged Trump on Monday to insist that Putin agree to halt the attacks.'],
    ],
    cell,
  );
});
