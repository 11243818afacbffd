import { describe, expect, test } from 'vitest';
import type { EventType } from '../../src/shared/schema';
import { noEventOfType } from './fixtures/unseen-events-of';
import { secondEventsCell } from './fixtures/second-events-cell';
import { mayDay, onMayDay, show, wantedIn, type Want } from './fixtures/wanted-events';

/**
 * The grid of the second event of a sentence (round x20): an event told inside another event's sentence, besides the
 * main clause's act. (1) What a saying or a report tells ("the ministry said that talks had ended in Geneva"), besides
 * the saying; (2) a gerund in a phrase of time with an act of its own ("a day after threatening ...", "hours after
 * speaking with X by phone"), done by the main clause's subject and counted from its day; (3) a plan told in a "with"
 * phrase ("..., with the commanders due to hold talks on Sunday"). Sentences of our own, published on Wednesday 14 May
 * 2025 (Tuesday is 13 May, Monday 12, Sunday 11, Saturday 10, Friday 9, Thursday 8; the Friday ahead 16, the Sunday
 * ahead 18, the Monday ahead 19).
 */
const cell = secondEventsCell;

const found = (cells: [string, Want[]][]) => { wantedIn(cells, cell); };
const none = (cells: [EventType, string][]) => { noEventOfType(cells, cell); };

const D = mayDay;
const day = onMayDay;

describe('a gerund in a phrase of time: its own act, by the main clause\'s subject, counted from the main clause\'s day', () => {
  found([
    ['Trump spoke with Putin by phone on Thursday, a day after threatening to impose new sanctions on Moscow.', [
      { type: 'phone_call', date: day(8), actors: ['donald-trump', 'vladimir-putin'] },
      { type: 'threat', date: day(7), actors: ['donald-trump'] },
    ]],
    // "hours after": the same day, or the day before when the hours ran over midnight.
    ['Trump spoke to Putin on Tuesday, hours after threatening that he could send long-range missiles to Kyiv.', [
      { type: 'threat', date: [D(12), D(13)], actors: ['donald-trump'] },
    ]],
    ['Sharif addressed the nation on Tuesday, a day after warning India against any misadventure.', [
      { type: 'threat', date: day(12), actors: ['shehbaz-sharif'] },
    ]],
    ['Zelensky arrived in Ankara on Monday, a day after meeting Erdogan in Istanbul.', [
      { type: 'visit', date: day(12), actors: ['volodymyr-zelenskyy'] },
      { type: 'meeting', date: day(11), actors: ['volodymyr-zelenskyy', 'recep-tayyip-erdogan'] },
    ]],
    ['Rubio called Lavrov on Monday, two days after meeting Sybiha in Brussels.', [
      { type: 'meeting', date: day(10), actors: ['marco-rubio', 'andrii-sybiha'] },
    ]],
    ['Lavrov flew to Ankara on Monday, days after holding talks with Rubio in Riyadh.', [
      { type: 'negotiation', actors: ['sergey-lavrov', 'marco-rubio'] },
    ]],
    ['Modi chaired a meeting of his security cabinet on Tuesday, hours after speaking with Putin by phone.', [
      { type: 'phone_call', date: [D(12), D(13)], actors: ['narendra-modi', 'vladimir-putin'] },
    ]],
    ['Rubio spoke to Jaishankar on Friday, shortly after calling Sharif.', [
      { type: 'phone_call', date: [D(8), D(9)], actors: ['marco-rubio', 'shehbaz-sharif'] },
    ]],
    ['Putin received Witkoff in the Kremlin on Friday, a day after accusing Kyiv of sabotaging the talks.', [
      { type: 'accusation', date: day(8), actors: ['vladimir-putin'] },
    ]],
    ['Zelensky flew to Washington on Sunday, two days after speaking with Macron by phone.', [
      { type: 'phone_call', date: day(9), actors: ['volodymyr-zelenskyy', 'emmanuel-macron'] },
    ]],
    ['Dar landed in Beijing on Monday, hours after condemning the Indian strikes.', [
      { type: 'condemnation', date: [D(11), D(12)], actors: ['ishaq-dar'] },
    ]],
    ['Erdogan hosted Zelensky in Ankara on Tuesday, a day after calling Putin.', [
      { type: 'phone_call', date: day(12), actors: ['recep-tayyip-erdogan', 'vladimir-putin'] },
    ]],
    ['Kallas arrived in Kyiv on Tuesday, a day after meeting EU foreign ministers in Brussels.', [
      { type: 'meeting', date: day(12), actors: ['kaja-kallas'] },
    ]],
    ['Shortly after announcing the ceasefire on Saturday, Trump praised the leaders of India and Pakistan.', [
      { type: 'ceasefire', date: day(10), actors: ['donald-trump'] },
    ]],
    ['Jaishankar spoke to Rubio on Friday, a day after rejecting the Pakistani claims as baseless.', [
      { type: 'rejection', date: day(8), actors: ['s-jaishankar'] },
    ]],
    ['Starmer met Zelensky in Kyiv on Saturday, hours after urging Putin to accept a truce.', [
      { type: 'appeal', date: [D(9), D(10)], actors: ['keir-starmer'] },
    ]],
  ]);
  none([
    ['negotiation', 'Zelensky arrived in Ankara on Monday after weeks of tension with Moscow.'],
    ['threat', 'Trump spoke to Putin on Tuesday, days after warning signs of a Russian offensive emerged.'],
    ['meeting', 'Putin spoke with Trump on Monday after meeting resistance from hardliners at home.'],
    ['threat', 'Trump spoke to Putin on Tuesday without threatening new sanctions.'],
  ]);
  test('"instead of meeting him": one contact, the call', () => {
    expect(show(cell('Rubio called Lavrov on Monday instead of meeting him in Riyadh.').filter((e) => e.type === 'meeting'))).toEqual([]);
  });
});

describe('what a saying or a report tells: its own event besides the saying', () => {
  found([
    ['The foreign ministry said on Tuesday that two days of talks with the Russian side had ended in Geneva.', [
      // Two days of talks that had ended by Tuesday, the day of the saying: the range must hold 12 and 13 May.
      { type: 'negotiation', holds: [D(12), D(13)] },
    ]],
    ['The White House said on Tuesday that three days of technical talks in Riyadh had yielded agreements on shipping in the Black Sea.', [
      { type: 'negotiation', holds: [D(11), D(13)] },
    ]],
    ['The ministry said talks with the Russian side ended in Geneva on Tuesday.', [
      { type: 'negotiation', date: day(13) },
    ]],
    ['Peskov said on Monday that Putin and Trump had spoken by phone on Sunday.', [
      { type: 'phone_call', date: day(11), actors: ['vladimir-putin', 'donald-trump'] },
      { type: 'statement', date: day(12), actors: ['dmitry-peskov'] },
    ]],
    ['The Kremlin confirmed on Friday that Witkoff had met Putin in St Petersburg.', [
      { type: 'meeting', actors: ['steve-witkoff', 'vladimir-putin'] },
    ]],
    // The night before the saying, undated itself: the range must hold the night up to the paper.
    ["Ukraine's air force said Russian drones struck Odesa overnight.", [
      { type: 'military_action', holds: [D(13), D(14)] },
    ]],
    ['Zelensky told reporters that he had spoken to Macron by phone on Saturday.', [
      { type: 'phone_call', date: day(10), actors: ['volodymyr-zelenskyy', 'emmanuel-macron'] },
    ]],
    ['Sybiha wrote on X that he had met Fidan in Ankara on Monday.', [
      { type: 'meeting', date: day(12), actors: ['andrii-sybiha', 'hakan-fidan'] },
    ]],
    ['The Indian army said Pakistani troops had violated the ceasefire in Kashmir overnight.', [
      { type: 'military_action', holds: [D(13), D(14)] },
    ]],
    ['Officials in Islamabad confirmed that a ceasefire with India was agreed on Saturday.', [
      { type: 'ceasefire', date: day(10) },
    ]],
    ['Umerov announced that Russia and Ukraine had swapped 390 prisoners each on Friday.', [
      { type: 'intent_to_cooperate', date: day(9) },
    ]],
    ['The two sides held a second round of negotiations in Istanbul on Monday, the Turkish foreign ministry said.', [
      { type: 'negotiation', date: day(12) },
    ]],
  ]);
  none([
    ['negotiation', 'Peskov said talks with Kyiv could resume at some point.'],
    ['meeting', 'The Kremlin denied that Witkoff had met Putin on Friday.'],
    ['negotiation', 'Lavrov said negotiations with Kyiv would be pointless.'],
    ['negotiation', 'Sharif said India had never wanted talks.'],
  ]);
});
