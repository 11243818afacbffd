import { describe, expect, test } from 'vitest';
import type { EventType } from '../../src/shared/schema';
import { eventsOfCell } from './fixtures/unseen-events-of';

/**
 * The grid of objects (round x18): who is acted on in a contact or an act. Pronoun objects ("received him", "called
 * her") resolved to the one person named before them, role phrases as objects ("his Pakistani counterpart", "the
 * visiting prime minister") with the day after them, hosts in the active and the passive, the common verbs of contact,
 * and states or bodies as objects. Sentences of our own, published on Wednesday 14 May 2025; a first paragraph names
 * the crisis, as an article's opening does.
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Kashmir|Islamabad|Delhi|Modi|Sharif|Jaishankar|Dar\b|Misri|Munir/;

const cell = (text: string) => eventsOfCell(text, PUBLISHED, CRISIS);

const shown = (text: string) => cell(text).map((e) => `${e.type} ${e.date.start}..${e.date.end} [${[...e.actors].sort().join(', ')}]`);

/** [accepted types, first day, last day, actors, text]: some event of one of the types, on those days, with exactly those actors. */
type Cell = [EventType | EventType[], string, string, string[], string];

function found(cells: Cell[]) {
  test.each(cells)('%s %s..%s %j: %s', (types, from, to, actors, text) => {
    const want = `${from}..${to} [${[...actors].sort().join(', ')}]`;
    const accepted = (Array.isArray(types) ? types : [types]).map((t) => `${t} ${want}`);
    const got = shown(text);
    expect(got.some((g) => accepted.includes(g)), `${accepted.join(' | ')}\n  got: ${got.join(' | ')}`).toBe(true);
  });
}

/** [type, people it must not give that type with, text]: no event of the type names any of them (none at all for []). */
function none(cells: [EventType, string[], string][]) {
  test.each(cells)('no %s with %j: %s', (type, wrong, text) => {
    const bad = cell(text).filter((e) => e.type === type && (wrong.length === 0 || e.actors.some((a) => wrong.includes(a))));
    expect(bad.map((e) => `${e.type} ${e.date.start}..${e.date.end} [${e.actors.join(', ')}]`)).toEqual([]);
  });
}

const HOST: EventType[] = ['host_visit', 'meeting'];
const TALK: EventType[] = ['meeting', 'negotiation'];

describe('rule "the object pronoun is someone else": him, her, named before its clause', () => {
  found([
    [HOST, '2025-05-12', '2025-05-12', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'Zelensky flew to Ankara on Sunday. Erdogan received him at the presidential palace on Monday.'],
    [HOST, '2025-05-12', '2025-05-12', ['giorgia-meloni', 'volodymyr-zelenskyy'], 'Giorgia Meloni came to Kyiv by train on Sunday. Zelensky welcomed her at the station on Monday.'],
    [HOST, '2025-05-13', '2025-05-13', ['ishaq-dar', 'wang-yi'], 'Ishaq Dar landed in Beijing late on Monday. Wang Yi hosted him in the Great Hall of the People on Tuesday.'],
    [HOST, '2025-05-12', '2025-05-12', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'Zelensky landed in Ankara on Monday, and Erdogan received him at the airport.'],
    // The subject of the clause is never its own object: "him" here is the other one named before.
    [HOST, '2025-05-12', '2025-05-12', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'Erdogan and Zelensky spoke by phone on Sunday. Erdogan received him in Ankara on Monday.'],
    // Words set off after the subject ("Erdogan, the host of the talks,") leave it the subject of the pronoun's clause.
    [HOST, '2025-05-12', '2025-05-12', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'Zelensky flew to Ankara on Sunday. Erdogan, the host of the talks, received him on Monday.'],
    [HOST, '2025-05-12', '2025-05-12', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'Zelensky flew to Ankara on Sunday. Erdogan, who chaired the talks, received him on Monday.'],
    // A state as host, a role phrase as host.
    [HOST, '2025-05-12', '2025-05-12', ['volodymyr-zelenskyy'], 'Zelensky flew to Ankara on Sunday. Turkey received him with full honours on Monday.'],
    [HOST, '2025-05-13', '2025-05-13', ['faisal-bin-farhan', 'shehbaz-sharif'], 'Sharif flew to Riyadh on Monday. On Tuesday, the Saudi foreign minister received him at the airport, a ministry statement said.'],
    [HOST, '2025-05-16', '2025-05-16', ['faisal-bin-farhan', 'shehbaz-sharif'], 'Shehbaz Sharif will travel to Riyadh this week. The Saudi foreign minister will receive him on Friday.'],
    ['phone_call', '2025-05-12', '2025-05-12', ['emmanuel-macron', 'narendra-modi'], 'Narendra Modi addressed the nation on Sunday evening. Macron called him on Monday.'],
    ['phone_call', '2025-05-13', '2025-05-13', ['marco-rubio', 'shehbaz-sharif'], 'Shehbaz Sharif chaired a cabinet session in Islamabad on Monday. Rubio telephoned him on Tuesday.'],
    ['phone_call', '2025-05-13', '2025-05-13', ['donald-trump', 'vladimir-putin'], 'Putin spent Monday in Sochi. Trump dialled him on Tuesday.'],
    ['phone_call', '2025-05-13', '2025-05-13', ['keir-starmer', 'ursula-von-der-leyen'], 'Ursula von der Leyen was in Kyiv on Monday. Starmer spoke to her on Tuesday.'],
    ['phone_call', '2025-05-12', '2025-05-12', ['keir-starmer', 'narendra-modi'], 'Modi returned to Delhi on Sunday, and Starmer phoned him on Monday.'],
    ['phone_call', '2025-05-13', '2025-05-13', ['giorgia-meloni', 'volodymyr-zelenskyy'], 'Modi and Meloni attended the summit on Monday. Zelensky telephoned her on Tuesday.'],
    ['phone_call', '2025-05-13', '2025-05-13', ['emmanuel-macron', 'giorgia-meloni'], 'Meloni met Zelensky on Monday. Macron called her on Tuesday.'],
    // A verb of saying opens the clause the pronoun is in: the teller is who was called.
    ['phone_call', '2025-05-06', '2025-05-13', ['donald-trump', 'vladimir-putin'], 'Trump said on Tuesday that Putin had called him twice.'],
    [TALK, '2025-05-13', '2025-05-13', ['andrii-sybiha', 'mark-rutte'], 'Sybiha arrived in Brussels on Monday. Rutte met him on Tuesday.'],
    [TALK, '2025-05-13', '2025-05-13', ['andrii-sybiha', 'hakan-fidan'], 'Sybiha went to Antalya on Monday. Fidan held talks with him there on Tuesday.'],
    [TALK, '2025-05-13', '2025-05-13', ['abbas-araghchi', 's-jaishankar'], 'Araghchi reached Delhi on Monday night. Jaishankar sat down with him on Tuesday.'],
    [['phone_call', 'meeting'], '2025-05-12', '2025-05-12', ['narendra-modi', 'shehbaz-sharif'], 'Shehbaz Sharif made an offer of talks last week. Modi reached out to him on Monday.'],
    // Undated, the reception goes on from the arrival's day told just before (the day or the days after it, to the report).
    [HOST, '2025-05-12', '2025-05-14', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'Zelensky arrived in Ankara on Monday. Erdogan received him at the presidential palace.'],
  ]);
  none([
    // Two people of his kind named before: no actor rather than the wrong one.
    ['phone_call', ['narendra-modi', 'shehbaz-sharif'], 'Narendra Modi and Shehbaz Sharif both addressed their parliaments on Monday. Macron called him on Tuesday.'],
    ['phone_call', ['volodymyr-zelenskyy', 'recep-tayyip-erdogan'], 'Zelensky told Erdogan on Monday that Putin had refused to come. Trump called him on Tuesday.'],
    ['phone_call', ['volodymyr-zelenskyy', 'emmanuel-macron'], 'Zelensky met Macron in Paris on Monday, and Erdogan called him on Tuesday.'],
    // Its own clause names someone besides its subject: the one meant may be there, so no look further back.
    ['host_visit', ['vladimir-putin'], 'Putin spoke on Monday. Erdogan met Zelensky and then received him at the palace on Tuesday.'],
    // Nobody named before: no call at all; a woman named before is no "him".
    ['phone_call', [], 'Trump called him on Tuesday.'],
    ['host_visit', ['giorgia-meloni'], 'Giorgia Meloni came to Kyiv on Monday. Zelensky welcomed him at the station on Tuesday.'],
    // An unnamed person between may be the one meant.
    ['phone_call', ['narendra-modi'], 'Modi met a senior Saudi official on Monday. Macron called him on Tuesday.'],
    // "him" inside a quotation is the speaker's, not the narrative's.
    ['phone_call', ['emmanuel-macron'], 'Macron met Zelensky in Paris on Monday. "Putin never calls him," Sybiha said on Tuesday.'],
    // Naming someone, not calling them.
    ['phone_call', [], 'Zelensky spoke in Kyiv on Monday. Trump called him a dictator on Tuesday.'],
    // "her" before a noun is a possessive: what was welcomed is her words.
    ['host_visit', [], 'Meloni spoke in Rome on Monday. Zelensky welcomed her remarks on Tuesday.'],
  ]);
});

describe('rule "them, the people listed before"', () => {
  found([
    [HOST, '2025-05-13', '2025-05-13', ['jared-kushner', 'steve-witkoff', 'vladimir-putin'], 'Witkoff and Kushner landed in Moscow on Monday. Putin received them at the Kremlin on Tuesday.'],
    [TALK, '2025-05-13', '2025-05-13', ['andrii-sybiha', 'keir-starmer', 'rustem-umerov'], 'Umerov and Sybiha flew to London on Monday. Starmer met them on Tuesday.'],
  ]);
  none([
    // States listed before: "them" may be the states.
    ['phone_call', ['narendra-modi', 'shehbaz-sharif'], 'India and Pakistan agreed a ceasefire on Saturday, Modi and Sharif said. Trump called them on Sunday.'],
    // One person named before is no "them".
    ['host_visit', ['volodymyr-zelenskyy'], 'Zelensky arrived in Ankara on Monday. Erdogan received them at the palace.'],
    // "them" that names things hosts no one.
    ['host_visit', [], 'Germany sent three Patriot systems last week. Ukraine received them on Monday.'],
    ['host_visit', [], 'The EU adopted new sanctions on Monday. Zelensky welcomed them on Tuesday.'],
  ]);
});

describe('role phrases as objects, and the day after them', () => {
  found([
    ['statement', '2025-05-13', '2025-05-13', ['abbas-araghchi', 's-jaishankar'], 'Jaishankar told his Iranian counterpart on Tuesday that India would respond firmly.'],
    ['statement', '2025-05-13', '2025-05-13', ['abbas-araghchi', 's-jaishankar'], 'Jaishankar told Araghchi on Tuesday that India would respond firmly.'],
    ['statement', '2025-05-12', '2025-05-12', ['andrii-sybiha', 'jean-noel-barrot'], 'Sybiha told his French counterpart on Monday that Kyiv was ready for talks.'],
    ['statement', '2025-05-12', '2025-05-12', ['faisal-bin-farhan', 'ishaq-dar'], 'Dar told the Saudi foreign minister on Monday that Pakistan wanted peace.'],
    ['phone_call', '2025-05-13', '2025-05-13', ['hakan-fidan', 'ishaq-dar'], 'Ishaq Dar called his Turkish counterpart on Tuesday to discuss the crisis.'],
    ['phone_call', '2025-05-12', '2025-05-12', ['andrii-sybiha', 'hakan-fidan'], 'Sybiha spoke with his Turkish counterpart on Monday about the talks in Istanbul.'],
    ['phone_call', '2025-05-13', '2025-05-13', ['hakan-fidan', 'sergey-lavrov'], 'Lavrov telephoned the Turkish foreign minister on Tuesday.'],
    ['phone_call', '2025-05-13', '2025-05-13', ['hakan-fidan', 'sergey-lavrov'], 'Lavrov called the Turkish foreign minister on Tuesday.'],
    [HOST, '2025-05-12', '2025-05-12', ['faisal-bin-farhan', 'vladimir-putin'], 'Putin received the Saudi foreign minister at the Kremlin on Monday.'],
    [HOST, '2025-05-12', '2025-05-12', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'The Turkish president received the visiting Ukrainian leader on Monday.'],
    [HOST, '2025-05-16', '2025-05-16', ['s-jaishankar', 'sergey-lavrov'], 'Lavrov will host his Indian counterpart in Moscow on Friday.'],
    [TALK, '2025-05-13', '2025-05-13', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'Erdogan met the visiting Ukrainian president on Tuesday.'],
    // Rule "the visiting guest": with no state named, the one holder of the office named before, never the host.
    [TALK, '2025-05-12', '2025-05-12', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'Zelensky flew to Ankara on Sunday. Erdogan met the visiting president on Monday.'],
    [HOST, '2025-05-13', '2025-05-13', ['keir-starmer', 'narendra-modi'], 'Starmer landed in Delhi on Monday. Modi received the visiting prime minister on Tuesday.'],
    [TALK, '2025-05-13', '2025-05-13', ['ishaq-dar', 'wang-yi'], 'Wang Yi held talks with the Pakistani foreign minister in Beijing on Tuesday.'],
    [TALK, '2025-05-13', '2025-05-13', ['andrii-sybiha', 'hakan-fidan'], "Ukraine's foreign minister held talks with his Turkish counterpart on Tuesday."],
    ['appeal', '2025-05-13', '2025-05-13', ['ishaq-dar', 'marco-rubio'], 'Rubio urged his Pakistani counterpart on Tuesday to lower tensions.'],
    ['appeal', '2025-05-13', '2025-05-13', ['marco-rubio', 's-jaishankar'], 'Rubio asked his Indian counterpart on Tuesday to show restraint.'],
    ['appeal', '2025-05-13', '2025-05-13', ['marco-rubio', 's-jaishankar'], 'Rubio asked Jaishankar on Tuesday to show restraint.'],
    ['appeal', '2025-05-13', '2025-05-13', ['ishaq-dar', 's-jaishankar'], 'Jaishankar called on his Pakistani counterpart on Tuesday to end terrorism.'],
    ['statement', '2025-05-13', '2025-05-13', ['abbas-araghchi', 's-jaishankar'], 'Jaishankar told the visiting Iranian foreign minister on Tuesday that India would not back down.'],
    [HOST, '2025-05-12', '2025-05-12', ['faisal-bin-farhan', 'vladimir-putin'], 'Putin received the visiting Saudi foreign minister on Monday.'],
  ]);
  none([
    // What was welcomed is the president's decision, not the president.
    ['host_visit', [], "Modi welcomed the Saudi president's decision on Monday."],
    ['host_visit', [], 'Zelensky received the support of the Turkish president on Monday.'],
    // Two holders of the office named before: nobody.
    ['host_visit', ['keir-starmer', 'donald-tusk'], 'Starmer and Tusk landed in Kyiv on Monday. Zelensky received the visiting prime minister on Tuesday.'],
  ]);
});

describe('hosts: "X received / welcomed / hosted Y" and "Y was received by X"', () => {
  found([
    [HOST, '2025-05-12', '2025-05-12', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'Erdogan received Zelensky in Ankara on Monday.'],
    [HOST, '2025-05-12', '2025-05-12', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'On Monday, Erdogan welcomed Zelensky to Ankara.'],
    [HOST, '2025-05-12', '2025-05-12', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'Erdogan hosted Zelensky at the presidential palace on Monday.'],
    [HOST, '2025-05-12', '2025-05-12', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'Zelensky was received by Erdogan in Ankara on Monday.'],
    [HOST, '2025-05-12', '2025-05-12', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'The Ukrainian president was received by Erdogan in Ankara on Monday.'],
    [HOST, '2025-05-13', '2025-05-13', ['ishaq-dar', 'wang-yi'], 'Dar was welcomed by Wang Yi in Beijing on Tuesday.'],
    [HOST, '2025-05-12', '2025-05-12', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'Erdogan greeted Zelensky at the airport on Monday.'],
    [HOST, '2025-05-12', '2025-05-12', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'Zelensky landed in Ankara on Sunday. Erdogan greeted him at the airport on Monday.'],
    [HOST, '2025-05-13', '2025-05-13', ['mohammed-bin-salman', 'marco-rubio'], 'Crown Prince Mohammed bin Salman received US Secretary of State Marco Rubio in Jeddah on Tuesday.'],
  ]);
});

describe('rule "hosted for the occasion": the day of the talks a guest is received for is the hosting\'s', () => {
  found([
    [HOST, '2025-05-13', '2025-05-13', ['ishaq-dar', 'wang-yi'], 'Wang Yi hosted Dar for talks on Tuesday.'],
    [HOST, '2025-05-13', '2025-05-13', ['steve-witkoff', 'vladimir-putin'], 'Putin received Witkoff for five hours of talks on Tuesday.'],
    [HOST, '2025-05-10', '2025-05-10', ['keir-starmer', 'volodymyr-zelenskyy'], 'Zelensky welcomed Starmer for a visit on Saturday.'],
    [HOST, '2025-05-12', '2025-05-12', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'Zelensky flew to Ankara on Sunday. Erdogan received him for a working dinner on Monday.'],
    [HOST, '2025-05-08', '2025-05-08', ['recep-tayyip-erdogan', 'volodymyr-zelenskyy'], 'Erdogan hosted Zelensky for talks in Ankara on Thursday.'],
  ]);
  none([
    // A call received is a call, not a visit hosted.
    ['host_visit', [], 'Erdogan received a call from Zelensky on Monday.'],
    ['host_visit', [], 'Zelensky met Erdogan on Monday. Later he received a phone call from Trump.'],
    // What was received is no guest.
    ['host_visit', [], 'Zelensky received criticism from Trump on Monday.'],
    ['meeting', [], 'Zelensky received criticism from Trump on Monday.'],
    ['host_visit', [], 'Kyiv received the first Patriot batteries from Germany on Monday.'],
    ['host_visit', [], 'Sharif received a letter from Erdogan on Monday.'],
    // A proposal welcomed by a state is praise, no sitting.
    ['meeting', [], 'The Turkish proposal was welcomed by Kyiv on Monday.'],
    ['host_visit', [], 'Kyiv greeted the news with relief on Monday.'],
  ]);
});

describe('verbs of contact with a person as object', () => {
  found([
    [TALK, '2025-05-13', '2025-05-13', ['marco-rubio', 'sergey-lavrov'], 'Rubio held talks with Lavrov in Riyadh on Tuesday.'],
    [TALK, '2025-05-12', '2025-05-12', ['ishaq-dar', 'wang-yi'], 'Dar sat down with Wang Yi in Beijing on Monday.'],
    [TALK, '2025-05-13', '2025-05-13', ['andrii-sybiha', 'hakan-fidan'], 'Sybiha met with Fidan on Tuesday.'],
    [TALK, '2025-05-16', '2025-05-16', ['marco-rubio', 'sergey-lavrov'], 'Rubio will hold talks with Lavrov on Friday.'],
    ['phone_call', '2025-05-13', '2025-05-13', ['keir-starmer', 'narendra-modi'], 'Modi spoke with Starmer on Tuesday.'],
    ['phone_call', '2025-05-13', '2025-05-13', ['recep-tayyip-erdogan', 'vladimir-putin'], 'Erdogan telephoned Putin on Tuesday.'],
    ['phone_call', '2025-05-12', '2025-05-12', ['recep-tayyip-erdogan', 'shehbaz-sharif'], 'Sharif dialled Erdogan on Monday.'],
    ['phone_call', '2025-05-12', '2025-05-12', ['narendra-modi', 'volodymyr-zelenskyy'], 'On Monday, Zelensky telephoned Modi.'],
    [['phone_call', 'meeting'], '2025-05-12', '2025-05-12', ['narendra-modi', 'volodymyr-zelenskyy'], 'Zelensky reached out to Modi on Monday.'],
    ['phone_call', '2025-05-12', '2025-05-12', ['ishaq-dar', 'marco-rubio'], 'The Pakistani foreign minister spoke with Rubio by phone on Monday.'],
  ]);
});

describe('states and bodies as objects', () => {
  found([
    ['phone_call', '2025-05-13', '2025-05-13', ['sergey-lavrov'], 'Lavrov called the Iranian foreign ministry on Tuesday.'],
    [TALK, '2025-05-13', '2025-05-13', ['marco-rubio'], 'Rubio met the Ukrainian delegation in Jeddah on Tuesday.'],
    [TALK, '2025-05-12', '2025-05-12', ['steve-witkoff'], 'Witkoff met the Russian side in Riyadh on Monday.'],
    [TALK, '2025-05-13', '2025-05-13', ['andrii-sybiha'], 'Sybiha held talks with the Turkish side on Tuesday.'],
    [HOST, '2025-05-12', '2025-05-12', ['hakan-fidan'], "Fidan received Kyiv's envoy in Ankara on Monday."],
  ]);
  test('the state of a body called is a party to the call', () => {
    const [call] = cell('Lavrov called the Iranian foreign ministry on Tuesday.').filter((e) => e.type === 'phone_call');
    expect(call?.countries).toContain('IR');
  });
});

describe('acts with a person acted on', () => {
  found([
    ['appeal', '2025-05-12', '2025-05-12', ['donald-trump', 'volodymyr-zelenskyy'], 'Zelensky spoke in Kyiv on Sunday. Trump urged him on Monday to accept the deal.'],
    ['appeal', '2025-05-12', '2025-05-12', ['narendra-modi', 'vladimir-putin'], 'Putin spoke to reporters on Sunday. Modi asked him on Monday to help end the war.'],
  ]);
  none([
    // Rule "warned against an act": the one warned has not done it.
    ['rejection', [], 'Trump warned Zelensky on Monday against rejecting the plan.'],
    ['rejection', [], 'Zelensky spoke in Kyiv on Sunday. Trump warned him on Monday against rejecting the plan.'],
  ]);
});
