import { expect, test } from 'vitest';
import type { Article } from '../../src/shared/schema';
import { extractEvents } from '../events/extract-events';
import { readArticle } from '../ingest/read-article';
import { loadGazetteer } from '../people/gazetteer';
import { analyseArticle } from '../run-pipeline';
import { mergeEvents } from './merge-events';

const people = loadGazetteer('data/gazetteer');
const byId = new Map(people.map((p) => [p.id, p]));

function corpus(specs: { file: string; publisher: string | null; body: string; published?: string }[]) {
  const articles = specs.map((s) => readArticle(s.file, `---\ntitle: t\npublisher: ${s.publisher ?? 'null'}\npublished: ${s.published ?? '2025-05-09'}\n---\n${s.body}`));
  const events = articles.flatMap((a) => extractEvents(analyseArticle(a, people), byId));
  const metas = new Map<string, Article>(articles.map((a) => [a.meta.id, a.meta]));
  return mergeEvents(events, byId, metas);
}

const wire = 'Secretary of State Marco Rubio spoke with External Affairs Minister S. Jaishankar on Thursday and urged restraint.';

test('one call told by three articles is one event; a wire story reprinted by two outlets counts once', () => {
  const events = corpus([
    { file: 'a.md', publisher: 'The Hindu', body: wire },
    { file: 'b.md', publisher: 'Dawn', body: `${wire} Officials gave no details.` },
    { file: 'c.md', publisher: 'Reuters', body: 'On Thursday, Rubio talked to Jaishankar about the crisis, officials said.' },
  ]);
  const calls = events.filter((e) => e.type === 'phone_call');
  expect(calls).toHaveLength(1);
  expect(calls[0]?.sources).toHaveLength(3);
  expect(calls[0]?.corroboration).toBe(2);
  expect(calls[0]?.id).toBe('2025-05-08-phone-call-marco-rubio-s-jaishankar');
});

test('articles without a known publisher are not counted as independent publishers', () => {
  const events = corpus([
    { file: 'a.md', publisher: null, body: 'Marco Rubio spoke with Shehbaz Sharif on Thursday.' },
    { file: 'b.md', publisher: null, body: 'Pakistani Prime Minister Shehbaz Sharif received a call from Rubio on Thursday; Rubio spoke with Sharif about de-escalation.' },
  ]);
  const call = events.find((e) => e.type === 'phone_call');
  expect(call?.sources.map((s) => s.article)).toHaveLength(2);
  expect(call?.corroboration).toBe(0);
});

test('a known publisher counts once beside articles whose publisher is unknown', () => {
  const events = corpus([
    { file: 'a.md', publisher: 'Dawn', body: 'Marco Rubio spoke with Shehbaz Sharif on Thursday.' },
    { file: 'b.md', publisher: null, body: 'Pakistani Prime Minister Shehbaz Sharif received a call from Rubio on Thursday; Rubio spoke with Sharif about de-escalation.' },
  ]);
  expect(events.find((e) => e.type === 'phone_call')?.corroboration).toBe(1);
});

test('two calls by one minister to different counterparts stay two events', () => {
  const events = corpus([{ file: 'a.md', publisher: null, body: 'Rubio spoke with Jaishankar on Thursday.\n\nRubio also spoke with Sharif on Thursday.' }]);
  expect(events.filter((e) => e.type === 'phone_call').map((e) => e.title).sort()).toEqual([
    'Marco Rubio speaks with S. Jaishankar by phone',
    'Marco Rubio speaks with Shehbaz Sharif by phone',
  ]);
});

test('strikes by one state on different days stay apart, even when an undated report’s week comes within days of another', () => {
  const events = corpus([
    { file: 'a.md', publisher: 'Outlet A', body: 'India on Thursday destroyed radar sites in Pakistan.' },
    { file: 'b.md', publisher: 'Outlet B', published: '2025-05-07', body: 'India destroyed an ammunition depot in Pakistan.' },
    { file: 'c.md', publisher: 'Outlet C', body: 'India on Thursday destroyed radar sites in Pakistan, officials in Islamabad confirmed.' },
  ]);
  const strikes = events.filter((e) => e.type === 'military_action');
  expect(strikes.map((e) => e.date.start).sort()).toEqual(['2025-04-30', '2025-05-08']);
  expect(strikes.find((e) => e.date.start === '2025-05-08')?.sources).toHaveLength(2);
});

test('one person’s undated statements in papers of different days stay two; in papers of one day they are one', () => {
  const body = 'Ishaq Dar said Pakistan would respond to any aggression.';
  const apart = corpus([
    { file: 'a.md', publisher: 'Outlet A', published: '2025-05-05', body },
    { file: 'b.md', publisher: 'Outlet B', published: '2025-05-08', body },
  ]);
  // "would respond to any aggression" is a threat (saying-content.ts), typed once merged as a statement.
  expect(apart.filter((e) => e.type === 'threat' && e.actors.includes('ishaq-dar'))).toHaveLength(2);
  const together = corpus([
    { file: 'a.md', publisher: 'Outlet A', published: '2025-05-08', body },
    { file: 'b.md', publisher: 'Outlet B', published: '2025-05-08', body },
  ]);
  expect(together.filter((e) => e.type === 'threat' && e.actors.includes('ishaq-dar'))).toHaveLength(1);
});

test('an undated event is not joined to another paper’s dated one: the week up to publication states no day', () => {
  // A strike with no date words in a Saturday paper is not the strike another paper dated Thursday.
  const strikes = corpus([
    { file: 'a.md', publisher: 'Dawn', published: '2025-05-08', body: 'Pakistani drones struck Indian army posts in Jammu on Thursday night.' },
    { file: 'b.md', publisher: 'The Hindu', published: '2025-05-10', body: 'Pakistani drones struck Indian army posts in Jammu.' },
  ]).filter((e) => e.type === 'military_action');
  expect(strikes).toHaveLength(2);
  // A statement dated after a paper went to print is not that paper's undated statement of the same person.
  const statements = corpus([
    { file: 'c.md', publisher: 'Reuters', published: '2025-05-11', body: 'Volodymyr Zelensky said Ukraine was ready for talks with Russia.' },
    { file: 'd.md', publisher: 'AP', published: '2025-05-15', body: 'On May 13, Volodymyr Zelensky said Ukraine would send a delegation to Turkey for talks with Russia.' },
  ]).filter((e) => e.type === 'statement');
  expect(statements.map((e) => e.date.start).sort()).toEqual(['2025-05-04', '2025-05-13']);
});

test('a named person\'s undated saying is the news of its paper\'s day or the evening before, not another paper\'s saying of days earlier', () => {
  const older = corpus([
    { file: 'e.md', publisher: 'Outlet E', published: '2025-06-14', body: 'On June 11, Sergey Lavrov said Moscow wanted a long truce.' },
    { file: 'f.md', publisher: 'Outlet F', published: '2025-06-14', body: 'Sergey Lavrov said Moscow would not give up its demands.' },
    // The second saying is a refusal (saying-content.ts), typed once merged as a statement.
  ]).filter((e) => e.type === 'statement' || e.type === 'rejection');
  expect(older.map((e) => e.date.start).sort()).toEqual(['2025-06-07', '2025-06-11']);
  const evening = corpus([
    { file: 'g.md', publisher: 'Outlet G', published: '2025-06-14', body: 'On June 13, Sergey Lavrov said Moscow wanted a long truce.' },
    { file: 'h.md', publisher: 'Outlet H', published: '2025-06-14', body: 'Sergey Lavrov said Moscow wanted a long truce.' },
  ]).filter((e) => e.type === 'statement');
  expect(evening.map((e) => e.date.start)).toEqual(['2025-06-13']);
});

test('nor another paper\'s saying whose day that paper carried over from the sentence before it', () => {
  // Paper M tells a Saturday and then, undated, what Lavrov said: its day is Saturday's (carried over). Paper N, four
  // days on, tells undated what Lavrov said: the news of its own day, not M's Saturday.
  const apart = corpus([
    { file: 'm.md', publisher: 'Outlet M', published: '2025-06-10', body: 'Talks in Geneva ended on Saturday. Sergey Lavrov said Moscow wanted a long truce.' },
    { file: 'n.md', publisher: 'Outlet N', published: '2025-06-14', body: 'Sergey Lavrov said Moscow wanted a long truce.' },
  ]).filter((e) => e.type === 'statement' && e.actors.includes('sergey-lavrov'));
  expect(apart).toHaveLength(2);
  expect(apart.find((e) => e.sources[0]?.article.includes('n'))?.date).toMatchObject({ start: '2025-06-07', end: '2025-06-14' });
  // Carried over from the day before the paper's own, it is still the same news.
  const sameNews = corpus([
    { file: 'o.md', publisher: 'Outlet O', published: '2025-06-14', body: 'Talks in Geneva ended on Friday. Sergey Lavrov said Moscow wanted a long truce.' },
    { file: 'p.md', publisher: 'Outlet P', published: '2025-06-14', body: 'Sergey Lavrov said Moscow wanted a long truce.' },
  ]).filter((e) => e.type === 'statement' && e.actors.includes('sergey-lavrov'));
  expect(sameNews).toHaveLength(1);
});

test('a state\'s undated saying, with no one named, is not another paper\'s saying of that state days earlier either', () => {
  const apart = corpus([
    { file: 'q.md', publisher: 'Outlet Q', published: '2025-05-08', body: 'On Thursday, the Indian Army said Pakistani drones had been shot down over Jammu.' },
    { file: 'r.md', publisher: 'Outlet R', published: '2025-05-12', body: 'In a statement, the Indian Army said both sides must not fire a single shot.' },
  ]).filter((e) => e.type === 'statement');
  expect(apart.map((e) => [e.date.start, e.date.end]).sort()).toEqual([
    ['2025-05-05', '2025-05-12'],
    ['2025-05-08', '2025-05-08'],
  ]);
  // Told the evening before the paper, it is the same news.
  const sameNews = corpus([
    { file: 's.md', publisher: 'Outlet S', published: '2025-05-12', body: 'On Sunday, the Indian Army said both sides must not fire a single shot.' },
    { file: 't.md', publisher: 'Outlet T', published: '2025-05-12', body: 'In a statement, the Indian Army said both sides must not fire a single shot.' },
  ]).filter((e) => e.type === 'statement');
  expect(sameNews.map((e) => e.date.start)).toEqual(['2025-05-11']);
});

test('a call dated by the sentence before ("on Monday ... also had calls with Y") is not another paper\'s call of the same two three days earlier', () => {
  const calls = corpus([
    { file: 'i.md', publisher: 'Outlet I', published: '2025-06-16', body: 'Donald Trump spoke with Vladimir Putin on Monday. Trump also had calls with Volodymyr Zelenskyy and other leaders.' },
    { file: 'j.md', publisher: 'Outlet J', published: '2025-06-16', body: 'On June 13, Volodymyr Zelenskyy had a phone conversation with Donald Trump.' },
  ]).filter((e) => e.type === 'phone_call' && e.actors.includes('volodymyr-zelenskyy'));
  expect(calls.map((e) => e.date.start).sort()).toEqual(['2025-06-13', '2025-06-16']);
  const sameDay = corpus([
    { file: 'k.md', publisher: 'Outlet K', published: '2025-06-16', body: 'Donald Trump spoke with Vladimir Putin on Monday. Trump also had calls with Volodymyr Zelenskyy and other leaders.' },
    { file: 'l.md', publisher: 'Outlet L', published: '2025-06-16', body: 'On June 16, Volodymyr Zelenskyy had a phone conversation with Donald Trump.' },
  ]).filter((e) => e.type === 'phone_call' && e.actors.includes('volodymyr-zelenskyy'));
  expect(sameDay.map((e) => e.date.start)).toEqual(['2025-06-16']);
});

test('two papers that each carry a day over from the sentence before keep sayings three days apart as two', () => {
  const apart = corpus([
    { file: 'u.md', publisher: 'Outlet U', published: '2025-05-08', body: 'The strikes ended on Wednesday. Indian officials said the strikes were necessary.' },
    { file: 'v.md', publisher: 'Outlet V', published: '2025-05-11', body: 'The ceasefire was agreed on Saturday. Indian officials later said the deal was reached without mediation.' },
  ]).filter((e) => e.type === 'statement');
  expect(apart.map((e) => [e.date.start, e.date.end]).sort()).toEqual([
    ['2025-05-07', '2025-05-08'],
    ['2025-05-10', '2025-05-11'],
  ]);
  // Carried over from the same day, they are still one.
  const same = corpus([
    { file: 'w.md', publisher: 'Outlet W', published: '2025-05-11', body: 'The ceasefire was agreed on Saturday. Indian officials said the strikes were over.' },
    { file: 'x.md', publisher: 'Outlet X', published: '2025-05-11', body: 'The ceasefire was agreed on Saturday. Indian officials later said the deal was reached without mediation.' },
  ]).filter((e) => e.type === 'statement');
  expect(same).toHaveLength(1);
});

test('in one article, an undated press conference and a dated statement told after it are two occasions', () => {
  const events = corpus([
    {
      file: 'a.md',
      publisher: 'Kyiv Daily',
      published: '2025-06-12',
      body: 'Volodymyr Zelensky said at a press conference in Vilnius that the talks were stalled.\n\nOn June 9, Zelensky said he would travel to Lithuania.',
    },
  ]);
  const statements = events.filter((e) => e.type === 'statement' && e.actors.includes('volodymyr-zelenskyy'));
  expect(statements.map((e) => `${e.date.start}…${e.date.end}`).sort()).toEqual(['2025-06-05…2025-06-12', '2025-06-09…2025-06-09']);
});

test('in one article, an undated telling after a dated one goes on with it', () => {
  const events = corpus([
    {
      file: 'a.md',
      publisher: 'Kyiv Daily',
      published: '2025-06-12',
      body: 'On June 9, Zelensky said he would travel to Lithuania.\n\nVolodymyr Zelensky said at a press conference in Vilnius that the talks were stalled.',
    },
  ]);
  const statements = events.filter((e) => e.type === 'statement' && e.actors.includes('volodymyr-zelenskyy'));
  expect(statements).toHaveLength(1);
  expect(statements[0]?.date.start).toBe('2025-06-09');
});

test('two papers that write out overlapping days for one strike ("May 7", "the night of May 6-7") give it both days', () => {
  const events = corpus([
    { file: 'a.md', publisher: 'Dawn', published: '2025-05-10', body: 'Indian missile strikes on Pakistani territory hit Bahawalpur on May 7.' },
    { file: 'b.md', publisher: 'The Hindu', published: '2025-05-10', body: 'Indian missile strikes on Pakistani territory, on the night of May 6-7, hit Bahawalpur.' },
  ]);
  const strikes = events.filter((e) => e.type === 'military_action');
  expect(strikes).toHaveLength(1);
  expect(strikes[0]?.date).toMatchObject({ start: '2025-05-06', end: '2025-05-07', basis: 'explicit' });
});

test('two papers that write out different days for strikes keep them apart', () => {
  const events = corpus([
    { file: 'a.md', publisher: 'Dawn', published: '2025-05-10', body: 'Indian missile strikes on Pakistani territory hit Bahawalpur on May 7.' },
    { file: 'b.md', publisher: 'The Hindu', published: '2025-05-10', body: 'Indian missile strikes on Pakistani territory hit Bahawalpur on May 9.' },
  ]);
  expect(events.filter((e) => e.type === 'military_action').map((e) => `${e.date.start}…${e.date.end}`).sort()).toEqual(['2025-05-07…2025-05-07', '2025-05-09…2025-05-09']);
});

test('one sentence that dates a saying and reports what it says is one statement on the saying\'s day, whatever another paper told days before', () => {
  // A week-old paper's undated words of the same person, and a later paper's dated recap: the recap's sentence yields
  // the saying (dated) and the reported position (undated, the week up to the saying); the article settles that these
  // are one act before any other paper is compared, so the recap's day is never traded for the older paper's week.
  const events = corpus([
    { file: 'early.md', publisher: 'Wire', published: '2025-07-04', body: 'Ukrainian President Volodymyr Zelenskiy, speaking in Denmark, said he hoped to speak directly with Trump on Friday.' },
    { file: 'recap.md', publisher: 'Paper', published: '2025-07-23', body: 'On July 11, President Zelenskyy confirmed that Ukraine is ready for negotiations at the level of leaders in any format.' },
  ]);
  const sayings = events.filter((e) => e.type === 'statement' && e.actors.includes('volodymyr-zelenskyy'));
  const recap = sayings.find((e) => e.sources.some((s) => s.article === 'recap'));
  expect(recap?.sources.map((s) => s.article)).toEqual(['recap']);
  expect(recap?.date).toMatchObject({ start: '2025-07-11', end: '2025-07-11', basis: 'explicit' });
});
