import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/shared/schema';
import { extractEvents } from '../events/extract-events';
import { readArticle } from '../ingest/read-article';
import { loadGazetteer } from '../people/gazetteer';
import { analyseArticle } from '../run-pipeline';
import { mergeEvents } from './merge-events';

const people = loadGazetteer('data/gazetteer');
const byId = new Map(people.map((p) => [p.id, p]));

function events(raw: string, file = 'x.md'): { body: string; events: TimelineEvent[] } {
  const article = readArticle(file, raw);
  const out = mergeEvents(extractEvents(analyseArticle(article, people), byId), byId, new Map([[article.meta.id, article.meta]]));
  for (const e of out) for (const s of e.sources) expect(article.body.slice(s.start, s.end)).toBe(s.excerpt);
  return { body: article.body, events: out };
}
const text = (published: string, body: string) => events(`---\ntitle: t\npublished: ${published}\n---\n${body}`);
const excerpts = (e: TimelineEvent | undefined) => e?.sources.map((s) => s.excerpt) ?? [];

describe('what was said in a call told just before is a source of that call', () => {
  test('content of both calls, and of the one whose counterpart is named', () => {
    const { events: found } = text(
      '2025-05-11',
      'Secretary of State Marco Rubio spoke on Saturday with Pakistan’s Army Chief General Asim Munir and with India’s National Security Adviser Ajit Doval. Rubio urged both sides to re-establish direct communication. The message he conveyed to Munir also stressed the need to avoid miscalculation.',
    );
    expect(found.map((e) => e.title).sort()).toEqual(['Marco Rubio speaks with Ajit Doval by phone', 'Marco Rubio speaks with Asim Munir by phone']);
    for (const e of found) expect(e.date).toMatchObject({ start: '2025-05-10', precision: 'day', basis: 'weekday-relative' });
    const doval = found.find((e) => e.actors.includes('ajit-doval'));
    const munir = found.find((e) => e.actors.includes('asim-munir'));
    expect(excerpts(doval)).toContain('Rubio urged both sides to re-establish direct communication.');
    expect(excerpts(munir)).toContain('Rubio urged both sides to re-establish direct communication.');
    expect(excerpts(munir).some((x) => x.startsWith('The message he conveyed to Munir'))).toBe(true);
    expect(excerpts(doval).some((x) => x.startsWith('The message he conveyed to Munir'))).toBe(false);
  });

  test('a saying dated on another day, or in a briefing of its own, stays an event', () => {
    const { events: found } = text('2025-05-12', 'Narendra Modi spoke with JD Vance on Saturday. On Monday, Modi urged Pakistan to stop cross-border terrorism.');
    expect(found.map((e) => e.type).sort()).toEqual(['appeal', 'phone_call']);
  });
});

describe('statements told by someone else, and by a state without a person', () => {
  test('"X said on Thursday that Modi had expressed ...": one statement, by the spokesperson', () => {
    const { events: found } = text('2025-05-09', 'Randhir Jaiswal, the spokesperson of India’s Ministry of External Affairs, said on Thursday that Prime Minister Narendra Modi had expressed India’s resolve to respond to any escalation.');
    expect(found.map((e) => [e.type, e.actors, e.date.start, e.date.precision])).toEqual([['statement', ['randhir-jaiswal'], '2025-05-08', 'day']]);
  });

  test('"The Kremlin on Monday expressed ..." is the statement of the Kremlin spokesman quoted next, dated Monday', () => {
    const { events: found } = text('2025-04-21', 'The Kremlin on Monday expressed support for the Easter truce. Kremlin spokesman Dmitry Peskov told reporters that Russia was ready for talks.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'statement', actors: ['dmitry-peskov'], title: 'Dmitry Peskov speaks at a press briefing' });
    expect(found[0]?.date).toMatchObject({ start: '2025-04-21', precision: 'day', basis: 'weekday-relative' });
    expect(found[0]?.sources).toHaveLength(2);
  });

  test('rule "the spokesperson\'s lead": "India on Monday accused ..." over the spokesperson\'s briefing is that briefing', () => {
    const { events: found } = text('2025-08-12', 'India on Monday accused Pakistan of reckless talk after remarks by its army chief on a trip abroad. Randhir Jaiswal, the foreign ministry spokesperson, told a weekly briefing on Monday that such threats were nothing new.');
    expect(found.map((e) => [e.actors.join(), e.date.start])).toEqual([['randhir-jaiswal', '2025-08-11']]);
    expect(found[0]?.sources).toHaveLength(2);
    const denial = text('2025-06-04', 'Moscow on Tuesday rejected the report as invented. Maria Zakharova, speaking for the foreign ministry, said on Tuesday that the story was a provocation.');
    expect(denial.events.map((e) => e.actors.join())).toEqual(['maria-zakharova']);
  });

  test('negative: with no spokesperson quoted, or one of another state or another day, the state\'s act stays its own', () => {
    expect(text('2025-08-12', 'India on Monday accused Pakistan of reckless talk. Shehbaz Sharif said on Monday that India was lying.').events.map((e) => e.type).sort()).toEqual(['accusation', 'statement']);
    expect(text('2025-08-12', 'India on Monday accused Pakistan of reckless talk. Randhir Jaiswal said on Friday that the visa rules for students would change.').events.map((e) => e.type).sort()).toEqual(['accusation', 'statement']);
  });

  test('a state’s appeal by letter stays apart from a minister’s remark told in the sentence before', () => {
    const { events: found } = text('2025-05-09', 'Pressure has grown, with Defence Minister Khawaja Asif saying the army was on alert. Islamabad has sent three letters urging New Delhi to restore the water treaty.');
    expect(found.map((e) => [e.type, e.actors.join(), e.channel]).sort()).toEqual([['appeal', '', 'official_statement'], ['statement', 'khawaja-asif', 'unknown']]);
  });

  test('a state’s statement on another day stays its own event', () => {
    const { events: found } = text('2025-05-09', 'The White House on Monday expressed concern over the Indian strikes on Pakistan.\n\nKaroline Leavitt said on Friday that the President wanted calm between India and Pakistan.');
    const statements = found.filter((e) => e.type === 'statement');
    expect(statements.map((e) => [e.actors.join(), e.date.start]).sort()).toEqual([['', '2025-05-05'], ['karoline-leavitt', '2025-05-09']]);
  });
});

describe('one sitting told as talks and as a meeting', () => {
  test('"held talks with" then "met" for the same two people on the same day: one meeting with both sentences', () => {
    const { events: found } = text(
      '2025-04-20',
      'Steve Witkoff held long talks with Vladimir Putin in Moscow on Saturday. Witkoff met Putin at the Kremlin for three hours.',
    );
    const sittings = found.filter((e) => e.type === 'meeting' || e.type === 'negotiation');
    expect(sittings).toHaveLength(1);
    expect(sittings[0]).toMatchObject({ type: 'meeting', actors: ['steve-witkoff', 'vladimir-putin'] });
    expect(excerpts(sittings[0])).toHaveLength(2);
  });

  test('talks and a meeting of different people stay two events', () => {
    const { events: found } = text('2025-04-20', 'Steve Witkoff held talks with Vladimir Putin on Saturday. Marco Rubio met Andrii Sybiha on Saturday.');
    expect(found.filter((e) => e.type === 'meeting' || e.type === 'negotiation')).toHaveLength(2);
  });
});

describe('a speaker after what they report', () => {
  test('"A and B agreed to a swap, X, who led one delegation, said in a statement": the agreement and the statement', () => {
    const { events: found } = text(
      '2025-05-16',
      'Russia and Ukraine have agreed to swap a large number of prisoners after the talks that ended on Friday, Vladimir Medinsky, who headed the Russian delegation, said in a statement.',
    );
    const agreed = found.find((e) => e.type === 'intent_to_cooperate');
    expect(agreed?.actors).toEqual([]);
    expect(agreed?.countries).toEqual(expect.arrayContaining(['RU', 'UA']));
    expect(found.find((e) => e.type === 'statement')?.actors).toEqual(['vladimir-medinsky']);
  });
});

describe('someone who took part joins the contact told before', () => {
  test('"X was part of the delegation", "Y also took part": both join the talks of the sentence before', () => {
    const { events: found } = text(
      '2025-04-26',
      'Vladimir Putin held talks with Steve Witkoff in Moscow on Friday. Yuri Ushakov was part of the Russian delegation at the talks, and Kirill Dmitriev also took part.',
    );
    const talks = found.filter((e) => e.type === 'negotiation' || e.type === 'meeting');
    expect(talks).toHaveLength(1);
    expect(talks[0]?.actors).toEqual(['vladimir-putin', 'steve-witkoff', 'yuri-ushakov', 'kirill-dmitriev']);
  });
  test('"The US delegation included A, B, and C", "Russia was represented by D and E": the lists join the talks told before', () => {
    const { events: found } = text(
      '2025-02-18',
      'Marco Rubio and Sergey Lavrov held talks on Ukraine in Riyadh on Tuesday. The US delegation included Mike Waltz, and Steve Witkoff. Russia was represented by Yuri Ushakov and Kirill Dmitriev.',
    );
    const talks = found.filter((e) => e.type === 'negotiation' || e.type === 'meeting');
    expect(talks).toHaveLength(1);
    expect(talks[0]?.actors).toEqual(['marco-rubio', 'sergey-lavrov', 'mike-waltz', 'steve-witkoff', 'yuri-ushakov', 'kirill-dmitriev']);
  });
});

describe('a visit told after a meeting of the visitor', () => {
  test('"X met Y on Friday. X\u2019s visit came a week after ...": the visit is the trip of that meeting', () => {
    const { events: found } = text('2025-04-12', 'Steve Witkoff met Vladimir Putin in Moscow on Friday. Witkoff’s visit came a week after a prisoner release.');
    expect(found.filter((e) => e.type === 'visit')).toHaveLength(0);
    expect(excerpts(found.find((e) => e.type === 'meeting'))).toHaveLength(2);
  });

  test('a visit by someone who met nobody in the article stays a visit', () => {
    const { events: found } = text('2025-04-12', 'Steve Witkoff visited Moscow on Friday for the second time this year.');
    expect(found.filter((e) => e.type === 'visit')).toHaveLength(1);
  });
});

describe('the seeds', () => {
  const seed = (f: string) => events(readFileSync(`data/articles/${f}`, 'utf8'), f).events;

  test('seed 000: one Leavitt statement with the lede and the Trump sentences, two Rubio calls with their content', () => {
    const found = seed('000_33d9e51da9844c80.txt');
    expect(found.filter((e) => e.type === 'statement').map((e) => e.actors)).toEqual([['tammy-bruce'], ['karoline-leavitt']]);
    const leavitt = found.find((e) => e.actors.includes('karoline-leavitt'));
    expect(excerpts(leavitt).some((x) => x.includes('the United States has issued a fresh statement'))).toBe(true);
    expect(excerpts(leavitt)).toContain('The President has expressed that he wants this to de-escalate as quickly as possible."');
    const calls = found.filter((e) => e.type === 'phone_call');
    expect(calls.map((c) => c.actors[1]).sort()).toEqual(['s-jaishankar', 'shehbaz-sharif']);
    expect(excerpts(calls.find((c) => c.actors.includes('s-jaishankar'))).some((x) => x.includes('encouraged India to work with Pakistan'))).toBe(true);
    expect(excerpts(calls.find((c) => c.actors.includes('shehbaz-sharif'))).some((x) => x.startsWith('The message he conveyed to Sharif'))).toBe(true);
    expect(found.some((e) => e.type === 'appeal' || e.actors.includes('donald-trump'))).toBe(false);
  });

  test('seed 002: the White House’s Tuesday statement and Leavitt’s briefing are one event, on 15 April', () => {
    const found = seed('002_21932a248247e45f.txt');
    // The Kremlin's confirmation of the meeting is Russia's statement, a different one.
    const briefings = found.filter((e) => e.type === 'statement' && !e.actors.includes('donald-trump') && e.countries[0] !== 'RU');
    expect(briefings).toHaveLength(1);
    expect(briefings[0]).toMatchObject({ actors: ['karoline-leavitt'], title: 'Karoline Leavitt speaks on Russia at a press briefing' });
    expect(briefings[0]?.date).toMatchObject({ start: '2025-04-15', end: '2025-04-15', precision: 'day', basis: 'weekday-relative' });
  });
});

describe('an undated reference back to talks told before is those talks', () => {
  test('"after the marathon talks concluded" adds a source to the talks, not another sitting', () => {
    const { events: found } = text(
      '2025-12-04',
      'Vladimir Putin held talks with Steve Witkoff in Moscow on Tuesday about the war in Ukraine. Yuri Ushakov spoke to journalists after the long talks concluded.',
    );
    const talks = found.filter((e) => e.type === 'negotiation' || e.type === 'meeting');
    expect(talks).toHaveLength(1);
    expect(excerpts(talks[0]).some((x) => x.startsWith('Yuri Ushakov spoke'))).toBe(true);
  });
  test('negative: talks with a date of their own are another sitting', () => {
    const { events: found } = text('2025-12-04', 'Vladimir Putin held talks with Steve Witkoff in Moscow on Tuesday about Ukraine. The talks between Russia and Ukraine in Geneva concluded on Wednesday.');
    expect(found.filter((e) => e.type === 'negotiation' || e.type === 'meeting')).toHaveLength(2);
  });
});

describe('an undated statement by the one who just declared, threatened or appealed is more of that act', () => {
  test('"Putin declared a truce ... \'We will see\', Putin said": one truce with both sentences as sources', () => {
    const { events: found } = text('2025-04-19', 'Vladimir Putin declared an Easter truce in Ukraine on Saturday. "We will see how Kyiv answers," Vladimir Putin said.');
    expect(found.map((e) => e.type)).toEqual(['ceasefire']);
    expect(excerpts(found[0])).toHaveLength(2);
  });
  test('negative: a statement by someone else, or dated on another day, stays its own', () => {
    expect(text('2025-04-19', 'Vladimir Putin declared an Easter truce in Ukraine on Saturday. "We will see," Volodymyr Zelenskyy said.').events.map((e) => e.type).sort()).toEqual(['ceasefire', 'statement']);
    expect(text('2025-04-19', 'Vladimir Putin declared an Easter truce in Ukraine on Saturday. On Monday, Vladimir Putin said the truce had held.').events.map((e) => e.type).sort()).toEqual(['ceasefire', 'statement']);
  });
});

describe('rule "one attack, told several times": an undated terrorist attack is the one the article dates', () => {
  test('"the Pahalgam terrorist attack" and "the terrorist attack in Jammu and Kashmir’s Pahalgam" join "the April 22 terror attack"', () => {
    const { events: found } = text(
      '2025-05-01',
      'Marco Rubio called S. Jaishankar to discuss the Pahalgam terrorist attack. Pakistan fears strikes over the terrorist attack in Jammu and Kashmir’s Pahalgam. The April 22 terror attack killed 26 tourists in India.',
    );
    const attacks = found.filter((e) => e.type === 'terrorist_attack');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]?.date).toMatchObject({ start: '2025-04-22', end: '2025-04-22', basis: 'explicit' });
    expect(attacks[0]?.sources).toHaveLength(3);
  });
  test('negative: where the article dates two attacks, an undated one joins neither', () => {
    const { events: found } = text(
      '2025-05-01',
      'Officials recalled the terrorist attack in Kathua. The April 22 terror attack killed 26 tourists in India. The March 3 terror attack killed two Indian soldiers.',
    );
    expect(found.filter((e) => e.type === 'terrorist_attack').map((e) => e.date.basis).sort()).toEqual(['explicit', 'explicit', 'publication']);
  });
});

describe('rule "one agreement told twice": an agreement of the same states with no person named, on fitting dates', () => {
  test('"Delhi and Islamabad agreed to halt all firing on Saturday" and "The truce took effect at 5 pm" are one ceasefire', () => {
    const { events: found } = text('2025-05-11', 'New Delhi and Islamabad agreed to halt all firing on Saturday, officials in both capitals said. The truce took effect at 5 pm.');
    const truces = found.filter((e) => e.type === 'ceasefire');
    expect(truces).toHaveLength(1);
    expect(truces[0]?.date).toMatchObject({ start: '2025-05-10', end: '2025-05-10' });
    expect(excerpts(truces[0])).toHaveLength(2);
  });
  test('negative: a second swap the text dates on another day stays its own', () => {
    const { events: found } = text(
      '2025-05-11',
      'Russia and Ukraine exchanged 100 prisoners each on Sunday, both governments said. It was the second such exchange this month: the two sides had swapped 84 captives each on May 2.',
    );
    expect(found.filter((e) => e.type === 'intent_to_cooperate').map((e) => e.date.start).sort()).toEqual(['2025-05-02', '2025-05-11']);
  });
});

describe('rule "the ministry\'s release is not the minister\'s remark"', () => {
  const said = (body: string) => text('2025-07-18', body).events.filter((e) => e.type === 'statement');
  test('a ministry statement and the minister\'s own post stay two statements, by two tellers', () => {
    const found = said('The foreign ministry said in a statement on Friday that India welcomes the sanctions on the group. "This is a strong signal," Foreign Minister S. Jaishankar said, in a post on X.');
    const minister = found.filter((e) => e.actors.includes('s-jaishankar'));
    expect(minister).toHaveLength(1);
    expect(excerpts(minister[0]).some((x) => x.startsWith('The foreign ministry'))).toBe(false);
    expect(found.some((e) => e.actors.length === 0 && excerpts(e).some((x) => x.startsWith('The foreign ministry')))).toBe(true);
  });
  test('negative: the spokesperson\'s words are the ministry\'s statement, and a state\'s position with no release is its minister\'s', () => {
    const briefing = said('The foreign ministry said in a statement on Friday that India welcomes the sanctions on the group. Spokesperson Randhir Jaiswal said the step was overdue.');
    expect(briefing.find((e) => e.actors.includes('randhir-jaiswal'))?.sources).toHaveLength(2);
    const position = said('India on Friday welcomed the sanctions on the group. Foreign Minister S. Jaishankar said the step was overdue.');
    expect(position.map((e) => e.actors)).toEqual([['s-jaishankar']]);
    expect(position[0]?.sources).toHaveLength(2);
  });
});

describe('rule "one sitting, two words": talks of the delegations and the meeting of their heads', () => {
  const sittings = (body: string) => text('2025-06-03', body).events.filter((e) => e.type === 'meeting' || e.type === 'negotiation');
  test('"delegations held talks" and "A met B", or "negotiators met" and "the negotiations between A and B", are one sitting', () => {
    for (const body of [
      'Russian and Ukrainian delegations held talks in Istanbul on Monday. Vladimir Medinsky met Rustem Umerov in Istanbul for an hour.',
      'Ukrainian and Russian negotiators met in Istanbul on Monday. The negotiations in Istanbul between Rustem Umerov and Vladimir Medinsky lasted an hour.',
    ]) {
      const found = sittings(body);
      expect(found).toHaveLength(1);
      expect([...(found[0]?.actors ?? [])].sort()).toEqual(['rustem-umerov', 'vladimir-medinsky']);
      expect(found[0]?.date).toMatchObject({ start: '2025-06-02', end: '2025-06-02' });
      expect(excerpts(found[0])).toHaveLength(2);
    }
  });
  test('negative: a meeting of one delegate with the host in another city stays its own', () => {
    const found = sittings('Russian and Ukrainian delegations held talks in Istanbul on Monday. Before that, Rustem Umerov had met Recep Tayyip Erdogan in Ankara.');
    expect(found.map((e) => e.actors.length).sort()).toEqual([0, 2]);
  });
});
