import { describe } from 'vitest';
import { eventsOfCell, noEventOfType } from './fixtures/unseen-events-of';
import { mayDay, onMayDay, wantedIn, type Want } from './fixtures/wanted-events';

/**
 * The grid of contacts between officials, and how each is typed and held (round x21): a conversation with a named
 * person or an office holder by any verb of speaking, ringing or phoning is a call; speaking to reporters, the nation or
 * a rally is a saying; "called on" a person is a courtesy call (a meeting), "called on" a state to act an appeal; a call
 * or a sitting named by its noun ("their phone conversation", "a telephone talk", "a courtesy call"), contact kept up
 * ("was in direct contact with"), views exchanged by phone, a video call; a visit told by arriving somewhere to do
 * something there. The channel is checked where the words tell it. Sentences of our own, published on Wednesday 14 May
 * 2025 (Tuesday is 13 May, Monday 12, Sunday 11, Saturday 10, Friday 9, Thursday 8; undated acts fall in 7 to 14 May).
 */
const PUBLISHED = '2025-05-14';
const CRISIS = /India|Pakistan|Indian|Pakistani|Islamabad|Delhi|Bilawal|Sharif|Modi|Jaishankar|Dar\b|Misri|Munir|Zardari|Kashmir/;
const cell = (sentence: string) => eventsOfCell(sentence, PUBLISHED, CRISIS);
const found = (cells: [string, Want[]][]) => { wantedIn(cells, cell); };
const day = onMayDay;
/** Undated and told in the past: the week before the paper, up to its day. */
const WEEK: [string, string] = [mayDay(7), mayDay(14)];

describe('speaking, ringing, phoning or dialling a named person or an office holder is a call', () => {
  found([
    ['Shehbaz Sharif also spoke to Turkish President Recep Tayyip Erdogan on Friday and thanked him for his support.', [
      { type: 'phone_call', date: day(9), actors: ['shehbaz-sharif', 'recep-tayyip-erdogan'], channel: 'phone' },
    ]],
    ['Ishaq Dar spoke with Chinese Foreign Minister Wang Yi and said Pakistan wanted a neutral inquiry.', [
      { type: 'phone_call', date: WEEK, actors: ['ishaq-dar', 'wang-yi'], channel: 'phone' },
    ]],
    ['Marco Rubio talked to Sergey Lavrov on Monday and stated that the war had to end.', [
      { type: 'phone_call', date: day(12), actors: ['marco-rubio', 'sergey-lavrov'], channel: 'phone' },
    ]],
    ['Jaishankar later telephoned his Saudi counterpart, who urged both sides to step back.', [
      { type: 'phone_call', actors: ['s-jaishankar', 'faisal-bin-farhan'], channel: 'phone' },
    ]],
    ['Later on Saturday, Dar also rang British Foreign Secretary David Lammy.', [
      { type: 'phone_call', date: day(10), actors: ['ishaq-dar', 'david-lammy'], channel: 'phone' },
    ]],
    ['Having finished with Wang, Dar then dialled Lammy on Saturday evening.', [
      { type: 'phone_call', date: day(10), actors: ['ishaq-dar', 'david-lammy'] },
    ]],
    ['Sharif rang up Erdogan on Friday night to thank him.', [
      { type: 'phone_call', actors: ['shehbaz-sharif', 'recep-tayyip-erdogan'], channel: 'phone' },
    ]],
    ['Modi spoke on the phone with Macron on Tuesday, the Elysee said.', [
      { type: 'phone_call', date: day(13), actors: ['narendra-modi', 'emmanuel-macron'], channel: 'phone' },
    ]],
    ['Erdogan phoned Sharif late on Monday and expressed solidarity with Pakistan.', [
      { type: 'phone_call', date: day(12), actors: ['recep-tayyip-erdogan', 'shehbaz-sharif'] },
    ]],
    ['Putin spoke to Trump for more than two hours on Monday.', [
      { type: 'phone_call', date: day(12), actors: ['vladimir-putin', 'donald-trump'] },
    ]],
    ['Sybiha spoke to his German counterpart on Tuesday about air defence.', [
      { type: 'phone_call', date: day(13), actors: ['andrii-sybiha', 'johann-wadephul'] },
    ]],
    ['Rubio also spoke to Jaishankar, urging India to find a way to ease tensions.', [
      { type: 'phone_call', date: WEEK, actors: ['marco-rubio', 's-jaishankar'] },
    ]],
    ['The Iranian foreign minister spoke to his Pakistani counterpart on Sunday and offered to help.', [
      { type: 'phone_call', date: day(11), actors: ['abbas-araghchi', 'ishaq-dar'] },
    ]],
    // A relative clause of saying after the one called, its comma dropped or after a day: the call stands.
    ['After Wang, Dar also rang Lammy who stressed the need for calm.', [
      { type: 'phone_call', date: WEEK, actors: ['ishaq-dar', 'david-lammy'], channel: 'phone' },
    ]],
    ['Sharif telephoned Erdogan on Saturday, who assured him of Turkey\'s support.', [
      { type: 'phone_call', date: day(10), actors: ['shehbaz-sharif', 'recep-tayyip-erdogan'] },
    ]],
    ['Dar briefed Wang Yi over the phone on Sunday about the Indian strikes.', [
      { type: 'phone_call', date: day(11), actors: ['ishaq-dar', 'wang-yi'], channel: 'phone' },
    ]],
    ['Sharif informed his Saudi counterpart by telephone of the strikes.', [
      { type: 'phone_call', date: WEEK, actors: ['shehbaz-sharif'], channel: 'phone' },
    ]],
    ['Zelensky thanked Starmer by phone on Monday for the new aid.', [
      { type: 'phone_call', date: day(12), actors: ['volodymyr-zelenskyy', 'keir-starmer'] },
    ]],
    ['Sharif stressed the need for an impartial inquiry while having a telephonic conversation with Malaysian Prime Minister Anwar Ibrahim.', [
      { type: 'phone_call', actors: ['shehbaz-sharif', 'anwar-ibrahim'], channel: 'phone' },
    ]],
    ['Dar raised the water dispute while holding a phone call with Wang Yi on Sunday.', [
      { type: 'phone_call', holds: day(11), actors: ['ishaq-dar', 'wang-yi'] },
    ]],
    ['Zelensky got on the phone with Merz on Sunday to discuss the proposal.', [
      { type: 'phone_call', date: day(11), actors: ['volodymyr-zelenskyy', 'friedrich-merz'] },
    ]],
  ]);
});

describe('a call named by its noun, contact kept up, views exchanged by phone, a video call', () => {
  found([
    ['In a telephone conversation on Friday, Erdogan told Sharif that Turkey stood by Pakistan.', [
      { type: 'phone_call', date: day(9), actors: ['recep-tayyip-erdogan', 'shehbaz-sharif'], channel: 'phone' },
    ]],
    ['During their phone conversation, Ishiba told Modi that Japan condemned the attack.', [
      { type: 'phone_call', actors: ['shigeru-ishiba', 'narendra-modi'], channel: 'phone' },
    ]],
    ['The talks come after Trump\'s phone conversation with Putin on Monday.', [
      { type: 'phone_call', date: day(12), actors: ['donald-trump', 'vladimir-putin'] },
    ]],
    ['Markets rose on news of Trump\'s conversation with Putin on Monday.', [
      { type: 'phone_call', date: day(12), actors: ['donald-trump', 'vladimir-putin'] },
    ]],
    ['Putin and Xi had a telephone talk on Thursday.', [
      { type: 'phone_call', date: day(8), actors: ['vladimir-putin', 'xi-jinping'], channel: 'phone' },
    ]],
    ['Dar and Wang Yi exchanged views on the situation by telephone on Sunday.', [
      { type: 'phone_call', date: day(11), actors: ['ishaq-dar', 'wang-yi'], channel: 'phone' },
    ]],
    // Contact kept tells no line: its channel is unknown, unless the words name one.
    ['Rubio has been in direct contact with Dar since Thursday.', [
      { type: 'phone_call', actors: ['marco-rubio', 'ishaq-dar'], channel: 'unknown' },
    ]],
    ['Dar remained in close touch with Rubio on Saturday.', [
      { type: 'phone_call', date: day(10), actors: ['ishaq-dar', 'marco-rubio'], channel: 'unknown' },
    ]],
    ['Araghchi stayed in telephone contact with Jaishankar throughout Sunday.', [
      { type: 'phone_call', actors: ['abbas-araghchi', 's-jaishankar'], channel: 'phone' },
    ]],
    ['The military operations chiefs of India and Pakistan held a short hotline discussion on Monday.', [
      { type: 'phone_call', date: day(12), countries: ['IN', 'PK'], channel: 'phone' },
    ]],
    // Talks told as a conversation between two sides went over a line.
    ['Another conversation between the two army chiefs took place on Tuesday, Dar told the Senate.', [
      { type: 'negotiation', date: day(13), channel: 'phone' },
    ]],
    ['Over a round of calls with Gulf leaders on Sunday, Sharif sought support for Pakistan.', [
      { type: 'phone_call', date: day(11), actors: ['shehbaz-sharif'], channel: 'phone' },
    ]],
    ['Modi held a video conference with Macron on Monday.', [
      { type: 'phone_call', date: day(12), actors: ['narendra-modi', 'emmanuel-macron'] },
    ]],
    ['Starmer held a video call with Zelensky on Sunday evening.', [
      { type: 'phone_call', date: day(11), actors: ['keir-starmer', 'volodymyr-zelenskyy'] },
    ]],
    ['Shehbaz Sharif had a telephonic conversation with Malaysian Prime Minister Anwar Ibrahim on Saturday.', [
      { type: 'phone_call', date: day(10), actors: ['shehbaz-sharif', 'anwar-ibrahim'], channel: 'phone' },
    ]],
    ['Sharif received a phone call from Erdogan on Sunday.', [
      { type: 'phone_call', date: day(11), actors: ['shehbaz-sharif', 'recep-tayyip-erdogan'] },
    ]],
    ['Lavrov and Rubio held a phone conversation on Tuesday at the American side\'s request.', [
      { type: 'phone_call', date: day(13), actors: ['sergey-lavrov', 'marco-rubio'] },
    ]],
  ]);
});

describe('a call paid on a person in person, and visits told by arriving to act there', () => {
  found([
    ['The Iranian ambassador called on Deputy Prime Minister Ishaq Dar at the Foreign Office on Monday.', [
      { type: 'meeting', date: day(12), actors: ['ishaq-dar'], channel: 'in_person' },
    ]],
    ['Army chief Asim Munir called on President Asif Ali Zardari on Monday.', [
      { type: 'meeting', date: day(12), actors: ['asim-munir', 'asif-ali-zardari'], channel: 'in_person' },
    ]],
    // One name after "on" that is no state, and an infinitive of the call's purpose, keep the call paid.
    ['Ambassador Jiang Zaidong called on Sharif at the PM House on Friday.', [
      { type: 'meeting', date: day(9), actors: ['jiang-zaidong', 'shehbaz-sharif'], channel: 'in_person' },
    ]],
    ['The British High Commissioner called on Senator Ishaq Dar on Tuesday to discuss the ceasefire.', [
      { type: 'meeting', date: day(13), actors: ['ishaq-dar'], countries: ['GB'] },
    ]],
    ['Saudi minister Adel al-Jubeir paid a courtesy call on Prime Minister Narendra Modi on Thursday.', [
      { type: 'meeting', date: day(8), actors: ['adel-al-jubeir', 'narendra-modi'], channel: 'in_person' },
    ]],
    ['The Chinese ambassador paid a courtesy call on Shehbaz Sharif on Friday.', [
      { type: 'meeting', date: day(9), actors: ['shehbaz-sharif'], channel: 'in_person' },
    ]],
    ['During a series of meetings with members of the US Congress on Tuesday, Bilawal warned of a new war over water.', [
      { type: 'meeting', date: day(13), actors: ['bilawal-bhutto-zardari'], countries: ['US'], channel: 'in_person' },
    ]],
    ['Zelensky had an audience with Pope Leo on Sunday.', [
      { type: 'meeting', date: day(11), actors: ['volodymyr-zelenskyy', 'leo-xiv'], channel: 'in_person' },
    ]],
    ['Modi held a one-on-one with Putin on the sidelines of the summit on Monday.', [
      { type: 'meeting', date: day(12), actors: ['narendra-modi', 'vladimir-putin'], channel: 'in_person' },
    ]],
    ['Jaishankar held a bilateral with Wang Yi in Beijing on Monday.', [
      { type: 'meeting', date: day(12), actors: ['s-jaishankar', 'wang-yi'] },
    ]],
    ['Trump and Zelensky held a brief sit-down in St Peter\'s Basilica on Saturday.', [
      { type: 'meeting', date: day(10), actors: ['donald-trump', 'volodymyr-zelenskyy'], channel: 'in_person' },
    ]],
    // A sitting held online is over no table: its channel is unknown.
    ['Zelensky held a virtual meeting with European leaders on Sunday.', [
      { type: 'meeting', date: day(11), actors: ['volodymyr-zelenskyy'], channel: 'unknown' },
    ]],
    // Online is the word of the sitting it stands before: the summit in the capital the day before was held in person.
    ['Merz spoke after an online summit of EU leaders on Tuesday, following a summit in Washington with Trump on Monday.', [
      { type: 'meeting', date: day(12), actors: ['donald-trump'], channel: 'in_person' },
    ]],
    ['Bilawal Bhutto Zardari made a farewell call on President Asif Ali Zardari on Tuesday.', [
      { type: 'meeting', date: day(13), actors: ['bilawal-bhutto-zardari', 'asif-ali-zardari'] },
    ]],
    ['Araghchi landed in Islamabad on Monday, where he was received by Ishaq Dar.', [
      { type: 'visit', date: day(12), actors: ['abbas-araghchi'], channel: 'in_person' },
    ]],
    ['Bilawal arrived in New York on Sunday to lead the Pakistani delegation at the UN.', [
      { type: 'visit', date: day(11), actors: ['bilawal-bhutto-zardari'], channel: 'in_person' },
    ]],
    ['Sybiha arrived in Ankara on Tuesday to meet Hakan Fidan.', [
      { type: 'visit', date: day(13), actors: ['andrii-sybiha'] },
    ]],
  ]);
});

describe('look-alikes: speaking to an audience, calling on a state to act, calling someone a name', () => {
  noEventOfType([
    ['phone_call', 'Zelensky spoke to the nation in his nightly address on Monday.'],
    ['phone_call', 'Sharif spoke to parliament on Tuesday about the crisis.'],
    ['phone_call', 'Dar spoke to the media in Islamabad on Tuesday.'],
    ['phone_call', 'Trump spoke to a rally in Michigan on Saturday.'],
    ['phone_call', 'Jaishankar spoke to reporters after the ceremony on Monday.'],
    ['phone_call', 'Misri spoke to journalists in New Delhi on Friday.'],
    ['meeting', 'Dar called on the international community to hold India accountable.'],
    ['meeting', 'Sharif called on Modi to accept a neutral investigation.'],
    ['meeting', 'Pakistan called on India on Monday to show restraint.'],
    ['meeting', 'Islamabad called on New Delhi to review its decision on the treaty.'],
    ['meeting', 'Dar called on India to exchange prisoners.'],
    ['meeting', 'The US called on Pakistan.'],
    ['phone_call', 'Trump called Putin a tough negotiator on Monday.'],
    ['phone_call', 'Rubio renewed his call for restraint on Tuesday.'],
    ['phone_call', 'Dar made a fresh call on both sides to stop firing.'],
    ['phone_call', 'The envoy said there was no contact with the Indian side.'],
    ['phone_call', 'Jaishankar briefed reporters by phone on Sunday.'],
    ['phone_call', 'Dar has stayed in close touch with the media throughout the crisis.'],
    ['phone_call', 'The State Department said the US is in constant touch with both India and Pakistan.'],
    ['meeting', 'The minister renewed his call on Monday for a neutral probe.'],
    ['phone_call', 'A series of calls for restraint came from the Gulf on Sunday.'],
    ['meeting', 'The speech drew an audience of thousands in Lahore on Sunday.'],
    ['meeting', 'The channel had an audience of millions for the address by Sharif.'],
    ['meeting', 'The two sides held a bilateral trade review last year.'],
  ], cell);
});
