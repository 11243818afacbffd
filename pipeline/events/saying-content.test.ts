import { describe, expect, test } from 'vitest';
import type { EventType } from '../../src/shared/schema';
import { eventsOfCell } from './fixtures/unseen-events-of';

/**
 * The grid of rule "a saying typed by what it says" (saying-content.ts, saying-content-cues.ts), round x19: a saying
 * told with a neutral verb ("said", "told reporters", "wrote on X", a quotation with "said") is the act its content
 * tells. Sentences of our own, in a paper of Wednesday 14 May 2025 (Tuesday 13, Monday 12, Sunday 11, Friday 9,
 * Thursday 8). Undated, a saying spans the week up to the paper. Each cell: type, first and last day, the teller.
 */
const PUBLISHED = '2025-05-14';
const WEEK: [string, string] = ['2025-05-07', '2025-05-14'];
const CRISIS = /India|Pakistan|Kashmir|Islamabad|Delhi|Modi|Sharif|Jaishankar|Munir|MEA|Misri|Dar\b/;

const cell = (sentence: string) => eventsOfCell(sentence, PUBLISHED, CRISIS);

/** [type, first day, last day, actors] of each event. */
const told = (sentence: string) => cell(sentence).map((e) => [e.type, e.date.start, e.date.end, e.actors.join('+')]);

type Cell = [EventType, string, string, string, string];
const day = (d: string): [string, string] => [d, d];

/** Cells whose saying takes the type of its content, with the saying's own date and teller. */
function typed(cells: Cell[]) {
  test.each(cells)('%s %s..%s by "%s": %s', (type, from, to, actors, sentence) => {
    expect(told(sentence)).toContainEqual([type, from, to, actors]);
  });
}

/** Cells whose saying stays a statement: the look-alike is not the teller's act. `not` is the type it must not take. */
function stays(cells: [EventType, string, string][]) {
  test.each(cells)('no %s by "%s": %s', (not, actors, sentence) => {
    const mine = cell(sentence).filter((e) => e.actors.join('+') === actors);
    expect(mine.map((e) => e.type)).toContain('statement');
    expect(mine.map((e) => e.type)).not.toContain(not);
  });
}

describe('rule "blame in what was said" (accusation)', () => {
  typed([
    ['accusation', ...day('2025-05-13'), 'ishaq-dar', "Pakistan's foreign minister said on Tuesday that India was behind the attack."],
    ['accusation', ...day('2025-05-12'), 'sergey-lavrov', 'Russian Foreign Minister Sergei Lavrov said on Monday that Kyiv was responsible for the drone strikes on Bryansk.'],
    ['accusation', ...day('2025-05-13'), 'vikram-misri', 'Indian Foreign Secretary Vikram Misri told reporters on Tuesday that Pakistan had been harbouring terrorists for decades.'],
    ['accusation', ...day('2025-05-13'), 'dmitry-peskov', 'Kremlin spokesman Dmitry Peskov said on Tuesday that Kyiv was to blame for the collapse of the talks.'],
    ['accusation', ...day('2025-05-12'), 'andrii-sybiha', '"Moscow is trying to derail the peace process," Ukrainian Foreign Minister Andrii Sybiha said on Monday.'],
    ['accusation', ...WEEK, 'maria-zakharova', 'Russian foreign ministry spokeswoman Maria Zakharova said Ukraine had staged the provocation to wreck the talks.'],
  ]);
});

describe('rule "a verdict of wrong in what was said" (condemnation)', () => {
  typed([
    ['condemnation', ...day('2025-05-12'), 'andrii-sybiha', 'Ukrainian Foreign Minister Andrii Sybiha said on Monday that the shelling of Kharkiv was a barbaric war crime.'],
    ['condemnation', ...WEEK, 'shehbaz-sharif', 'Prime Minister Shehbaz Sharif said the Indian strikes on Muridke were cowardly and shameful.'],
    ['condemnation', ...day('2025-05-11'), 'volodymyr-zelenskyy', '"This strike on a bus full of civilians is an act of terror," Zelensky said on Sunday.'],
  ]);
});

describe('rule "a warning in what was said" (threat)', () => {
  typed([
    ['threat', ...day('2025-05-11'), 'narendra-modi', 'Prime Minister Narendra Modi said on Sunday India would respond with full force to any attack.'],
    ['threat', ...WEEK, 'asim-munir', "Pakistan's army chief said any misadventure would be met with a swift and befitting reply."],
    ['threat', ...WEEK, 'dmitry-medvedev', 'Former Russian president Dmitry Medvedev said Kyiv would pay a heavy price for the raid.'],
    ['threat', ...day('2025-05-13'), 'khawaja-asif', 'Defence Minister Khawaja Asif said on Tuesday that Pakistan would not hesitate to retaliate.'],
  ]);
});

describe('rule "an appeal in what was said" (appeal)', () => {
  typed([
    ['appeal', ...WEEK, 'recep-tayyip-erdogan', 'Turkish President Recep Tayyip Erdogan said Russia and Ukraine should return to the negotiating table.'],
    ['appeal', ...WEEK, 'faisal-bin-farhan', 'Saudi Foreign Minister Faisal bin Farhan said India and Pakistan needed to resolve their differences through dialogue.'],
    ['appeal', ...day('2025-05-09'), 'antonio-guterres', 'UN Secretary-General Antonio Guterres said on Friday that both sides must exercise maximum restraint.'],
    ['appeal', ...day('2025-05-12'), 'hakan-fidan', 'Turkish Foreign Minister Hakan Fidan said on Monday that both sides must avoid further escalation.'],
  ]);
});

describe('rule "a demand in what was said" (demand)', () => {
  typed([
    ['demand', ...WEEK, 'volodymyr-zelenskyy', 'Zelensky wrote on X that Russia must be held accountable for the attack on Kyiv.'],
    ['demand', ...day('2025-05-13'), 'andrii-sybiha', '"Russia must withdraw its troops from our land," Sybiha said on Tuesday.'],
    ['demand', '2025-05-13', '2025-05-14', 'andrii-sybiha', 'Sybiha says Russia must be held accountable for the strike on Sumy.'],
    ['demand', ...day('2025-05-12'), 's-jaishankar', 'Jaishankar said on Monday that Pakistan must hand over the planners of the massacre.'],
  ]);
});

describe('rules "a refusal in what was said" and "a denial in what was said" (rejection)', () => {
  typed([
    ['rejection', ...day('2025-05-14'), '', 'Kyiv said on Wednesday it would not accept any deal made without Ukraine.'],
    ['rejection', ...day('2025-05-08'), '', 'The Kremlin said on Thursday the proposal was unacceptable.'],
    ['rejection', ...day('2025-05-12'), 'dmitry-peskov', 'Peskov said on Monday that Moscow would never recognise the tribunal.'],
    ['rejection', ...day('2025-05-13'), 'shafqat-ali-khan', 'Foreign Office spokesman Shafqat Ali Khan said on Tuesday that Pakistan had nothing to do with the attack.'],
    ['rejection', ...WEEK, 'dmitry-peskov', "Peskov said Zelensky's claim that Russia was behind the blast was absurd."],
  ]);
});

describe('rule "an intent in what was said" (intent_to_cooperate)', () => {
  typed([
    ['intent_to_cooperate', ...day('2025-05-12'), 'ishaq-dar', 'Dar said on Monday that Pakistan remained committed to dialogue with India.'],
    ['intent_to_cooperate', ...WEEK, 'hakan-fidan', 'Fidan said Turkey would continue to work with both sides for a lasting peace.'],
  ]);
});

describe('negatives: the content is not the teller\'s act, or tells no act', () => {
  stays([
    // A cue inside someone else's saying or thought.
    ['accusation', 'shehbaz-sharif', 'Sharif said India had accused Pakistan of being behind the attack.'],
    ['accusation', 'volodymyr-zelenskyy', 'Zelensky said Russian officials had claimed that Ukraine was behind the blast.'],
    ['condemnation', 's-jaishankar', 'Jaishankar said on Monday that Pakistan had condemned the strikes.'],
    // Doubted, denied, asked or supposed.
    ['accusation', 'marco-rubio', 'Rubio said there was no evidence that Pakistan was behind the attack.'],
    ['accusation', 'dmitry-peskov', 'Peskov said it was unclear whether Kyiv was behind the blast.'],
    ['threat', 'ishaq-dar', 'Dar said that if India attacked, Pakistan would respond with full force.'],
    ['condemnation', 'andrii-sybiha', 'Sybiha said a strike on the dam would be a war crime.'],
    ['condemnation', 'andrii-sybiha', 'Sybiha said the strike could be a war crime.'],
    ['accusation', 'andrii-sybiha', '"Who is behind this attack?" Sybiha said on Monday.'],
    // Background inside what was said.
    ['accusation', 'shehbaz-sharif', 'Sharif said the attack, which India blamed on Pakistan, was still being investigated.'],
    // The teller's own side, or the other side's act told as news.
    ['accusation', 'volodymyr-zelenskyy', 'Zelensky said Ukraine was behind the strikes on the Russian airfields.'],
    ['threat', 'shehbaz-sharif', 'Sharif said India would respond with full force.'],
    ['rejection', 'volodymyr-zelenskyy', 'Zelensky said Russia would not accept the ceasefire.'],
    // Plain descriptions.
    ['appeal', 'recep-tayyip-erdogan', 'Erdogan said Russia and Ukraine had returned to the negotiating table.'],
    ['threat', 'andrii-sybiha', 'Sybiha said Ukraine would respond to the proposal next week.'],
    ['accusation', 'dmitry-peskov', 'Peskov said the talks were behind schedule.'],
    ['accusation', 'marco-rubio', 'Rubio said the United States would support India in fighting terrorism.'],
  ]);
  test('plain descriptions keep a statement', () => {
    for (const sentence of ['Rubio said on Monday that the talks were productive.', 'Zelensky said the strike on Sumy killed 35 people.', 'Dar said the situation along the Line of Control was calm.']) {
      expect(cell(sentence).map((e) => e.type)).toContain('statement');
    }
  });
});
