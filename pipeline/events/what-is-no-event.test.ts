import { describe, expect, test } from 'vitest';
import type { Person } from '../../src/shared/schema';
import { readArticle } from '../ingest/read-article';
import { loadGazetteer } from '../people/gazetteer';
import { analyseArticle } from '../run-pipeline';
import { extractEvents } from './extract-events';

/** Descriptions of people and acts of speaking told with participles. Sentences written for these tests. */
const people: Person[] = loadGazetteer('data/gazetteer');
const byId = new Map(people.map((p) => [p.id, p]));

function run(body: string, published = '2025-06-02') {
  const article = readArticle('no-event.md', `---\ntitle: t\npublished: ${published}\n---\n${body}`);
  const events = extractEvents(analyseArticle(article, people), byId);
  for (const e of events) for (const s of e.sources) expect(article.body.slice(s.start, s.end)).toBe(s.excerpt);
  return events;
}
const typesOf = (body: string) => run(body).map((e) => e.type);

describe('rule "descriptive": a habit, a role or a reputation is no event', () => {
  test('a habit: "has long mediated", "often speaks with", "has repeatedly threatened"', () => {
    expect(typesOf('Marco Rubio has long mediated between Kyiv and Moscow.')).toEqual([]);
    expect(typesOf('Donald Trump has repeatedly threatened Moscow with tariffs over the war in Ukraine.')).toEqual([]);
    expect(typesOf('Ishaq Dar often speaks with Marco Rubio about Kashmir.')).toEqual([]);
  });
  test('a role: "has been a key go-between in talks with Russia"', () => {
    expect(typesOf('Steve Witkoff has been a key go-between in talks with Russia.')).toEqual([]);
    expect(typesOf('Sergey Lavrov remains the main interlocutor in negotiations with Washington.')).toEqual([]);
  });
  test('a reputation or a brief: "is credited with negotiating"', () => {
    expect(typesOf('Recep Tayyip Erdogan is credited with negotiating the grain deal between Russia and Ukraine.')).toEqual([]);
  });
  test('negative: the same verbs told as acts are events', () => {
    expect(typesOf('Marco Rubio mediated between Kyiv and Moscow last week.')).toEqual(['mediation']);
    expect(typesOf('Donald Trump threatened Moscow with tariffs over the war in Ukraine on Monday.')).toEqual(['threat']);
    expect(typesOf('Ishaq Dar spoke with Marco Rubio about Kashmir on Sunday.')).toEqual(['phone_call']);
    expect(typesOf('Recep Tayyip Erdogan negotiated the grain deal between Russia and Ukraine.')).toContain('negotiation');
  });
});

describe('rule "same act participle": one act of speaking told with participles is one event', () => {
  test('"rejected ..., calling it ..., and urging ..." is one rejection, addressed to the state the participle names', () => {
    const events = run('Marco Rubio rejected the proposal, calling it a trap, and urging Kyiv to hold firm.');
    expect(events.map((e) => e.type)).toEqual(['rejection']);
    expect(events[0]?.countries).toContain('UA');
    const accusing = run('Marco Rubio condemned the decision on Sunday, accusing Russia of bad faith.');
    expect(accusing.map((e) => [e.type, e.date.start])).toEqual([['condemnation', '2025-06-01']]);
  });
  test('negative: a finite verb after "but", or another subject, is an act of its own', () => {
    expect(typesOf('Marco Rubio rejected the proposal on Monday, but urged Kyiv to keep talking.')).toEqual(['rejection', 'appeal']);
    expect(typesOf('Marco Rubio condemned the strike and Sergey Lavrov accused Kyiv of lying.')).toEqual(['condemnation', 'accusation']);
  });
});

describe('rule "negated subject": a subject denied by "no" or "none of" denies its verb', () => {
  test('"No military sites have been targeted", "None of the drones were intercepted", "said no jets were shot down"', () => {
    expect(typesOf('No Pakistani military facilities have been targeted, the army said.')).not.toContain('military_action');
    expect(typesOf('None of the Ukrainian drones were intercepted over Moscow on Sunday.')).toEqual([]);
    expect(typesOf('No Ukrainian drones were intercepted over Moscow on Sunday.')).toEqual([]);
    expect(typesOf('No talks were held in Riyadh between Russia and Ukraine this week.')).toEqual([]);
    expect(typesOf('Pakistan said no Indian jets were shot down on Wednesday.')).not.toContain('military_action');
    // "no" right before the event's noun denies it too.
    expect(typesOf('Washington has imposed no new sanctions on Moscow since January.')).toEqual([]);
  });
  test('negative: the same clauses with a subject that is not denied are events', () => {
    expect(typesOf('Pakistani military facilities have been targeted, the army said.')).toContain('military_action');
    expect(typesOf('Ukrainian drones were intercepted over Moscow on Sunday.')).toContain('military_action');
    expect(typesOf('Talks were held in Riyadh between Russia and Ukraine this week.')).toContain('negotiation');
    expect(typesOf('Washington has imposed new sanctions on Moscow this week.')).toContain('sanctions');
  });
});

describe('rule "called off": a contact called off after its noun did not take place', () => {
  test('"his planned summit with Putin would not go ahead", "the visit to Kyiv was postponed"', () => {
    expect(typesOf('Donald Trump said his planned summit with Vladimir Putin in Geneva would not go ahead.')).not.toContain('meeting');
    expect(typesOf('The meeting between Marco Rubio and Sergey Lavrov in Vienna has been put on hold.')).not.toContain('meeting');
  });
  test('negative: a contact that went ahead, or a calling off of something else, stays an event', () => {
    expect(typesOf('Donald Trump said his summit with Vladimir Putin in Geneva went ahead on Friday.')).toContain('meeting');
    expect(typesOf('Marco Rubio met Sergey Lavrov in Vienna after the concert was cancelled.')).toContain('meeting');
  });
});

describe('rule "topic noun": talks wanted, left or only a modifier are not talks held', () => {
  test('"to force Russia to engage in peace talks", "could abandon peace talks", "the negotiating table", "serious about negotiating"', () => {
    expect(typesOf('Scott Bessent said the measures aim to force Russia to engage in peace talks with Ukraine.')).not.toContain('negotiation');
    expect(typesOf('Marco Rubio said the United States may abandon the peace talks between Russia and Ukraine.')).not.toContain('negotiation');
    expect(typesOf('Donald Trump wants Vladimir Putin at the negotiating table with Ukraine.')).not.toContain('negotiation');
    expect(typesOf('Marco Rubio asked whether Russia and Ukraine were serious about negotiating.')).not.toContain('negotiation');
    expect(typesOf('Mark Rutte and Ursula von der Leyen sat in the Oval Office amid negotiations over Ukraine and Russia.')).not.toContain('negotiation');
  });
  test('negative: talks joined, held or under way are talks', () => {
    expect(typesOf('Rustem Umerov and Vladimir Medinsky held peace talks between Ukraine and Russia in Istanbul.')).toContain('negotiation');
    expect(typesOf('Russia and Ukraine are negotiating a prisoner exchange in Istanbul.')).toContain('negotiation');
  });
});

describe('rule "prepared for": a contact only prepared, arranged or looked forward to is not held', () => {
  test('"to get ready for his summit", "paving the way for a meeting", "arranging talks", "a future summit", "wants face-to-face talks"', () => {
    expect(typesOf('Donald Trump asked aides from both capitals to gather in Vienna to get ready for his summit with Vladimir Putin.')).not.toContain('meeting');
    expect(typesOf('Ishaq Dar said on Friday the contacts were paving the way for a meeting between Shehbaz Sharif and Narendra Modi.')).not.toContain('meeting');
    expect(typesOf('The Kremlin said on Tuesday the envoys would lay the groundwork for formal Ukraine peace negotiations and a future summit between Vladimir Putin and Donald Trump.')).toEqual(['statement']);
    expect(typesOf('Donald Trump said on Monday he had begun arranging a summit between Vladimir Putin and Volodymyr Zelenskyy.')).not.toContain('meeting');
    expect(typesOf('Volodymyr Zelenskyy wants face-to-face talks with Vladimir Putin.')).toEqual([]);
    expect(typesOf('Marco Rubio said Washington was working towards a prospective meeting between the two foreign ministers.')).not.toContain('meeting');
  });
  test('negative: the contact held, or held after it was prepared, is one', () => {
    expect(typesOf('Donald Trump held a summit with Vladimir Putin in Alaska on Friday.')).toContain('meeting');
    expect(typesOf('After weeks of preparation, Vladimir Putin and Donald Trump held a face-to-face meeting in Alaska on Friday.')).toContain('meeting');
    expect(typesOf('Ishaq Dar met Marco Rubio in Washington on Friday to prepare the ground for trade talks.')).toContain('meeting');
    // A contact prepared for with a day of its own is a planned one.
    expect(run('Diplomats in Ankara got ready for the upcoming summit between Recep Tayyip Erdogan and Vladimir Putin on Friday.').map((e) => [e.type, e.status])).toContainEqual(['meeting', 'planned']);
  });
});

describe('rule "incident\'s attribution": blame told in a relative clause of the incident is background', () => {
  test('"a bombing ... that New Delhi has blamed on Islamabad", "the massacre ..., which India blamed on Pakistan" are no new accusation', () => {
    expect(typesOf('Tension rose on Friday, days after a bombing at a market in Srinagar that New Delhi has blamed on Islamabad.')).not.toContain('accusation');
    expect(typesOf('The talks were cut short by the massacre of pilgrims near Pahalgam, which India blamed on Pakistan.')).not.toContain('accusation');
    expect(typesOf('Kyiv on Monday mourned the victims of a drone strike on a school that Ukraine blames on Moscow.')).not.toContain('accusation');
  });
  test('negative: a blame told as its own act, or a relative clause on something else, is an accusation', () => {
    expect(typesOf('India on Friday blamed Pakistan for the bombing at a market in Srinagar.')).toContain('accusation');
    expect(typesOf('The bombing that killed nine people was condemned, and on Friday India accused Pakistan of sheltering the bombers.')).toContain('accusation');
    expect(typesOf('Shehbaz Sharif gave a speech on Friday in which he blamed India for the floods.')).toContain('accusation');
  });
});

describe('rule "fell through": a plan the next clause says did not happen is no event', () => {
  test('"were scheduled to meet ..., but it could not fructify" is no meeting; a plan with nothing against it stays planned', () => {
    expect(typesOf('Ishaq Dar and Marco Rubio were scheduled to meet in Doha, but it could not fructify as the flight was late.')).toEqual([]);
    expect(typesOf('Ishaq Dar and Marco Rubio were due to meet in Doha, but the talks fell through.')).toEqual([]);
    const kept = run('Ishaq Dar and Marco Rubio were scheduled to meet in Doha, but officials gave no time.');
    expect(kept.map((e) => [e.type, e.status])).toEqual([['meeting', 'planned']]);
  });
});

describe('a plan told in the past tense of a report is still a plan', () => {
  test('"was expected to speak to X as early as tomorrow" is a planned call; "spoke to X" is not', () => {
    expect(run('Last night the spokesperson said Marco Rubio was expected to speak to Ishaq Dar as early as tomorrow.', '2025-04-30').map((e) => [e.type, e.status])).toContainEqual(['phone_call', 'planned']);
    expect(run('Marco Rubio spoke to Ishaq Dar on Tuesday.', '2025-04-30').map((e) => [e.type, e.status])).toEqual([['phone_call', 'occurred']]);
  });
});

describe('a condition, an alternative or an invitation is no event', () => {
  test('"if attacks from X continue", "instead of condemning", "invited X ... to visit" tell nothing that happened', () => {
    expect(typesOf('S. Jaishankar warned that if terrorist attacks from Pakistan continue, there will be consequences.')).not.toContain('terrorist_attack');
    expect(typesOf('Wang Yi expressed regret instead of condemning the strike on Pakistan.')).not.toContain('condemnation');
    expect(typesOf('Donald Trump invited Narendra Modi, who was in Canada for the summit, to visit Washington.')).not.toContain('visit');
    // Without them, the same words are events.
    expect(typesOf('Wang Yi condemned the strike on Pakistan.')).toContain('condemnation');
    expect(typesOf('Narendra Modi will visit Washington on Friday.')).toContain('visit');
  });
});

describe('rule "only wished for": an act asked for, wanted, threatened or refused has not happened', () => {
  test('the contact asked for is no contact; the asking is an appeal of the one who asked', () => {
    expect(typesOf('Volodymyr Zelenskyy on Sunday urged Vladimir Putin to meet him in Istanbul.')).toEqual(['appeal']);
    expect(typesOf('Volodymyr Zelenskyy called on Vladimir Putin to meet him face to face.')).toEqual(['appeal']);
    expect(run('Donald Trump asked Vladimir Putin to hold talks with Volodymyr Zelenskyy.').map((e) => [e.type, e.actors[0]])).toEqual([['appeal', 'donald-trump']]);
    expect(typesOf('Volodymyr Zelenskyy challenged Vladimir Putin to come to Istanbul.')).toEqual(['appeal']);
  });
  test('a contact only wanted, sought, tried or refused is none', () => {
    expect(typesOf('Donald Trump wants to meet Vladimir Putin soon.')).toEqual([]);
    expect(typesOf('Volodymyr Zelenskyy has repeatedly sought to meet Vladimir Putin.')).toEqual([]);
    expect(typesOf('Shehbaz Sharif hopes to visit Washington before the summer.')).toEqual([]);
  });
  test('negatives: a plan, an agreement, or a capital word that only looks like the verb still tells its act', () => {
    // "Press TV" is no pressing; "plans to visit" is a plan; "travelled to Moscow to meet" tells a meeting.
    expect(run('Esmaeil Baghaei told Press TV that Abbas Araghchi plans to visit India.', '2025-05-05').map((e) => [e.type, e.status])).toContainEqual(['visit', 'planned']);
    expect(typesOf('Steve Witkoff travelled to Moscow to meet Vladimir Putin on Friday.')).toContain('meeting');
    // An appeal's own noun ("made appealing for peace a theme") is no appeal.
    expect(typesOf('Pope Leo, who has made appealing for peace a theme of his papacy, met Volodymyr Zelenskyy on Friday.')).toEqual(['meeting']);
  });
});
