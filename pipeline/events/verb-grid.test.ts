import { describe, expect, test } from 'vitest';
import type { EventType } from '../../src/shared/schema';
import { eventsOfCell, noEventOfType } from './fixtures/unseen-events-of';

/**
 * The grid of verbs (round x17): each CAMEO type's ordinary news verbs, with a state, a person, forces or a body as
 * subject and the day before or after the verb, in sentences of our own, published on Wednesday 14 May 2025. A first
 * paragraph names the crisis, as an article's opening does, so that each cell is judged on its own sentence.
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Islamabad|Delhi|Modi|Sharif|Jaishankar|Punjab/;

const cell = (sentence: string) => eventsOfCell(sentence, PUBLISHED, CRISIS);

/** [type, first day, last day] of each event a sentence gives. */
const told = (sentence: string) => cell(sentence).map((e) => [e.type, e.date.start, e.date.end]);

type Cell = [EventType, string, string];

/** Cells that must give an event of the type on the day (Tuesday 13, Monday 12, Saturday 10 or Friday 9 May). */
function found(cells: Cell[]) {
  test.each(cells)('%s on %s: %s', (type, day, sentence) => {
    expect(told(sentence)).toContainEqual([type, day, day]);
  });
}

/** Cells that must give no event of the type: the verb in its other sense, or no act at all. */
const none = (cells: [EventType, string][]) => { noEventOfType(cells, cell); };

describe('rule "a blow at a target" and "a blow at a place" (military_action)', () => {
  found([
    ['military_action', '2025-05-13', 'Russia attacked Kyiv on Tuesday.'],
    ['military_action', '2025-05-13', 'On Tuesday, Russia attacked Kyiv with drones.'],
    ['military_action', '2025-05-13', 'Russia on Tuesday attacked the port of Odesa.'],
    ['military_action', '2025-05-13', 'Russian forces attacked Ukrainian positions near Pokrovsk on Tuesday.'],
    ['military_action', '2025-05-13', 'Ukraine hit a Russian oil refinery on Tuesday.'],
    ['military_action', '2025-05-13', 'Ukrainian forces raided a Russian border village on Tuesday.'],
    ['military_action', '2025-05-13', 'Russia bombarded Kharkiv on Tuesday.'],
    ['military_action', '2025-05-13', "Russia hammered Ukraine's power grid on Tuesday."],
    ['military_action', '2025-05-13', 'Russian forces stormed the town of Chasiv Yar on Tuesday.'],
    ['military_action', '2025-05-12', 'On Monday, Ukrainian forces hit an ammunition depot in Crimea.'],
    ['military_action', '2025-05-12', "Pakistan's army attacked Indian posts on Monday."],
    ['military_action', '2025-05-12', 'Zelensky said Russia had attacked Kharkiv on Monday.'],
    ['military_action', '2025-05-13', 'Russia invaded Ukraine on Tuesday.'],
  ]);
  none([
    ['military_action', 'Zelensky attacked the plan on Tuesday.'],
    ['military_action', 'The Kremlin attacked the European proposal on Monday.'],
    ['military_action', 'Russia attacked the decision of the court on Monday.'],
    ['military_action', 'India hit Pakistan with new trade curbs on Monday.'],
    ['military_action', 'Ukraine hit its recruitment targets on Monday.'],
    ['military_action', 'Russia was hit by new sanctions on Monday.'],
    ['military_action', 'Critics attacked the city council over the plan on Monday.'],
    ['military_action', 'Russia hit back at the criticism on Tuesday.'],
  ]);
});

describe('rule "a blow of words" (condemnation)', () => {
  found([
    ['condemnation', '2025-05-13', 'Zelensky attacked the plan on Tuesday.'],
    ['condemnation', '2025-05-13', 'Zelensky blasted the plan on Tuesday.'],
    ['condemnation', '2025-05-12', "Zelensky on Monday attacked Trump's remarks."],
    ['condemnation', '2025-05-12', 'The Kremlin tore into the European proposal on Monday.'],
    ['condemnation', '2025-05-12', "Sharif railed against India's decision on Monday."],
  ]);
});

describe('a strike that killed, with its day; "attack on" a day is no target of a blame', () => {
  found([
    ['military_action', '2025-05-13', 'A Russian strike killed 20 civilians in Sumy on Tuesday.'],
    // The attack named with its day as the subject of its clause is that day's attack.
    ['military_action', '2025-05-11', "The attack on Sunday showed how far Ukraine's drones can reach."],
  ]);
  test('"blamed Pakistan for the attack on Tuesday": no strike of Tuesday besides the accusation', () => {
    expect(told('India blamed Pakistan for the attack on Tuesday.').map(([type]) => type)).toEqual(['accusation']);
  });
});

describe('rule "asked for aid" (appeal)', () => {
  found([
    ['appeal', '2025-05-12', 'Kyiv asked for new sanctions on Monday.'],
    ['appeal', '2025-05-12', 'Zelensky asked allies for more air defence systems on Monday.'],
    ['appeal', '2025-05-12', 'Kyiv asked Washington on Monday for more Patriot systems.'],
    ['appeal', '2025-05-12', 'On Monday, Kyiv asked its allies for more air defence systems.'],
    ['appeal', '2025-05-12', 'Ukraine sought more air defences on Monday.'],
  ]);
  none([
    ['appeal', 'Peskov, asked for comment on Monday, declined to answer.'],
    ['appeal', 'Zelensky asked for a moment of silence at the ceremony on Monday.'],
    ['appeal', 'Reporters asked about sanctions on Monday.'],
  ]);
  test('what was asked for is no event of its own ("asked for new sanctions" imposes none)', () => {
    expect(told('Kyiv asked for new sanctions on Monday.').map(([type]) => type)).toEqual(['appeal']);
  });
});

describe('rule "sanctions approved" (sanctions)', () => {
  found([
    ['sanctions', '2025-05-13', 'The EU approved new sanctions against Russia on Tuesday.'],
    ['sanctions', '2025-05-13', 'The EU adopted new sanctions on Russia on Tuesday.'],
    ['sanctions', '2025-05-13', 'The US slapped sanctions on Rosneft in Russia on Tuesday.'],
    ['sanctions', '2025-05-13', 'Japan expanded sanctions against Russia on Tuesday.'],
    ['sanctions', '2025-05-13', 'Canada tightened sanctions on Russia on Tuesday.'],
    ['sanctions', '2025-05-12', 'On Monday the EU agreed on new sanctions against Russia.'],
  ]);
  none([
    ['sanctions', 'The US approved the lifting of sanctions on Belarus and Russia on Monday.'],
    ['sanctions', 'Trump announced no sanctions on Russia on Monday.'],
    ['sanctions', 'Zelensky called for new sanctions on Tuesday.'],
  ]);
});

describe('rule "there in person" (visit)', () => {
  found([
    ['visit', '2025-05-09', 'Xi attended the parade in Moscow on May 9.'],
    ['visit', '2025-05-09', 'Modi was in Paris on Friday.'],
    ['visit', '2025-05-09', 'Zelensky toured the front line in Donetsk on Friday.'],
    ['visit', '2025-05-09', 'Zelensky went to Ankara on Friday.'],
    ['visit', '2025-05-12', 'On Monday, Starmer went to Kyiv.'],
  ]);
  none([
    ['visit', 'Xi attended the meeting by video link on Friday.'],
    ['visit', 'Zelensky was in favour of talks with Russia, he said on Monday.'],
    ['visit', 'The region was in Russian hands by Monday.'],
    ['visit', 'Pakistan went to the UN Security Council on Monday.'],
  ]);
});

describe('ceasefires agreed and begun', () => {
  found([
    ['ceasefire', '2025-05-10', 'India and Pakistan agreed a ceasefire on Saturday.'],
    ['ceasefire', '2025-05-10', 'The ceasefire began on Saturday.'],
  ]);
  none([['ceasefire', 'The ceasefire began to unravel on Monday.']]);
});

describe('rule "warned against an act" (threat)', () => {
  found([
    ['threat', '2025-05-13', 'Putin warned on Tuesday against sending troops to Ukraine.'],
    ['threat', '2025-05-13', 'Putin warned the West against sending troops on Tuesday.'],
    ['threat', '2025-05-12', 'Pakistan warned India against any misadventure on Monday.'],
  ]);
  none([
    ['threat', 'Zelensky warned against trusting Putin on Monday.'],
    ['threat', 'The IMF warned against complacency in Ukraine on Monday.'],
  ]);
});

describe('missions closed (reduce_relations)', () => {
  found([
    ['reduce_relations', '2025-05-13', 'Poland closed the Russian consulate in Krakow on Tuesday.'],
    ['reduce_relations', '2025-05-13', 'Poland ordered the closure of the Russian consulate on Tuesday.'],
  ]);
  none([['reduce_relations', 'India held closed-door consultations on Pakistan on Monday.']]);
});

describe('rule "aid promised" (intent_to_cooperate)', () => {
  found([
    ['intent_to_cooperate', '2025-05-13', 'The US promised Ukraine more air defences on Tuesday.'],
    ['intent_to_cooperate', '2025-05-13', 'Germany committed 5 billion euros to Ukraine on Tuesday.'],
    ['intent_to_cooperate', '2025-05-13', 'Britain offered Ukraine new military aid on Tuesday.'],
    ['intent_to_cooperate', '2025-05-13', 'Germany agreed to send more air defence systems to Ukraine on Tuesday.'],
    ['intent_to_cooperate', '2025-05-13', 'The US approved the sale of F-16 parts to Ukraine on Tuesday.'],
  ]);
  none([
    ['intent_to_cooperate', 'Russia committed war crimes in Bucha, Ukraine said on Monday.'],
    ['intent_to_cooperate', 'Pakistan offered its condolences to India on Monday.'],
  ]);
});

describe('rule "a probe taken up" (investigation)', () => {
  found([
    ['investigation', '2025-05-13', "India's NIA took over the probe on Tuesday."],
    ['investigation', '2025-05-13', "Ukraine's prosecutors opened a criminal case on Tuesday."],
    ['investigation', '2025-05-13', "India's NIA was probing the attack on Tuesday, officials said."],
  ]);
  none([
    ['investigation', "Russian drones were probing Ukraine's air defences on Monday."],
    ['investigation', 'Pakistan filed a case against India at the World Bank on Monday.'],
  ]);
});

describe('calls, courtesy calls and go-betweens', () => {
  found([
    ['phone_call', '2025-05-12', 'On Monday, Modi phoned Putin.'],
    ['phone_call', '2025-05-12', 'Trump called his Russian counterpart Vladimir Putin on Monday.'],
    ['meeting', '2025-05-12', 'Jaishankar called on Japanese Prime Minister Shigeru Ishiba in Tokyo on Monday.'],
    ['appeal', '2025-05-12', 'Jaishankar called on Pakistan on Monday to end cross-border terrorism.'],
    ['mediation', '2025-05-12', 'Qatar mediated the exchange of prisoners between Russia and Ukraine on Monday.'],
    ['mediation', '2025-05-12', 'Turkey mediated the talks between Russia and Ukraine on Monday.'],
  ]);
  none([
    ['phone_call', 'Putin phoned in his answers to the Russian media on Monday.'],
    ['phone_call', 'Trump on Monday called his Russian counterpart Vladimir Putin "absolutely crazy".'],
    ['appeal', 'Jaishankar called on Japanese Prime Minister Shigeru Ishiba in Tokyo on Monday.'],
  ]);
});
