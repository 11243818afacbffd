import { expect, test } from 'vitest';
import type { Person } from '../../src/shared/schema';
import { readArticle } from '../ingest/read-article';
import { loadGazetteer } from '../people/gazetteer';
import { analyseArticle } from '../run-pipeline';
import { extractEvents } from './extract-events';

/** Who acts in a clause: sentences written for these tests, run through the real stages and the real gazetteer. */
const people: Person[] = loadGazetteer('data/gazetteer');
const byId = new Map(people.map((p) => [p.id, p]));

function eventsOf(body: string, published = '2025-05-14') {
  const article = readArticle('t.md', `---\ntitle: t\npublished: ${published}\n---\n${body}`);
  const events = extractEvents(analyseArticle(article, people), byId);
  for (const e of events) for (const s of e.sources) expect(article.body.slice(s.start, s.end)).toBe(s.excerpt);
  return events;
}

test('a plural office of two named states is both holders on the day ("the DGMOs of India and Pakistan")', () => {
  const events = eventsOf('The DGMOs of India and Pakistan held another round of talks on Tuesday.');
  const talks = events.find((e) => e.type === 'negotiation');
  expect(talks?.actors.sort()).toEqual(['kashif-abdullah', 'rajiv-ghai']);
  expect(talks?.date).toMatchObject({ start: '2025-05-13', precision: 'day' });
});

test('"a round of talks" is the talks, not their topic', () => {
  const events = eventsOf('India and Pakistan stepped back. On Monday the DGMOs of both countries held a second round of talks over the hotline.');
  expect(events.find((e) => e.type === 'phone_call')?.actors.sort()).toEqual(['kashif-abdullah', 'rajiv-ghai']);
});

test('"of both countries" names the two states the article is about', () => {
  const events = eventsOf('India and Pakistan traded fire for days. On Monday the director generals of military operations of both countries spoke over the hotline.');
  expect(events.find((e) => e.type === 'phone_call')?.actors.sort()).toEqual(['kashif-abdullah', 'rajiv-ghai']);
});

test('two people joined by "and" before the verb act together; a possessive is no participant', () => {
  const events = eventsOf('Secretary of State Marco Rubio and Steve Witkoff pulled out of the London talks on Ukraine on Tuesday.', '2025-04-23');
  expect(events.find((e) => e.type === 'rejection')?.actors).toEqual(['marco-rubio', 'steve-witkoff']);
});

test('a sentence that reports two acts gives both, each with its own subject', () => {
  const events = eventsOf('Steve Witkoff wrapped up talks with Vladimir Putin on Friday, after Donald Trump urged his Russian counterpart to move faster.', '2025-04-11');
  // The appeal is Trump's, not Witkoff's; whom he urged (his counterpart, Putin) takes part in it.
  expect(events.find((e) => e.type === 'appeal')?.actors).toEqual(['donald-trump', 'vladimir-putin']);
  expect(events.some((e) => e.type === 'negotiation' && e.actors.includes('vladimir-putin'))).toBe(true);
});

test('a state, both parties, or an institution can be the subject; a talk "between" two people needs none', () => {
  const events = eventsOf('The two sides met in Geneva last week. Islamabad denied any role in the blast. The UN Security Council held closed consultations on the India-Pakistan crisis. Talks between Vladimir Putin and Steve Witkoff lasted five hours.');
  // Both parties, and the state where they met (Geneva: Switzerland), as a venue is for any contact.
  expect(events.find((e) => e.type === 'meeting' && e.sources[0]?.excerpt.startsWith('The two sides'))?.countries.sort()).toEqual(['CH', 'IN', 'PK']);
  expect(events.find((e) => e.type === 'rejection')?.countries).toEqual(['PK']);
  expect(events.find((e) => e.sources[0]?.excerpt.includes('Security Council'))?.type).toBe('meeting');
  expect(events.find((e) => e.actors.includes('vladimir-putin'))?.actors.sort()).toEqual(['steve-witkoff', 'vladimir-putin']);
});

test('what could happen, what did not and what is only wanted are no events; a visit called off is a rejection (rule "a plan called off", round x18)', () => {
  const events = eventsOf('The Kremlin could reject the offer. Vladimir Putin did not attend the talks. Narendra Modi postponed his visit to Moscow. Marco Rubio expressed support for direct dialogue between India and Pakistan.');
  expect(events.map((e) => e.type)).toEqual(['rejection', 'statement']);
});

test('a verb joined by "and" to the one before shares its subject, whoever is named between them', () => {
  const events = eventsOf('On Friday, Marco Rubio talked to Pakistan’s prime minister Shehbaz Sharif and requested an end to the shelling.', '2025-05-10');
  expect(events.find((e) => e.type === 'appeal')?.actors).toEqual(['marco-rubio']);
});

test('a massacre pinned down by place and time is a terrorist attack; one only referred to is none', () => {
  const dated = eventsOf('Tensions rose after the massacre of pilgrims in Jammu last month.');
  expect(dated.find((e) => e.type === 'terrorist_attack')).toMatchObject({ conflict: 'india-pakistan', status: 'occurred' });
  expect(eventsOf('Officials spoke of a massacre.').some((e) => e.type === 'terrorist_attack')).toBe(false);
});

test('rule "unnamed subject": a noun phrase after the last comma before a verb is its subject, not a person named earlier', () => {
  const events = eventsOf('Asim Munir met Mohammed bin Salman in Riyadh on Tuesday, the army’s media wing said.');
  expect(events.find((e) => e.type === 'meeting')?.actors).toEqual(['asim-munir', 'mohammed-bin-salman']);
  expect(events.some((e) => e.type === 'statement' && e.actors.length > 0)).toBe(false);
  const plural = eventsOf('The foreign ministers of India and Pakistan have not spoken since the strikes, officials said.');
  expect(plural.flatMap((e) => e.actors)).toEqual([]);
  // Negative: an appositive closed by its comma leaves the person as the subject.
  const appositive = eventsOf('Dmitry Peskov, the Kremlin spokesman, said on Monday that Russia was ready for talks with Ukraine.');
  expect(appositive.find((e) => e.type === 'statement')?.actors).toEqual(['dmitry-peskov']);
});

test('rule "in a call": a call framing its clause is between the people the clause names, and a fronted phrase is no reported clause', () => {
  const told = eventsOf('In a call on Friday, Marco Rubio told Ishaq Dar that India and Pakistan must resume talks.', '2025-05-24');
  expect(told.find((e) => e.type === 'phone_call')).toMatchObject({ actors: ['marco-rubio', 'ishaq-dar'], date: { start: '2025-05-23' } });
  const urged = eventsOf('In a phone call on Friday, Marco Rubio urged Ishaq Dar to keep the ceasefire with India.', '2025-05-24');
  expect(urged.map((e) => e.type).sort()).toEqual(['appeal', 'phone_call']);
  // Negative: a speech is no call.
  expect(eventsOf('In a speech on Friday, Marco Rubio urged Ishaq Dar to keep the ceasefire with India.', '2025-05-24').map((e) => e.type)).toEqual(['appeal']);
});

test('rule "reduced relative": an "-ing" form after a plural noun is what unnamed people did, not the named subject\'s act', () => {
  const events = eventsOf('Vladimir Putin proposed talks with Ukraine on Saturday, hours after European leaders visiting Kyiv demanded a ceasefire.', '2025-05-11');
  expect(events.some((e) => e.type === 'visit')).toBe(false);
  // Nor is the state after "visiting" the subject, nor the person before "after" the one who demanded.
  expect(events.some((e) => e.type === 'demand' && (e.actors.length > 0 || e.countries.includes('UA')))).toBe(false);
  // Negative: an "-ing" verb of the clause, and an "-ing" noun after an adjective, are events.
  expect(eventsOf('Emmanuel Macron is visiting Kyiv with the German chancellor this week.', '2025-05-11').map((e) => e.type)).toContain('visit');
  expect(eventsOf('Volodymyr Zelenskyy had a tense meeting with Donald Trump on Friday.', '2025-05-11').find((e) => e.type === 'meeting')?.actors).toEqual(['volodymyr-zelenskyy', 'donald-trump']);
});

test('the subject of a verb is looked for before its own clause only across a closed phrase or a relative pronoun', () => {
  const after = eventsOf('Vladimir Putin, after the talks in Istanbul, said Russia wanted a lasting peace with Ukraine.', '2025-05-17');
  expect(after.find((e) => e.type === 'statement')?.actors).toEqual(['vladimir-putin']);
  const relative = eventsOf('Narendra Modi, who cut short a visit to Saudi Arabia over the Pahalgam attack, chaired a meeting on Wednesday.', '2025-04-24');
  expect(relative.find((e) => e.type === 'visit')?.actors).toEqual(['narendra-modi']);
});

test('a relative clause holding a list still stands between a speaker and the verb', () => {
  const events = eventsOf('Emmanuel Macron, who travelled to Kyiv with the leaders of Germany, Britain and Poland, told reporters that Russia was stalling.', '2025-05-11');
  expect(events.find((e) => e.type === 'statement')?.actors).toEqual(['emmanuel-macron']);
  expect(events.flatMap((e) => e.countries)).not.toContain('PL');
});

test('a call told after its people ("X told Y in a phone call") is between them too', () => {
  const events = eventsOf('Recep Tayyip Erdogan told Emmanuel Macron in a phone call on Sunday that Turkey was ready to host talks between Russia and Ukraine.', '2025-05-17');
  expect(events.find((e) => e.type === 'phone_call')?.actors.sort()).toEqual(['emmanuel-macron', 'recep-tayyip-erdogan']);
  expect(events.some((e) => e.type === 'negotiation')).toBe(false);
});

test('rule "teller goes on": "X said that ..., and urged Y" is X\'s one act of speaking, on the day X spoke', () => {
  const events = eventsOf('Kyrylo Budanov said on Thursday that Russia was massing troops near Sumy, and urged allies to send more air defence to Ukraine.', '2025-05-24');
  expect(events.map((e) => [e.type, e.actors, e.date.start])).toEqual([['appeal', ['kyrylo-budanov'], '2025-05-22']]);
  // Negative: a verb inside what was said, joined without a comma, is the reported subject's, and the saying stays.
  const inside = eventsOf('Kyrylo Budanov said on Thursday that Russia was massing troops and had shelled Sumy overnight.', '2025-05-24');
  expect(inside.some((e) => e.type === 'statement' && e.actors.includes('kyrylo-budanov'))).toBe(true);
  expect(inside.some((e) => e.type === 'appeal')).toBe(false);
});

test('rule "shared state subject": a verb joined by "and" to one whose subject was a state or institution shares it', () => {
  const events = eventsOf('The Kremlin said it was too early to plan a summit, and accused Kyiv of attacking bridges in Bryansk.', '2025-06-02');
  const accusation = events.find((e) => e.type === 'accusation');
  expect(accusation?.countries).toEqual(expect.arrayContaining(['RU', 'UA']));
  // Negative: after a verb whose subject is a person, the state stays out of it.
  const person = eventsOf('Dmitry Peskov said it was too early to plan a summit, and accused Kyiv of attacking bridges in Bryansk.', '2025-06-02');
  expect(person.find((e) => e.type === 'accusation')?.actors).toEqual(['dmitry-peskov']);
});

test('rule "teller relative": "X, who travelled to Kyiv on Saturday, told reporters" tells X\'s visit, dated by its own words', () => {
  const events = eventsOf('Emmanuel Macron, who travelled to Kyiv on Saturday, told reporters that Russia was stalling.', '2025-05-17');
  expect(events.find((e) => e.type === 'visit')).toMatchObject({ actors: ['emmanuel-macron'], place: 'Kyiv', date: { start: '2025-05-17' } });
  // The saying is not dated by the visit's words.
  expect(events.find((e) => e.type === 'statement')?.date.evidence).toBeNull();
  // Negative: a relative clause after another word than the teller's name is not read ("the envoy, who ...").
  const other = eventsOf('The French envoy, who travelled to Kyiv on Saturday, told reporters that Russia was stalling.', '2025-05-17');
  expect(other.some((e) => e.type === 'visit' && e.actors.length > 0)).toBe(false);
});
