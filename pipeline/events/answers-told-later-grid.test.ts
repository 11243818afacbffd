import { describe } from 'vitest';
import { eventsOfCell } from './fixtures/unseen-events-of';
import { wantedIn, type Want } from './fixtures/wanted-events';

/**
 * The grid of answers told in a later paper's background (round x21, rule "answer-to-the-happening-told-before",
 * answer-to-a-told-happening.ts): a paragraph recounts a happening with its date, then the charge, the denial or the
 * condemnation that answered it, with no date words and a definite noun that refers back ("the incident", "the
 * strike", "the charge"). Each answer lies in the month after the happening, not in the paper's week. Sentences of our
 * own; the papers are dated well over a month after the happening (18 June 2025 for April, 30 May for a strike of 13
 * April), and one within the month (1 May), where rule "after the named happening" reads it.
 */
const CRISIS = /India|Pakistan|Delhi|Islamabad|Kashmir|Pahalgam/;
const on = (published: string) => (text: string) => eventsOfCell(text, published, CRISIS);
const APRIL_22: [string, string] = ['2025-04-22', '2025-05-22'];

describe('an answer to a happening told just before, in a paper over a month later', () => {
  const cells: [string, Want[]][] = [
    ['The crisis was set off by an April 22 attack in Kashmir that killed 26 tourists. New Delhi blamed the incident on militants backed by Pakistan.', [{ type: 'accusation', date: APRIL_22 }]],
    ['Gunmen killed 26 people in an attack near Pahalgam on April 22. India blamed Islamabad for the attack, and Pakistan rejected the accusation.', [{ type: 'accusation', date: APRIL_22 }]],
    ['Gunmen killed 26 people in an attack near Pahalgam on April 22. India blamed the attack on Pakistan. Islamabad denied the charge and offered a neutral inquiry.', [
      { type: 'accusation', date: APRIL_22 },
      { type: 'rejection', date: APRIL_22 },
    ]],
    ['A suicide bombing hit a market in Kashmir on April 22, killing 26 people. Pakistan condemned the bombing and denied any role in it.', [{ type: 'condemnation', date: APRIL_22 }]],
  ];
  wantedIn(cells, on('2025-06-18'));
  wantedIn([
    ['A Russian missile struck the centre of Sumy on April 13, killing 35 people. Kyiv condemned the strike as a war crime.', [{ type: 'condemnation', date: ['2025-04-13', '2025-05-13'] }]],
  ], (t) => eventsOfCell(t, '2025-05-30', CRISIS));
});

describe('look-alikes: an answer with its own day, one of another paragraph, a meeting, a happening within the month', () => {
  wantedIn([
    ['Gunmen killed 26 people in an attack near Pahalgam on April 22. On June 10, India again blamed the attack on Pakistan.', [{ type: 'accusation', date: ['2025-06-10', '2025-06-10'] }]],
    ['Gunmen killed 26 people in an attack near Pahalgam on April 22.\n\nIndia blamed the attack on Pakistan at a meeting of the UN council.', [{ type: 'accusation', holds: ['2025-06-11', '2025-06-18'] }]],
    ['Gunmen killed 26 people in an attack near Pahalgam on April 22. Modi and Trump spoke about the attack in their call.', [{ type: 'phone_call', holds: ['2025-06-11', '2025-06-18'] }]],
  ], on('2025-06-18'));
  wantedIn([
    ['Gunmen killed 26 people in an attack near Pahalgam on April 22. India blamed the attack on Pakistan.', [{ type: 'accusation', date: ['2025-04-22', '2025-05-01'] }]],
  ], on('2025-05-01'));
});
