import { describe, expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Grid x18 "who took part, told in lists and tellings": delegations told as lists of officials in the sentence of the
 * talks or the one after it, hosts listed with them, and promises or assurances told to a listener. Sentences in our
 * own words; the paper is dated Wednesday 14 May 2025, so "Monday" is 12 May and "Tuesday" 13 May. Each cell gives
 * the type, the date and the actors (sorted) of the one event it must yield; negatives what must not come out.
 */
const PUBLISHED = '2025-05-14';
const MON = '2025-05-12..2025-05-12';
const TUE = '2025-05-13..2025-05-13';
const events = (text: string) => eventsOfText(`${text}\n\nThe war in Ukraine goes on.`, PUBLISHED);
const cellOf = (e: { type: string; actors: string[]; date: { start: string; end: string } }) => `${e.type} ${e.date.start}..${e.date.end} ${[...e.actors].sort().join('+')}`;
const cells = (text: string) => events(text).map(cellOf);

type Cell = [text: string, type: string, date: string, actors: string[]];

const TALKS_LISTS: Cell[] = [
  ['Marco Rubio, Mike Waltz and Steve Witkoff met Sergey Lavrov and Yuri Ushakov in Riyadh on Tuesday.', 'meeting', TUE, ['marco-rubio', 'mike-waltz', 'sergey-lavrov', 'steve-witkoff', 'yuri-ushakov']],
  ['Top US and Russian diplomats began talks in Riyadh on Tuesday. The US side was led by Secretary of State Marco Rubio, with national security adviser Mike Waltz and envoy Steve Witkoff; Russia sent Foreign Minister Sergey Lavrov and aide Yuri Ushakov.', 'negotiation', TUE, ['marco-rubio', 'mike-waltz', 'sergey-lavrov', 'steve-witkoff', 'yuri-ushakov']],
  ['Senior American and Russian officials sat down for talks in Riyadh on Tuesday. Washington was represented by Marco Rubio, Mike Waltz and Steve Witkoff, and Moscow by Sergey Lavrov and Yuri Ushakov.', 'meeting', TUE, ['marco-rubio', 'mike-waltz', 'sergey-lavrov', 'steve-witkoff', 'yuri-ushakov']],
  ['Russian and American officials held talks in Riyadh on Tuesday. Present were Sergey Lavrov, Yuri Ushakov, Marco Rubio and Mike Waltz.', 'negotiation', TUE, ['marco-rubio', 'mike-waltz', 'sergey-lavrov', 'yuri-ushakov']],
  ['The talks were held at a palace in Riyadh on Tuesday. Taking part were Rubio, Waltz, Witkoff, Lavrov and Ushakov.', 'negotiation', TUE, ['marco-rubio', 'mike-waltz', 'sergey-lavrov', 'steve-witkoff', 'yuri-ushakov']],
  ['Talks between Russia and the United States opened in Riyadh on Tuesday. Attending were Secretary of State Marco Rubio and Foreign Minister Sergey Lavrov.', 'negotiation', TUE, ['marco-rubio', 'sergey-lavrov']],
  ['Ukrainian and Russian negotiators met in Istanbul on Monday. Among those present were Rustem Umerov and Vladimir Medinsky.', 'meeting', MON, ['rustem-umerov', 'vladimir-medinsky']],
  ['Russian and US officials held talks in Riyadh on Tuesday, with Lavrov, Ushakov, Rubio and Waltz around the table.', 'negotiation', TUE, ['marco-rubio', 'mike-waltz', 'sergey-lavrov', 'yuri-ushakov']],
  ['The talks in Riyadh on Tuesday brought together Marco Rubio and Sergey Lavrov.', 'negotiation', TUE, ['marco-rubio', 'sergey-lavrov']],
  ['A meeting in Istanbul on Monday brought together Hakan Fidan, Andrii Sybiha and Marco Rubio.', 'meeting', MON, ['andrii-sybiha', 'hakan-fidan', 'marco-rubio']],
  ['The talks, hosted by Saudi Foreign Minister Faisal bin Farhan, brought together Marco Rubio and Sergey Lavrov on Tuesday.', 'negotiation', TUE, ['faisal-bin-farhan', 'marco-rubio', 'sergey-lavrov']],
  ['Rubio and Waltz met Lavrov and Ushakov in Riyadh on Tuesday, in talks hosted by Saudi Foreign Minister Faisal bin Farhan.', 'meeting', TUE, ['faisal-bin-farhan', 'marco-rubio', 'mike-waltz', 'sergey-lavrov', 'yuri-ushakov']],
  ['Rubio and Lavrov held talks in Riyadh on Tuesday. Saudi Foreign Minister Faisal bin Farhan and national security adviser Musaid Al-Aiban hosted the talks.', 'negotiation', TUE, ['faisal-bin-farhan', 'marco-rubio', 'musaid-al-aiban', 'sergey-lavrov']],
  ['Rubio held talks with Lavrov in Riyadh on Tuesday. The Saudi foreign minister also attended.', 'negotiation', TUE, ['faisal-bin-farhan', 'marco-rubio', 'sergey-lavrov']],
  ['Rubio held talks with Lavrov on Tuesday. Also at the table were Witkoff and Putin\'s foreign policy aide.', 'negotiation', TUE, ['marco-rubio', 'sergey-lavrov', 'steve-witkoff', 'yuri-ushakov']],
  ['US and Russian officials met in Riyadh on Tuesday. The Russian delegation included Sergey Lavrov and Putin\'s foreign policy aide Yuri Ushakov, while Rubio, Waltz and Witkoff represented Washington.', 'meeting', TUE, ['marco-rubio', 'mike-waltz', 'sergey-lavrov', 'steve-witkoff', 'yuri-ushakov']],
  ['US and Russian delegations met in Riyadh on Tuesday. The US side was led by Rubio; the Russian side by Lavrov.', 'meeting', TUE, ['marco-rubio', 'sergey-lavrov']],
  ['Indian and Pakistani officers met at the border on Monday. Present were Lieutenant General Rajiv Ghai and Major General Kashif Abdullah.', 'meeting', MON, ['kashif-abdullah', 'rajiv-ghai']],
  ['Ukrainian and Russian delegations held talks in Istanbul on Monday. Ukraine sent Defence Minister Rustem Umerov and Andriy Yermak; Russia fielded Vladimir Medinsky.', 'negotiation', MON, ['andriy-yermak', 'rustem-umerov', 'vladimir-medinsky']],
  ['The meeting in Jeddah on Tuesday brought together Rubio and Yermak.', 'meeting', TUE, ['andriy-yermak', 'marco-rubio']],
  ['Negotiations in Istanbul on Monday brought together Umerov and Medinsky.', 'negotiation', MON, ['rustem-umerov', 'vladimir-medinsky']],
  ['Umerov held talks with Medinsky in Istanbul on Monday. Also present was Hakan Fidan.', 'negotiation', MON, ['hakan-fidan', 'rustem-umerov', 'vladimir-medinsky']],
  ['Talks got under way in Istanbul on Monday. In attendance were Umerov, Medinsky and Fidan.', 'negotiation', MON, ['hakan-fidan', 'rustem-umerov', 'vladimir-medinsky']],
  ['The talks in Istanbul on Monday were attended by Umerov, Medinsky and Fidan.', 'meeting', MON, ['hakan-fidan', 'rustem-umerov', 'vladimir-medinsky']],
  ['Rubio and Lavrov met on Tuesday. The meeting was also attended by Waltz and Ushakov.', 'meeting', TUE, ['marco-rubio', 'mike-waltz', 'sergey-lavrov', 'yuri-ushakov']],
  ['Rubio and Lavrov met on Tuesday, with Saudi Foreign Minister Faisal bin Farhan hosting.', 'meeting', TUE, ['faisal-bin-farhan', 'marco-rubio', 'sergey-lavrov']],
  ['Lavrov and Rubio met in Riyadh on Tuesday. Joining them were Ushakov and the Kremlin\'s foreign policy aide\'s US counterpart Witkoff.', 'meeting', TUE, ['marco-rubio', 'sergey-lavrov', 'steve-witkoff', 'yuri-ushakov']],
];

const PROMISES: Cell[] = [
  ['Donald Trump told Volodymyr Zelensky on Monday that the United States would help guarantee Ukraine\'s security.', 'intent_to_cooperate', MON, ['donald-trump', 'volodymyr-zelenskyy']],
  // A promise made in a call the sentence tells is a remark of that call (the key's convention): the call, with both.
  ['In a call on Monday, Trump told Zelensky that Washington would keep sending weapons.', 'phone_call', MON, ['donald-trump', 'volodymyr-zelenskyy']],
  ['Emmanuel Macron promised Volodymyr Zelensky on Monday that France would send more air defence.', 'intent_to_cooperate', MON, ['emmanuel-macron', 'volodymyr-zelenskyy']],
  ['Keir Starmer assured Zelensky on Tuesday that Britain would stand by Ukraine.', 'intent_to_cooperate', TUE, ['keir-starmer', 'volodymyr-zelenskyy']],
  ['Modi assured Sharif on Monday that India would hold its fire.', 'intent_to_cooperate', MON, ['narendra-modi', 'shehbaz-sharif']],
  ['On Tuesday, Narendra Modi told Shehbaz Sharif that India was ready to cooperate on the investigation.', 'intent_to_cooperate', TUE, ['narendra-modi', 'shehbaz-sharif']],
  ['Marco Rubio pledged to Ishaq Dar on Monday that Washington would help keep the truce.', 'intent_to_cooperate', MON, ['ishaq-dar', 'marco-rubio']],
  ['Friedrich Merz promised Zelensky more air defence on Monday.', 'intent_to_cooperate', MON, ['friedrich-merz', 'volodymyr-zelenskyy']],
  ['German Chancellor Friedrich Merz on Monday promised President Zelensky new air defence systems.', 'intent_to_cooperate', MON, ['friedrich-merz', 'volodymyr-zelenskyy']],
  ['Starmer told Zelensky on Tuesday that London will continue to support Kyiv.', 'intent_to_cooperate', TUE, ['keir-starmer', 'volodymyr-zelenskyy']],
  ['Erdogan assured Putin on Monday that Turkey was ready to host the talks.', 'intent_to_cooperate', MON, ['recep-tayyip-erdogan', 'vladimir-putin']],
  ['Putin assured Trump on Monday that Russia was ready to work on a peace memorandum.', 'intent_to_cooperate', MON, ['donald-trump', 'vladimir-putin']],
  ['Sharif told Rubio on Tuesday that Pakistan would continue to support the ceasefire.', 'intent_to_cooperate', TUE, ['marco-rubio', 'shehbaz-sharif']],
  ['Zelensky, speaking in Kyiv, told Starmer on Monday that Ukraine would help Britain build drones.', 'intent_to_cooperate', MON, ['keir-starmer', 'volodymyr-zelenskyy']],
  ['Jaishankar told Kaja Kallas on Tuesday that India would work with the EU against terrorism.', 'intent_to_cooperate', TUE, ['kaja-kallas', 's-jaishankar']],
  ['Erdogan promised Zelensky on Monday that Ankara would keep working for peace.', 'intent_to_cooperate', MON, ['recep-tayyip-erdogan', 'volodymyr-zelenskyy']],
  ['Xi Jinping pledged to Vladimir Putin on Tuesday that China would deepen cooperation.', 'intent_to_cooperate', TUE, ['vladimir-putin', 'xi-jinping']],
  ['US Vice President JD Vance assured Prime Minister Narendra Modi on Tuesday that Washington would support India.', 'intent_to_cooperate', TUE, ['jd-vance', 'narendra-modi']],
  ['On Monday Macron promised President Zelensky more air defence systems.', 'intent_to_cooperate', MON, ['emmanuel-macron', 'volodymyr-zelenskyy']],
];

/** Negatives: the look-alike that must not give the event (a type and actors that must not come out). */
const NOT: [text: string, type: string, actors: string[]][] = [
  ['Putin told Trump on Monday that Russia would never agree to a truce on those terms.', 'intent_to_cooperate', []],
  ['Zelensky told reporters on Monday that Russia would agree to nothing.', 'intent_to_cooperate', []],
  ['Sybiha told journalists on Monday that Ukraine would work with its partners on security.', 'intent_to_cooperate', ['andrii-sybiha', 'journalists']],
  ['Trump told Zelensky on Monday that the United States would help guarantee Ukraine\'s security.', 'intent_to_cooperate', []],
  ['Trump told Zelensky on Monday that Russia would not stop its attacks.', 'intent_to_cooperate', ['donald-trump', 'volodymyr-zelenskyy']],
  ['Police arrested Ali Khan, Imran Shah and Bilal Ahmed in Lahore on Tuesday after the talks.', 'meeting', []],
  ['Macron, Starmer and Merz welcomed the talks in Riyadh on Tuesday.', 'negotiation', ['emmanuel-macron', 'friedrich-merz', 'keir-starmer']],
  ['Russian and US officials held talks in Riyadh on Tuesday. Present were Lavrov and Rubio.', 'meeting', ['yuri-ushakov']],
  ['Lavrov told Rubio on Tuesday that Moscow would not accept NATO troops in Ukraine.', 'intent_to_cooperate', ['marco-rubio', 'sergey-lavrov']],
  ['Zelensky promised on Monday that Ukraine would rebuild every destroyed school.', 'intent_to_cooperate', ['volodymyr-zelenskyy']],
  // What was assured is the teller's promise, not an offer of the state it names.
  ['Putin assured Trump on Monday that Russia was ready to work on a peace memorandum.', 'intent_to_cooperate', []],
  // Readiness reported, not promised by the teller: the telling stays a statement.
  ['Trump told Zelensky on Monday that Russia was ready for talks.', 'intent_to_cooperate', ['donald-trump', 'volodymyr-zelenskyy']],
  ['Russia sent drones over Kyiv on Monday.', 'meeting', []],
  ['Ukraine sent Umerov to Washington on Monday.', 'meeting', ['rustem-umerov']],
  ['Umerov held talks with Medinsky in Istanbul on Monday. Present were reporters from many countries.', 'meeting', []],
  ['The talks in Istanbul on Monday brought the two sides no closer.', 'negotiation', []],
];

describe('lists of people at talks: one contact with all of them', () => {
  test.each(TALKS_LISTS)('%s', (text, type, date, actors) => {
    expect(cells(text)).toContain(`${type} ${date} ${actors.join('+')}`);
  });
});

describe('promises and assurances told to a listener: the teller and the listener', () => {
  test.each(PROMISES)('%s', (text, type, date, actors) => {
    expect(cells(text)).toContain(`${type} ${date} ${actors.join('+')}`);
  });
});

describe('negatives', () => {
  test.each(NOT)('%s', (text, type, actors) => {
    expect(events(text).filter((e) => e.type === type && [...e.actors].sort().join('+') === actors.join('+')).map(cellOf)).toEqual([]);
  });
  test('no one of a listed delegation holds a meeting of their own', () => {
    const found = events('Top US and Russian diplomats began talks in Riyadh on Tuesday. Russia sent Foreign Minister Sergey Lavrov and aide Yuri Ushakov; the US side was led by Marco Rubio.');
    expect(found.filter((e) => e.actors.length === 1 && ['meeting', 'negotiation'].includes(e.type)).map(cellOf)).toEqual([]);
  });
});
