import { expect, test } from 'vitest';
import type { Person } from '../../src/shared/schema';
import { readArticle } from '../ingest/read-article';
import { loadGazetteer } from '../people/gazetteer';
import { analyseArticle } from '../run-pipeline';
import { extractEvents } from './extract-events';

/** Who acts in a sentence, and which words name no event at all. Sentences written for these tests. */
const people: Person[] = loadGazetteer('data/gazetteer');
const byId = new Map(people.map((p) => [p.id, p]));

function run(body: string, published = '2025-05-10') {
  const article = readArticle('who.md', `---\ntitle: t\npublished: ${published}\n---\n${body}`);
  const events = extractEvents(analyseArticle(article, people), byId);
  for (const e of events) for (const s of e.sources) expect(article.body.slice(s.start, s.end)).toBe(s.excerpt);
  return events;
}
const actorsOf = (events: ReturnType<typeof run>) => events.flatMap((e) => e.actors);

test('"what he said was ...": a relative clause qualifies a noun and hides no report of the sentence before it', () => {
  const events = run('The envoy ended his visit to Moscow on Monday, after Donald Trump urged the Kremlin to stop what he said was a "needless war" with Ukraine.', '2025-04-15');
  expect(events.find((e) => e.type === 'appeal')?.actors).toEqual(['donald-trump']);
  expect(events.some((e) => e.type === 'statement')).toBe(false);
  const swap = run('The two sides began an exchange of prisoners that Volodymyr Zelenskyy said was only a first step.', '2025-05-20');
  expect(swap.some((e) => e.type === 'statement' && e.actors.includes('volodymyr-zelenskyy'))).toBe(false);
});

test('a name that only says whose envoy, aide or inauguration it is does not act', () => {
  const headline = run('Trump Envoy Meets Putin Aide in Moscow', '2025-04-15');
  expect(actorsOf(headline)).not.toContain('donald-trump');
  expect(actorsOf(headline)).not.toContain('vladimir-putin');
  const possessive = run('It was the first time since Donald Trump’s inauguration that the three governments met in one room.', '2025-04-15');
  expect(actorsOf(possessive)).not.toContain('donald-trump');
  const attributive = run('The Putin envoy welcomed the offer of new talks.', '2025-04-15');
  expect(actorsOf(attributive)).not.toContain('vladimir-putin');
});

test('a possessive before the act itself is the one who acts: "Zelenskyy’s meeting with Trump"', () => {
  const events = run('Volodymyr Zelenskyy’s meeting with Donald Trump in Rome on Saturday lasted fifteen minutes.', '2025-04-28');
  expect(events.find((e) => e.type === 'meeting')?.actors).toEqual(['volodymyr-zelenskyy', 'donald-trump']);
});

test('talks that are requested, merely possible or denied are not talks held', () => {
  expect(run('Kyiv has also requested direct talks between Volodymyr Zelenskyy and Vladimir Putin.', '2025-05-17').some((e) => e.type === 'negotiation' || e.type === 'meeting')).toBe(false);
  expect(run('Dmitry Peskov said a possible meeting between Vladimir Putin and Donald Trump was not on the agenda.', '2025-05-17').some((e) => e.type === 'meeting')).toBe(false);
  expect(run('Emmanuel Macron: there will be no negotiations under fire', '2025-05-11').some((e) => e.type === 'negotiation')).toBe(false);
  expect(run('The minister thanked both delegations for this negotiation.', '2025-05-17').some((e) => e.type === 'negotiation')).toBe(false);
});

test('a long title and name between a quotation and "posted" is the speaker, not someone named inside the quotation', () => {
  const events = run('“The prime minister will chair the defence committee tomorrow to weigh our answer,” Deputy Prime Minister and Foreign Minister Ishaq Dar posted on X.', '2025-04-23');
  const post = events.find((e) => e.type === 'statement');
  expect(post?.actors).toEqual(['ishaq-dar']);
  expect(post?.channel).toBe('social_media');
});

test('a promotion is about the person promoted, not the government that promoted them', () => {
  const events = run('On Monday the cabinet promoted Chief of the Army Staff General Asim Munir to the rank of field marshal.', '2025-05-20');
  expect(events.find((e) => e.actors.includes('asim-munir'))).toMatchObject({ type: 'statement', conflict: 'india-pakistan' });
  expect(run('The ministry promoted its new tourism campaign on Monday.', '2025-05-20').some((e) => e.type === 'statement')).toBe(false);
});

test('the short name Pakistani papers use for the prime minister is him: "PM Shehbaz met ..."', () => {
  const events = run('Earlier in the day, PM Shehbaz met President Asif Ali Zardari at the presidency.', '2025-05-20');
  expect(events.find((e) => e.type === 'meeting')?.actors).toEqual(['shehbaz-sharif', 'asif-ali-zardari']);
});

test('"together with X," makes X one of those who act', () => {
  const events = run('In Kyiv, the leaders of the European group, together with US President Donald Trump, put forward a proposal for a 20-day truce.', '2025-05-11');
  expect(events.find((e) => e.type === 'ceasefire')?.actors).toEqual(['donald-trump']);
});

test('the subject of a gerund with its object may follow a preposition; a lone "visiting" is an adjective', () => {
  const met = run('The state funeral led to Donald Trump and Volodymyr Zelenskyy having a short private meeting in the cathedral.', '2025-04-27');
  expect(met.find((e) => e.type === 'meeting')?.actors).toEqual(['donald-trump', 'volodymyr-zelenskyy']);
  const visiting = run('The talks between Vladimir Putin and visiting envoy Steve Witkoff lasted three hours.', '2025-04-25');
  expect(visiting.some((e) => e.type === 'visit' && e.actors.includes('vladimir-putin'))).toBe(false);
});

test('a state’s delegation stands for the head the article names, and one who will not attend takes no part', () => {
  const events = run(
    'Volodymyr Zelenskyy will not attend the talks with the Russian delegation in Geneva. The head of the Russian delegation, Vladimir Medinsky, said the delegation was ready.',
    '2025-05-15',
  );
  const talks = events.find((e) => e.type === 'meeting' || e.type === 'negotiation');
  expect(talks).toMatchObject({ status: 'planned', actors: ['vladimir-medinsky'] });
});

test('talks between the two sides include the heads of delegation the article names', () => {
  const events = run(
    'The two sides held direct talks in Geneva on Friday. Vladimir Medinsky, who led the Russian delegation, called them useful. Rustem Umerov, who led the Ukrainian delegation, said a swap was agreed.',
    '2025-05-16',
  );
  const talks = events.find((e) => e.type === 'negotiation');
  expect(talks?.actors).toEqual(expect.arrayContaining(['vladimir-medinsky', 'rustem-umerov']));
  expect(run('The two sides held direct talks on the war in Ukraine on Friday.', '2025-05-16').find((e) => e.type === 'negotiation')?.actors).toEqual([]);
});

test('"X, who led the Ukrainian delegation, said": X says it, not the state named inside the relative clause', () => {
  const events = run('Rustem Umerov, who led the Ukrainian delegation, said the exchange would happen soon.', '2025-05-16');
  expect(events.filter((e) => e.type === 'statement').map((e) => e.actors)).toEqual([['rustem-umerov']]);
});

test('a meeting someone aims to organise is not a meeting held', () => {
  const events = run('Rustem Umerov said Kyiv now wanted to organise a meeting between Vladimir Putin and Volodymyr Zelenskyy.', '2025-05-16');
  expect(events.some((e) => e.type === 'meeting')).toBe(false);
});

test('"is headlining talks": the envoy named in apposition leads them, not the president whose envoy he is', () => {
  const events = run('Trump’s Ukraine envoy, Keith Kellogg, is headlining talks on Ukraine in London instead.', '2025-04-23');
  expect(events.find((e) => e.type === 'negotiation')?.actors).toEqual(['keith-kellogg']);
});

test('a clause before the teller, closed by ", as" or a semicolon, tells its own event with its own date', () => {
  const events = run('The European Union on Tuesday imposed new sanctions on Russian banks over the war in Ukraine, as Donald Trump said that talks would go on.', '2025-06-12');
  const sanctions = events.find((e) => e.type === 'sanctions');
  expect(sanctions?.countries).toContain('RU');
  expect(sanctions?.date).toMatchObject({ start: '2025-06-10', end: '2025-06-10' });
  expect(events.find((e) => e.type === 'statement')?.actors).toEqual(['donald-trump']);
  // Negative: a fronted phrase is no clause of its own, so nothing besides the statement is read from it.
  const fronted = run('On Tuesday in Kyiv, Donald Trump said that talks would go on.', '2025-06-12');
  expect(fronted.map((e) => e.type)).toEqual(['statement']);
});

test('a list "A, B and C" before the verb are all its subjects; "A, B" without "and", or after "According to", is no list', () => {
  const listed = run('Vladimir Putin, Steve Witkoff and Kirill Dmitriev held talks in Moscow on Tuesday.', '2025-12-04');
  expect(listed.find((e) => e.type === 'negotiation')?.actors).toEqual(['vladimir-putin', 'steve-witkoff', 'kirill-dmitriev']);
  const titled = run('French President Emmanuel Macron, German Chancellor Friedrich Merz and British Prime Minister Keir Starmer travelled to Kyiv on Saturday.', '2025-05-12');
  expect(titled.find((e) => e.type === 'visit')?.actors).toEqual(['emmanuel-macron', 'friedrich-merz', 'keir-starmer']);
  const according = run('According to Yuri Ushakov, Vladimir Putin and Steve Witkoff held talks in Moscow on Tuesday.', '2025-12-04');
  expect(according.find((e) => e.type === 'negotiation')?.actors).toEqual(['vladimir-putin', 'steve-witkoff']);
});

test('a participle of contact after a contact tells the same sitting, and the name before it takes part in it', () => {
  const events = run('Vladimir Putin held talks on Tuesday with Steve Witkoff, the US envoy, and Kirill Dmitriev, his own envoy, negotiating with the Americans for five hours.', '2025-12-04');
  expect(events.filter((e) => e.type === 'negotiation').map((e) => e.actors)).toEqual([['vladimir-putin', 'steve-witkoff', 'kirill-dmitriev']]);
  // Negative: a contact of another subject after "but" is its own.
  const other = run('Vladimir Putin held talks on Tuesday with Steve Witkoff, but Sergey Lavrov met Marco Rubio in Vienna.', '2025-12-04');
  expect(other.filter((e) => e.type === 'negotiation' || e.type === 'meeting')).toHaveLength(2);
});

test('a fronted contact before the teller ("During a meeting with X on Wednesday, Y said") is a contact of X and Y', () => {
  const events = run('During a meeting with Mark Rutte at the White House on Wednesday, Donald Trump said new sanctions on Russia were coming.', '2025-10-23');
  expect(events.find((e) => e.type === 'meeting')).toMatchObject({ actors: ['mark-rutte', 'donald-trump'], date: { start: '2025-10-22', end: '2025-10-22' } });
  // Negative: a fronted date or place is no contact.
  expect(run('On Wednesday at the White House, Donald Trump said new sanctions on Russia were coming.', '2025-10-23').some((e) => e.type === 'meeting')).toBe(false);
});

test('an adverb after a relative clause leaves the named person the subject ("X, who led the delegation, quickly rejected")', () => {
  const events = run('Vladimir Medinsky, who led the Russian delegation, firmly rejected the proposal from Ukraine.', '2025-07-24');
  expect(events.find((e) => e.type === 'rejection')?.actors).toEqual(['vladimir-medinsky']);
});

test('"X had called Y": a call between the two, whoever reports it', () => {
  const events = run('Volodymyr Zelenskyy said that Rustem Umerov had called Vladimir Medinsky.', '2025-05-28');
  expect(events.find((e) => e.type === 'phone_call')?.actors).toEqual(['rustem-umerov', 'vladimir-medinsky']);
});

test('"Russian and Ukrainian delegations held talks": the heads the article names for them, however it names them', () => {
  const events = run(
    'Russian and Ukrainian delegations held a fourth round of talks in Geneva on Friday. The head of the Ukrainian delegation, Defence Minister Rustem Umerov, spoke after it. Vladimir Medinsky will lead the Russian delegation again.',
    '2025-08-16',
  );
  expect(events.find((e) => e.type === 'negotiation')?.actors).toEqual(['vladimir-medinsky', 'rustem-umerov']);
  // Negative: lower-case words after the head phrase are no title, and name nobody as head.
  const other = run('Russian and Ukrainian delegations held talks in Geneva on Friday. The head of the Ukrainian delegation, it seems, met Rustem Umerov later.', '2025-08-16');
  expect(other.find((e) => e.type === 'negotiation')?.actors).toEqual([]);
});

test('"at their second round of talks": the clause’s people held the talks', () => {
  const events = run('Rustem Umerov and Vladimir Medinsky agreed on a new prisoner exchange at their second round of talks in Istanbul on Monday.', '2025-06-03');
  expect(events.find((e) => e.type === 'negotiation')).toMatchObject({ actors: ['rustem-umerov', 'vladimir-medinsky'], date: { start: '2025-06-02', end: '2025-06-02' } });
  // Negative: talks that are a topic ("at talks on ...") or only hinted at are no sitting of the clause's people.
  expect(run('Rustem Umerov hinted at talks with Russia in Istanbul on Monday.', '2025-06-03').some((e) => e.type === 'negotiation')).toBe(false);
});

test('"announced a ceasefire on Saturday" announces the ceasefire, dated Saturday; "announced that ..." reports words', () => {
  const act = run('Donald Trump announced a ceasefire on Saturday between India and Pakistan.', '2025-05-11');
  expect(act.map((e) => [e.type, e.actors, e.date.start, e.date.basis])).toEqual([['ceasefire', ['donald-trump'], '2025-05-10', 'weekday-relative']]);
  const report = run('Donald Trump announced that India and Pakistan would stop firing.', '2025-05-11');
  expect(report.find((e) => e.actors.includes('donald-trump'))?.type).toBe('statement');
});

test('a title with a preposition before a name ("Minister of State for Foreign Affairs X") leaves X the subject', () => {
  const minister = run('Saudi Minister of State for Foreign Affairs Adel al-Jubeir made unannounced visits to New Delhi and Islamabad last week.', '2025-05-12');
  expect(minister.find((e) => e.type === 'visit')?.actors).toEqual(['adel-al-jubeir']);
  const envoy = run('Special Envoy for Ukraine Keith Kellogg met Volodymyr Zelenskyy in Kyiv on Friday.', '2025-05-12');
  expect(envoy.find((e) => e.type === 'meeting')?.actors.sort()).toEqual(['keith-kellogg', 'volodymyr-zelenskyy']);
  // A title after "to" is still the object of the verb before it.
  const object = run('Shehbaz Sharif spoke to Secretary of State Marco Rubio on Friday.', '2025-05-12');
  expect(object.find((e) => e.type === 'phone_call')?.actors).toEqual(['shehbaz-sharif', 'marco-rubio']);
});

test('"during" is a preposition, not a participle: "X and Y discussed Z during a phone call" is their call', () => {
  const call = (body: string) => run(body, '2025-05-14').find((e) => e.type === 'phone_call');
  expect(call('Volodymyr Zelenskyy and Emmanuel Macron discussed air defence guarantees during a phone call on Monday.')).toMatchObject({ actors: ['volodymyr-zelenskyy', 'emmanuel-macron'], date: { start: '2025-05-12', end: '2025-05-12' } });
  expect(call('Ishaq Dar and Abbas Araghchi agreed on next steps during a telephone call on Tuesday.')?.actors).toEqual(['ishaq-dar', 'abbas-araghchi']);
  expect(call('Keir Starmer and Friedrich Merz reviewed their plan for Ukraine during a video call.')?.actors).toEqual(['keir-starmer', 'friedrich-merz']);
  // Negative: a participle after a plural noun still qualifies that noun ("officials attending the talks").
  expect(run('Officials attending the talks in Riyadh said little.', '2025-05-14').some((e) => e.type === 'negotiation' || e.type === 'meeting')).toBe(false);
});

test('praising, thanking or welcoming something is a statement, dated by the day after its object; welcoming a person is hosting', () => {
  const saying = (body: string) => run(body, '2025-05-14').find((e) => e.type === 'statement');
  expect(saying('Andrii Sybiha welcomed the new round of European sanctions.')?.actors).toEqual(['andrii-sybiha']);
  expect(saying('Narendra Modi hailed the armed forces for their courage on Tuesday.')).toMatchObject({ actors: ['narendra-modi'], date: { start: '2025-05-13', end: '2025-05-13' } });
  expect(saying('Shehbaz Sharif thanked the Saudi mediators on Sunday.')?.date).toMatchObject({ start: '2025-05-11', end: '2025-05-11' });
  expect(run('Putin signed a decree on Monday ordering a three-day truce.', '2025-05-14').find((e) => e.type === 'ceasefire')?.actors).toEqual(['vladimir-putin']);
  // Negative: welcoming a person by name is hosting; a date after what was said is that happening's, not the saying's.
  expect(run('Masoud Pezeshkian welcomed Shehbaz Sharif in Tehran on Monday.', '2025-05-14').map((e) => e.type)).toEqual(['host_visit']);
  expect(saying('Narendra Modi said the army struck camps on Tuesday.')?.date.start).not.toBe('2025-05-13');
});

test('a trip "due" or "expected" ahead is a planned visit; briefing the media is a press briefing on the day after it', () => {
  const trip = run('Volodymyr Zelenskyy is due to travel to Washington next week.', '2025-05-14').find((e) => e.type === 'visit');
  expect(trip).toMatchObject({ status: 'planned', date: { start: '2025-05-19', end: '2025-05-25' } });
  expect(run('Ishaq Dar is expected to travel to Beijing on Monday.', '2025-05-14').find((e) => e.type === 'visit')?.status).toBe('planned');
  const briefing = run('Vikram Misri briefed the media on Tuesday evening.', '2025-05-14').find((e) => e.type === 'statement');
  expect(briefing).toMatchObject({ channel: 'press_briefing', date: { start: '2025-05-13', end: '2025-05-13' } });
  // Negative: travel talked about is no trip; a date after what was said is not the briefing's.
  expect(run('Ishaq Dar said travel to Beijing was costly.', '2025-05-14').some((e) => e.type === 'visit')).toBe(false);
  expect(run('Vikram Misri told reporters the army struck camps on Tuesday.', '2025-05-14').find((e) => e.type === 'statement')?.date.start).not.toBe('2025-05-13');
});

test('a news or press conference is a briefing, not a meeting; "would speak/talk with" is a plan', () => {
  const told = run('Army spokesman Ahmed Sharif Chaudhry told a news conference on Saturday that India had fired missiles at three air bases.', '2025-05-14');
  expect(told.some((e) => e.type === 'meeting')).toBe(false);
  expect(told.find((e) => e.type === 'statement')).toMatchObject({ channel: 'press_briefing', date: { start: '2025-05-10', end: '2025-05-10' } });
  expect(run('Marco Rubio told a press conference on Friday that the talks would resume.', '2025-05-14').some((e) => e.type === 'meeting')).toBe(false);
  // Negative: a summit or meeting named with its day is still a gathering.
  expect(run('Leaders of India and Pakistan attended a summit in Dushanbe on Friday.', '2025-05-14').some((e) => e.type === 'meeting')).toBe(true);
  expect(run('Vladimir Putin said he would talk to Donald Trump again soon.', '2025-05-14').find((e) => e.type === 'phone_call')?.status).toBe('planned');
  expect(run('Vladimir Putin talked to Donald Trump on Monday.', '2025-05-14').find((e) => e.type === 'phone_call')?.status).toBe('occurred');
});

test('"X, who met Y on Saturday, said ...": X says it, X and Y met on Saturday, and the saying is not dated by the meeting', () => {
  const events = run('Volodymyr Zelenskyy, who met Donald Trump in the Vatican on Saturday, said Putin should stop the strikes.', '2025-05-14');
  expect(events.find((e) => e.type === 'statement')?.actors).toEqual(['volodymyr-zelenskyy']);
  expect(events.find((e) => e.type === 'statement')?.date.start).not.toBe('2025-05-10');
  expect(events.find((e) => e.type === 'meeting')).toMatchObject({ actors: ['volodymyr-zelenskyy', 'donald-trump'], date: { start: '2025-05-10', end: '2025-05-10' } });
  const dar = run('Ishaq Dar, who spoke to Marco Rubio on Friday, said Pakistan wanted calm.', '2025-05-14');
  expect(dar.find((e) => e.type === 'statement')?.actors).toEqual(['ishaq-dar']);
  // Negative: with no relative clause, the person named last before the verb still says it.
  expect(run('Marco Rubio said on Friday that India and Pakistan wanted calm.', '2025-05-14').find((e) => e.type === 'statement')?.actors).toEqual(['marco-rubio']);
});

test('", and X said" after a clause with its own verb is X\'s saying, with its own date', () => {
  const saying = (body: string) => run(body, '2025-05-14').find((e) => e.type === 'statement');
  expect(saying('Ishaq Dar visited Kabul, and Marco Rubio said on Friday that India and Pakistan wanted calm.')).toMatchObject({ actors: ['marco-rubio'], date: { start: '2025-05-09', end: '2025-05-09' } });
  expect(saying('Ishaq Dar met Marco Rubio, and Wang Yi said on Friday that India and Pakistan wanted calm.')?.actors).toEqual(['wang-yi']);
  // Negative: people joined by "and" with no verb between still act together.
  expect(run('Ishaq Dar and Marco Rubio spoke by phone on Friday.', '2025-05-14').find((e) => e.type === 'phone_call')?.actors).toEqual(['ishaq-dar', 'marco-rubio']);
});

test('a participle after a comma is the act of the clause\'s subject, not of the people named before it', () => {
  // Whatever the participle's verb, nobody named as an object acts in it.
  for (const body of [
    'Marco Rubio called Ishaq Dar and S. Jaishankar on Tuesday, urging both to pull back.',
    'Marco Rubio called Ishaq Dar and S. Jaishankar on Tuesday, and urging both to pull back.',
    'Emmanuel Macron met Volodymyr Zelenskyy in Paris, accusing Russia of stalling.',
    'Keir Starmer spoke with Donald Trump, warning that Russia was playing for time.',
  ]) {
    const events = run(body, '2025-05-14');
    const speech = events.filter((e) => e.type !== 'phone_call' && e.type !== 'meeting');
    for (const e of speech) expect(e.actors.slice(0, 1), body).toEqual([events[0]?.actors[0]]);
    expect(events.every((e) => e.actors[0] === events[0]?.actors[0]), body).toBe(true);
  }
  // A subject of its own between the comma and the verb keeps its act ("..., with Lavrov saying").
  const own = run('Vladimir Putin met Steve Witkoff in St Petersburg on Friday, and Sergei Lavrov accused Kyiv of stalling.', '2025-04-14');
  expect(own.find((e) => e.type === 'accusation')?.actors).toEqual(['sergey-lavrov']);
});
