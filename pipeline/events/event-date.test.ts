import { describe, expect, test } from 'vitest';
import type { Person } from '../../src/shared/schema';
import { readArticle } from '../ingest/read-article';
import { loadGazetteer } from '../people/gazetteer';
import { analyseArticle } from '../run-pipeline';
import { extractEvents } from './extract-events';

/** The real gazetteer: the officials these sentences name are all in it. */
const people: Person[] = loadGazetteer('data/gazetteer');
const byId = new Map(people.map((p) => [p.id, p]));

function eventsOf(body: string, published: string) {
  const article = readArticle('dating.md', `---\ntitle: t\npublished: ${published}\n---\n${body}`);
  return extractEvents(analyseArticle(article, people), byId);
}
const span = (e: { date: { start: string; end: string } } | undefined) => (e ? `${e.date.start}…${e.date.end}` : 'none');

describe('attacks a story of one war tells without naming a state', () => {
  test('are between the war’s parties, dated by their own words or by a date set before their clause', () => {
    const shelling = eventsOf('Russia and Ukraine had agreed to a truce for Easter. Volodymyr Zelensky said his commanders had logged hundreds of instances of shelling yesterday evening.', '2025-04-20');
    expect(shelling.find((e) => e.type === 'military_action')).toMatchObject({ countries: ['RU', 'UA'], date: { start: '2025-04-19', end: '2025-04-19' } });
    const fronted = eventsOf('Russia and Ukraine had agreed to a truce for Easter. Early today, 59 instances of shelling hit villages along the front.', '2025-04-20');
    expect(fronted.find((e) => e.type === 'military_action')?.date).toMatchObject({ start: '2025-04-20', end: '2025-04-20' });
  });
  test('negative: with no date, place or attacker an attack noun pins down no incident', () => {
    const vague = eventsOf('Russia and Ukraine had agreed to a truce for Easter. Later, the army reported 59 instances of shelling along the front.', '2025-04-20');
    expect(vague.some((e) => e.type === 'military_action')).toBe(false);
  });
});

describe('"hours before" a dated act is that day', () => {
  test('"X, hours before heading to church late yesterday, announced a truce": the truce is of yesterday', () => {
    const events = eventsOf('Vladimir Putin, hours before heading to a church service late yesterday, announced a one-day truce in Ukraine.', '2025-04-20');
    expect(events.find((e) => e.type === 'ceasefire')?.date).toMatchObject({ start: '2025-04-19', end: '2025-04-19' });
    // Negative: a plain "before" clause dates only its own act.
    const plain = eventsOf('Vladimir Putin, before heading to a church service late yesterday, announced a one-day truce in Ukraine.', '2025-04-20');
    expect(plain.find((e) => e.type === 'ceasefire')?.date.start).not.toBe('2025-04-19');
  });
});

describe('"hours after" a dated act runs on past midnight', () => {
  test('an act some hours after a day already past is that day or the next, and not beyond the report', () => {
    // Tuesday 1 July; the paper appears on Sunday 6 July.
    const strike = eventsOf('Russian forces fired missiles at Kharkiv hours after Putin spoke with Erdogan on Tuesday.', '2025-07-06');
    expect(strike.find((e) => e.type === 'military_action')?.date).toMatchObject({ start: '2025-07-01', end: '2025-07-02', precision: 'approximate' });
    // A date that names the thing the act came hours after ("the ceasefire call on Tuesday") dates it the same way.
    const named = eventsOf('Ukraine accused Russia of breaking the truce hours after the ceasefire call on Tuesday.', '2025-07-06');
    expect(named.find((e) => e.type === 'accusation')?.date).toMatchObject({ start: '2025-07-01', end: '2025-07-02', precision: 'approximate' });
    // "hours before": that day or the one before.
    const before = eventsOf('Russia shelled the port of Odesa hours before the talks in Istanbul on Friday.', '2025-07-06');
    expect(before.find((e) => e.type === 'military_action')?.date).toMatchObject({ start: '2025-07-03', end: '2025-07-04', precision: 'approximate' });
    // Told in the paper of that very day, the next day is still ahead: the act is of the report's day.
    const sameDay = eventsOf('Russian forces fired missiles at Kharkiv hours after Putin spoke with Erdogan on Sunday.', '2025-07-06');
    expect(sameDay.find((e) => e.type === 'military_action')?.date).toMatchObject({ start: '2025-07-06', end: '2025-07-06' });
    // Negative: an act whose own date comes first keeps that day ("on Wednesday, hours after ...").
    const own = eventsOf('Russian forces fired missiles at Kharkiv on Wednesday, hours after the talks ended.', '2025-07-06');
    expect(own.find((e) => e.type === 'military_action')?.date).toMatchObject({ start: '2025-07-02', end: '2025-07-02' });
  });
});

describe('what an accusation charges is done by its day, not on it', () => {
  test('"on Friday accused X of launching strikes": the strikes lie in the week up to Friday, the accusation on Friday', () => {
    const events = eventsOf('Pakistan on Friday accused India of launching missile strikes on its air bases.', '2025-06-02');
    expect(events.find((e) => e.type === 'accusation')?.date).toMatchObject({ start: '2025-05-30', end: '2025-05-30', precision: 'day' });
    expect(events.find((e) => e.type === 'military_action')?.date).toMatchObject({ start: '2025-05-23', end: '2025-05-30', precision: 'approximate' });
  });
  test('negative: an act of the accuser after the charge keeps the date ("accused X and on Friday launched strikes")', () => {
    const events = eventsOf('India accused Pakistan of lying and on Friday launched missile strikes on its air bases.', '2025-06-02');
    expect(events.find((e) => e.type === 'military_action')?.date).toMatchObject({ start: '2025-05-30', end: '2025-05-30' });
  });
});

describe('an act told as what led to a dated one ("X on DATE after Y did Z") came on that date or before it', () => {
  test('a day: the week up to it; a month: that month', () => {
    const day = eventsOf('Peace talks in Geneva collapsed on Wednesday after Kyiv rejected the proposal.', '2025-11-14');
    expect(day.find((e) => e.type === 'rejection')?.date).toMatchObject({ start: '2025-11-05', end: '2025-11-12', precision: 'approximate' });
    const month = eventsOf('The ministers could not agree on a joint text in June after India refused to sign the draft.', '2025-11-14');
    expect(month.find((e) => e.type === 'rejection')?.date).toMatchObject({ start: '2025-06-01', end: '2025-06-30' });
  });
  test('negative: a count before "after" says how long before, and is counted ("two days after")', () => {
    const counted = eventsOf('Peace talks in Geneva collapsed on Wednesday, two days after Kyiv rejected the proposal.', '2025-11-14');
    expect(counted.find((e) => e.type === 'rejection')?.date).toMatchObject({ start: '2025-11-10', end: '2025-11-10' });
  });
  test('negative: an "after" clause beyond another clause of the date is no cause of the dated act', () => {
    const apart = eventsOf('The talks in Geneva ended in October with no deal, and the envoys left after Kyiv rejected the plan.', '2025-11-14');
    expect(apart.find((e) => e.type === 'rejection')?.date.start).not.toBe('2025-10-01');
  });
});

describe('a reporting clause dates the saying, never what it reports', () => {
  test('a time of day before the saying\'s weekday ("told the envoy late on Tuesday that") still dates the saying', () => {
    const events = eventsOf('The Pakistani prime minister told the Chinese envoy late on Tuesday that his country wanted peace.', '2025-06-18');
    expect(events.find((e) => e.type === 'statement')?.date).toMatchObject({ start: '2025-06-17', end: '2025-06-17', precision: 'day' });
  });

  test('a date set off by commas between the teller and the verb ("X, on March 2, said") dates the saying', () => {
    const aside = eventsOf('Sergey Lavrov, on March 2, said that Moscow wanted a lasting settlement.', '2025-03-10');
    expect(aside.find((e) => e.type === 'statement')?.date).toMatchObject({ start: '2025-03-02', end: '2025-03-02', precision: 'day' });
    const hour = eventsOf('Volodymyr Zelensky, late on Sunday, said his army had held the line.', '2025-03-11');
    expect(hour.find((e) => e.type === 'statement')?.date).toMatchObject({ start: '2025-03-09', end: '2025-03-09' });
  });

  test('negative: a date in a relative clause about the teller is that clause\'s, not the saying\'s', () => {
    const relative = eventsOf('Sergey Lavrov, who met Marco Rubio on March 2, said that Moscow wanted a lasting settlement.', '2025-03-10');
    expect(relative.find((e) => e.type === 'statement')?.date.precision).toBe('approximate');
  });

  test('the telling is past even when what it tells lies ahead ("the talks will take place ..., the minister said")', () => {
    const events = eventsOf('The third round of talks between Russia and Ukraine will take place in Geneva on July 9, Sergey Lavrov said.', '2025-07-01');
    expect(events.find((e) => e.type === 'statement')).toMatchObject({ status: 'occurred', actors: ['sergey-lavrov'] });
    expect(events.find((e) => e.type === 'negotiation')).toMatchObject({ status: 'planned', date: { start: '2025-07-09', end: '2025-07-09' } });
    const quoted = eventsOf('"We will answer every shell with a shell," Volodymyr Zelensky said.', '2025-04-20');
    expect(quoted.find((e) => e.type === 'statement')?.status).toBe('occurred');
    // "said he would meet X": a contact still ahead when it was told is planned, never a meeting in the past.
    const would = eventsOf('Donald Trump said on Thursday that he would meet Vladimir Putin in Budapest to end the war in Ukraine.', '2025-10-17');
    expect(would.find((e) => e.type === 'meeting')?.status).toBe('planned');
    expect(eventsOf('Donald Trump said on Thursday that he met Vladimir Putin in Budapest to end the war in Ukraine.', '2025-10-17').find((e) => e.type === 'meeting')?.status).toBe('occurred');
    // A quotation, then its speaker and a participle: the quotation's "two months ago" is not when it was said.
    const stern = eventsOf('"We should have had a deal with Russia two months ago," Donald Trump said in a stern tone, underscoring his change of mood.', '2025-07-14');
    expect(stern.find((e) => e.type === 'statement')?.date).toMatchObject({ start: '2025-07-07', end: '2025-07-14', basis: 'publication' });
    // A speaker after a dash, past a full stop inside the reported words: the report still starts at the dash.
    const dashed = eventsOf('Our team will study the Russian text this week, and after that we will decide. - said Rustem Umerov.', '2025-06-02');
    expect(dashed.find((e) => e.type === 'statement')).toMatchObject({ status: 'occurred', actors: ['rustem-umerov'] });
  });

  test('a date inside the reported words is not the date of the statement', () => {
    const events = eventsOf('Vladimir Putin said that he would be ready for talks in Istanbul on Thursday 15 May.', '2025-05-11');
    const statement = events.find((e) => e.type === 'statement' && e.actors.includes('vladimir-putin'));
    expect(statement?.date.basis).toBe('publication');
    expect(span(statement)).toBe('2025-05-04…2025-05-11');
  });

  test('a date right after the verb of saying, or after where it was said, is the saying\'s', () => {
    const wrote = eventsOf('Volodymyr Zelensky wrote on Telegram on Sunday that the fighting had not stopped.', '2025-04-22');
    expect(span(wrote.find((e) => e.type === 'statement'))).toBe('2025-04-20…2025-04-20');
    // An hour is a setting too ("will address the nation at 8 pm tonight").
    const address = eventsOf('The prime minister Narendra Modi will address the nation at 8 pm tonight.', '2025-05-12');
    expect(span(address.find((e) => e.type === 'statement'))).toBe('2025-05-12…2025-05-12');
  });

  test('undated, the reported happening took place in the week up to its report', () => {
    const events = eventsOf('Donald Trump announced on Saturday that India and Pakistan had agreed to a full ceasefire.', '2025-05-11');
    expect(events.find((e) => e.type === 'ceasefire')?.date).toMatchObject({ start: '2025-05-03', end: '2025-05-10', precision: 'approximate', basis: 'inherited' });
    // Ongoing when it was told: the week up to the telling holds it, the telling's day alone need not.
    const cut = eventsOf('Volodymyr Zelensky said earlier Friday that he was ending a visit to Poland early because of Russian strikes.', '2025-04-26');
    expect(span(cut.find((e) => e.type === 'visit'))).toBe('2025-04-18…2025-04-25');
  });

  test('a date after whom and where it was told is the telling\'s, not the reported happening\'s', () => {
    const told = eventsOf('Donald Trump told journalists at the White House on Tuesday that Russia had agreed to talks with Ukraine.', '2025-04-24');
    expect(span(told.find((e) => e.type === 'statement' && e.actors.includes('donald-trump')))).toBe('2025-04-22…2025-04-22');
    const posted = eventsOf('Donald Trump posted on his Truth Social account Sunday that Russia and Ukraine had finished the exchange.', '2025-05-20');
    expect(span(posted.find((e) => e.type === 'statement'))).toBe('2025-05-18…2025-05-18');
  });

  test('after a verb of saying, a date in what was said is not the saying\'s ("said the army shelled villages last night")', () => {
    const events = eventsOf('The Indian defence ministry said the Pakistani military attacked last night, hitting several towns.', '2025-05-09');
    expect(events.find((e) => e.type === 'statement')?.date.basis).toBe('publication');
  });
});

describe('background dates do not date the main event', () => {
  test('a date before a clause opener ("after", "when") belongs to the clause before it, not to the verb the opener begins', () => {
    const events = eventsOf("Pakistan's security council will meet today after India suspended the Indus Waters Treaty.", '2025-05-09');
    expect(events.find((e) => e.type === 'meeting')?.date.start).toBe('2025-05-09');
    // What led to the meeting came today or in the days before it, not on the meeting's day alone.
    expect(events.find((e) => e.type === 'reduce_relations')?.date).toMatchObject({ start: '2025-05-02', end: '2025-05-09', precision: 'approximate' });
  });

  test('a date in a leading "after" clause is the earliest day of the verb after it', () => {
    const events = eventsOf('After his talks with Donald Trump on Saturday, Volodymyr Zelensky wrote on X that Russia must accept a ceasefire.', '2025-04-28');
    expect(events.find((e) => e.type === 'statement')?.date).toMatchObject({ start: '2025-04-26', end: '2025-04-28', precision: 'approximate' });
    const relative = eventsOf('Marco Rubio, who had met Sergey Lavrov on Friday, condemned the Russian strikes on Kyiv.', '2025-04-28');
    expect(relative.find((e) => e.type === 'condemnation')?.date.basis).toBe('publication');
  });

  test('a date in a clause of its own after the verb ("after they had spoken in February") is that clause\'s', () => {
    const met = eventsOf('Marco Rubio met Sergey Lavrov in Riyadh after the two had spoken by phone in February.', '2025-03-14');
    // Not the after clause's February: the meeting in Riyadh told in March is the known talks of 18 February (known-events).
    expect(met.find((e) => e.type === 'meeting')?.date).toMatchObject({ start: '2025-02-18', end: '2025-02-18', precision: 'day' });
    const urged = eventsOf('Donald Trump urged Russia to stop the war, which began in February.', '2025-04-27');
    expect(urged.find((e) => e.type === 'appeal')?.date.basis).toBe('publication');
    const plain = eventsOf('Marco Rubio met Sergey Lavrov in Riyadh in February.', '2025-03-14');
    expect(span(plain.find((e) => e.type === 'meeting'))).toBe('2025-02-01…2025-02-28');
  });

  test('"since February" is where a span begins, not when the verb happened', () => {
    const events = eventsOf('Dmitry Peskov said talks have stalled since February.', '2025-04-11');
    expect(events.find((e) => e.actors.includes('dmitry-peskov'))?.date.basis).toBe('publication');
  });

  test('a clause counted in days from the date before it ("on Thursday, the day after he had called X") is that many days off it', () => {
    const calls = eventsOf('Marco Rubio spoke to Ishaq Dar on Thursday, the day after he had called S. Jaishankar.', '2025-05-16');
    expect(span(calls.find((e) => e.actors.includes('ishaq-dar')))).toBe('2025-05-15…2025-05-15');
    expect(span(calls.find((e) => e.actors.includes('s-jaishankar')))).toBe('2025-05-14…2025-05-14');
    const before = eventsOf('Sergey Lavrov met Hakan Fidan on Monday, two days before Rustem Umerov and Vladimir Medinsky held talks in Istanbul.', '2025-05-23');
    expect(span(before.find((e) => e.type === 'negotiation'))).toBe('2025-05-21…2025-05-21');
    // Not counted: a clause with no count of days keeps the rule for clauses of their own.
    const plain = eventsOf('Marco Rubio spoke to Ishaq Dar on Thursday, after he had called S. Jaishankar.', '2025-05-16');
    expect(span(plain.find((e) => e.actors.includes('s-jaishankar')))).not.toBe('2025-05-14…2025-05-14');
  });

  test('a date before "and" and a verb is that verb\'s only when it has none of its own ("arrived late Wednesday and met X on Thursday")', () => {
    const trip = eventsOf('Adel al-Jubeir arrived in New Delhi late Wednesday and met S. Jaishankar on Thursday morning.', '2025-05-09');
    expect(span(trip.find((e) => e.type === 'visit'))).toBe('2025-05-07…2025-05-07');
    expect(span(trip.find((e) => e.type === 'meeting'))).toBe('2025-05-08…2025-05-08');
    const same = eventsOf('Adel al-Jubeir arrived in New Delhi on Wednesday and met S. Jaishankar.', '2025-05-09');
    expect(span(same.find((e) => e.type === 'meeting'))).toBe('2025-05-07…2025-05-07');
  });

  test('"hours after" ties the event to the date that follows: that day, or the next as hours run past midnight', () => {
    const events = eventsOf('India accused Pakistan of violating the truce hours after it began on Saturday evening.', '2025-05-11');
    expect(span(events.find((e) => e.type === 'accusation'))).toBe('2025-05-10…2025-05-11');
  });
});

describe('an event is never dated against its article', () => {
  test('an event whose own date words lie ahead, told in no past tense, is planned ("a meeting is expected in the coming days")', () => {
    const events = eventsOf('Officials in Paris said a further meeting on Ukraine is expected in Berlin in the coming days.', '2025-04-18');
    expect(events.find((e) => e.type === 'meeting')).toMatchObject({ status: 'planned', date: { start: '2025-04-19', end: '2025-05-02' } });
  });

  test('an occurred event whose only date is after publication falls back to the week before it', () => {
    const events = eventsOf('Sergey Lavrov met Hakan Fidan on May 20.', '2025-05-12');
    const meeting = events.find((e) => e.type === 'meeting');
    expect(meeting?.status).toBe('occurred');
    expect(span(meeting)).toBe('2025-05-05…2025-05-12');
  });

  test('a date years back that the text gives without a year ("three years ago") dates no event', () => {
    const events = eventsOf('Vladimir Putin condemned the sanctions imposed three years ago.', '2025-04-20');
    const condemnation = events.find((e) => e.type === 'condemnation');
    expect(condemnation?.date.start.slice(0, 4)).toBe('2025');
  });
});

describe('an incident takes the date words that are its own', () => {
  test('a date before the incident noun, across a clause word, is the saying\'s ("said on Friday that missile strikes hit")', () => {
    const events = eventsOf('The Ukrainian defence ministry said on Friday that Russian missile strikes hit Odesa.', '2025-05-07');
    // Not Friday itself: the strikes came by the time the ministry told of them, in the week up to its Friday telling.
    expect(events.find((e) => e.type === 'military_action')?.date).toMatchObject({ start: '2025-04-25', end: '2025-05-02', basis: 'inherited' });
    const own = eventsOf('Friday’s Russian missile strikes hit Odesa, the Ukrainian defence ministry said.', '2025-05-07');
    expect(span(own.find((e) => e.type === 'military_action'))).toBe('2025-05-02…2025-05-02');
  });

  test('a date after the incident noun and its complements ("the massacre of villagers in Kashmir last month")', () => {
    const events = eventsOf('Pakistan denied any role in the massacre of villagers in Kashmir last month.', '2025-05-07');
    expect(span(events.find((e) => e.type === 'terrorist_attack'))).toBe('2025-04-01…2025-04-30');
  });
});

describe('what a past act proposes to start later is not the act\'s date', () => {
  test('"proposed a ceasefire starting Monday": the proposal was made before the report, undated', () => {
    // Published on a Sunday: Monday is the day after, when the truce would begin; the proposal came before.
    const starting = eventsOf('Volodymyr Zelensky proposed a 30-day ceasefire with Russia starting Monday.', '2025-06-08');
    expect(starting.find((e) => e.type === 'ceasefire')).toMatchObject({ status: 'occurred', date: { start: '2025-06-01', end: '2025-06-08', basis: 'publication' } });
  });

  test('"proposed a ceasefire on Monday" dates the proposal itself', () => {
    const on = eventsOf('Volodymyr Zelensky proposed a 30-day ceasefire with Russia on Monday.', '2025-06-08');
    expect(span(on.find((e) => e.type === 'ceasefire'))).toBe('2025-06-02…2025-06-02');
  });
});

describe('a plan with no date words lies ahead of its report', () => {
  test('"will meet" undated is the month from publication (rule plan-month-ahead), not the week before it', () => {
    const planned = eventsOf('Sergei Lavrov will meet Marco Rubio in Riyadh.', '2025-06-08');
    expect(planned.find((e) => e.type === 'meeting')).toMatchObject({ status: 'planned', date: { start: '2025-06-08', end: '2025-07-08', basis: 'publication' } });
    // "to begin at once" says nothing of a day either: the same month ahead.
    const atOnce = eventsOf('Ukraine and Russia are to begin talks at once in Doha.', '2025-06-08');
    expect(atOnce.find((e) => e.type === 'negotiation')).toMatchObject({ status: 'planned', date: { start: '2025-06-08', end: '2025-07-08' } });
  });

  test('"met" undated stays the week up to publication', () => {
    const met = eventsOf('Sergei Lavrov met Marco Rubio in Riyadh.', '2025-06-08');
    expect(met.find((e) => e.type === 'meeting')).toMatchObject({ status: 'occurred', date: { start: '2025-06-01', end: '2025-06-08', basis: 'publication' } });
  });
});

describe('a later definite reference dates an incident told undated', () => {
  const told = "Pakistan condemned India's airstrikes on Pakistani territory.\n\n";
  const strikes = (body: string) => eventsOf(body, '2025-05-10').find((e) => e.type === 'military_action');

  test('"The strikes, carried out on the night of May 6-7" dates the airstrikes told before, not the condemnation', () => {
    const events = eventsOf(`${told}The strikes, carried out on the night of May 6-7, killed civilians in Punjab.`, '2025-05-10');
    expect(events.find((e) => e.type === 'military_action')?.date).toMatchObject({ start: '2025-05-06', end: '2025-05-07', basis: 'explicit' });
    expect(events.find((e) => e.type === 'condemnation')?.date.basis).toBe('publication');
  });

  test('a date that is not the noun\'s own, or a noun that names another kind of incident, tells nothing', () => {
    expect(strikes(`${told}The strikes killed civilians in Punjab, officials said on May 8.`)?.date.basis).toBe('publication');
    expect(strikes(`${told}The attacks, carried out on the night of May 6-7, killed civilians in Punjab.`)?.date.basis).toBe('publication');
  });
});

describe('an undated happening told as background may lie weeks back', () => {
  const published = '2025-06-20';
  test('the perfect before its verb gives the month up to publication', () => {
    const condemned = eventsOf('Iran’s Abbas Araghchi had condemned the killing of tourists in Pahalgam in firm terms.', published);
    expect(condemned.find((e) => e.type === 'condemnation')?.date).toMatchObject({ start: '2025-05-21', end: published, basis: 'publication' });
    const letters = eventsOf('Pakistan has reportedly sent three letters urging India to restore the water treaty.', published);
    expect(span(letters.find((e) => e.type === 'appeal'))).toBe(`2025-05-21…${published}`);
    const stated = eventsOf('S. Jaishankar has said that any talks with Pakistan can only be about terrorism.', published);
    expect(span(stated.find((e) => e.type === 'statement'))).toBe(`2025-05-21…${published}`);
    const plainSaid = eventsOf('S. Jaishankar said that any talks with Pakistan can only be about terrorism.', published);
    expect(span(plainSaid.find((e) => e.type === 'statement'))).toBe(`2025-06-13…${published}`);
  });
  test('so does a clause opened by "Earlier," or "Previously,"', () => {
    const earlier = eventsOf('Earlier, Volodymyr Zelensky said that the prisoners would come home soon.', published);
    expect(span(earlier.find((e) => e.type === 'statement'))).toBe(`2025-05-21…${published}`);
    const previously = eventsOf('Previously, Sergei Lavrov met Marco Rubio in Kuala Lumpur.', published);
    expect(span(previously.find((e) => e.type === 'meeting'))).toBe(`2025-05-21…${published}`);
  });
  test('negative: a plain past verb keeps the week, a plan keeps the month ahead, a stated date stays', () => {
    const said = eventsOf('Iran’s Abbas Araghchi condemned the killing of tourists in Pahalgam in firm terms.', published);
    expect(span(said.find((e) => e.type === 'condemnation'))).toBe(`2025-06-13…${published}`);
    const plan = eventsOf('Sergei Lavrov will meet Marco Rubio in Kuala Lumpur.', published);
    expect(span(plan.find((e) => e.type === 'meeting'))).toBe(`${published}…2025-07-20`);
    const dated = eventsOf('Iran’s Abbas Araghchi had condemned the killing of tourists in Pahalgam on Tuesday.', published);
    expect(span(dated.find((e) => e.type === 'condemnation'))).toBe('2025-06-17…2025-06-17');
  });
});

describe('a statement issued, quoted from or addressed to the nation is an official statement', () => {
  const channelOf = (body: string) => eventsOf(body, '2025-05-12').find((e) => e.type === 'statement')?.channel;
  test('an address to the nation, a statement issued or quoted from', () => {
    expect(channelOf('Addressing the nation on Monday night, Narendra Modi said the operation had only been paused.')).toBe('official_statement');
    expect(channelOf('In a televised address, Shehbaz Sharif said Pakistan had answered the strikes.')).toBe('official_statement');
    expect(channelOf('Issuing a statement on Sunday, Ishaq Dar said the ceasefire was holding.')).toBe('official_statement');
    expect(channelOf('According to a statement from his office, Shehbaz Sharif said the army stood ready.')).toBe('official_statement');
  });
  test('negative: a plain saying keeps an unknown venue; remarks to reporters are a briefing', () => {
    expect(channelOf('Narendra Modi said on Monday that the operation had only been paused.')).toBe('unknown');
    expect(channelOf('Ishaq Dar told reporters on Sunday that the ceasefire was holding.')).toBe('press_briefing');
  });
});

describe('a date in a reduced relative clause of cause after the verb ("the war sparked by the invasion in 2022")', () => {
  test('is that earlier thing\'s, not the verb\'s', () => {
    const e = eventsOf('Volodymyr Zelensky met Steve Witkoff in Berlin to discuss how to end the war sparked by the invasion in 2022.', '2025-12-16');
    const meeting = e.find((x) => x.type === 'meeting');
    expect(meeting?.date.start ?? 'none').toMatch(/^2025-12-/);
  });

  test('negative: the verb\'s own date after its object still dates it', () => {
    const e = eventsOf('Volodymyr Zelensky met Steve Witkoff in Berlin on Monday to discuss the war.', '2025-12-16');
    expect(span(e.find((x) => x.type === 'meeting'))).toBe('2025-12-15…2025-12-15');
  });
});
