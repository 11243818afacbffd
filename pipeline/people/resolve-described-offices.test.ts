import { describe, expect, test } from 'vitest';
import type { Person } from '../../src/shared/schema';
import { COUNTRIES } from '../lexicon/countries';
import { INSTITUTION_HEADS, OFFICE_DESCRIPTIONS, officeOfDescription } from '../lexicon/office-descriptions';
import { segmentSentences } from '../sentences/segment-sentences';
import { loadGazetteer } from './gazetteer';
import { OFFICE_BY_KEY } from './offices';
import { pluralOfDescription } from './resolve-described-offices';
import { resolvePeople } from './resolve-people';

const gazetteer = loadGazetteer('data/gazetteer');

/** Who each phrase of `body` resolves to when the article is published on `day` (own sentences, not corpus text). */
function people(body: string, day: string, known: Person[] = gazetteer) {
  return resolvePeople(body, segmentSentences(body), day, known, []);
}
function whoIs(body: string, phrase: string, day: string, known: Person[] = gazetteer): string | null {
  const start = body.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the sentence`);
  const m = people(body, day, known).mentions.find((x) => x.start === start && x.text === phrase);
  return m ? m.personId : null;
}

describe('the office-description lexicon', () => {
  test('every description and institution head names an office of the shared office table', () => {
    for (const d of OFFICE_DESCRIPTIONS) {
      for (const key of [...Object.values(d.officeByCountry), ...(d.default ? [d.default] : [])]) expect(OFFICE_BY_KEY.has(key), `${d.name}: ${key}`).toBe(true);
      for (const c of Object.keys(d.officeByCountry)) expect(COUNTRIES.some((x) => x.code === c), `${d.name}: ${c}`).toBe(true);
    }
    // An institution's head is named through a description ("the Kremlin chief") or is an office itself ("FSB chief").
    for (const h of INSTITUTION_HEADS) expect(OFFICE_DESCRIPTIONS.some((d) => d.name === h.description) || (h.office !== undefined && OFFICE_BY_KEY.has(h.office))).toBe(true);
  });

  test('a country the leader rule does not list has no office, rather than a guessed one', () => {
    const leader = OFFICE_DESCRIPTIONS.find((d) => d.name === 'leader');
    expect(leader && officeOfDescription(leader, 'RU')).toBe('president');
    expect(leader && officeOfDescription(leader, 'IR')).toBeNull();
    expect(leader && officeOfDescription(leader, 'SA')).toBeNull();
  });
});

describe('rule "leader": the country word and "leader" name the head of its government on the day', () => {
  test('"the Russian leader" and "Russia\'s leader" resolve to the president in 2025', () => {
    expect(whoIs('On Tuesday the Russian leader rejected the offer.', 'the Russian leader', '2025-05-10')).toBe('vladimir-putin');
    expect(whoIs("Russia's leader rejected the offer on Tuesday.", "Russia's leader", '2025-05-10')).toBe('vladimir-putin');
    expect(whoIs('The Indian leader chaired a security meeting.', 'The Indian leader', '2025-05-10')).toBe('narendra-modi');
  });

  test('the end date of an office is exclusive: "the German leader" is Scholz the day before Merz took office, Merz on it', () => {
    const s = 'The German leader called for calm.';
    expect(whoIs(s, 'The German leader', '2025-05-05')).toBe('olaf-scholz');
    expect(whoIs(s, 'The German leader', '2025-05-06')).toBe('friedrich-merz');
  });

  test('"a Russian leader" (anyone), "the former Russian leader" and "the then Russian leader" resolve to nobody', () => {
    for (const s of ['Any deal needs a Russian leader who keeps his word.', 'The speech by the former Russian leader was short.', 'In 1999 the then Russian leader resigned.']) {
      expect(people(s, '2025-05-10').mentions).toEqual([]);
    }
  });

  test('a lower-case country word or a plural is not the office: "the russian leader", "the Russian leaders"', () => {
    expect(people('Critics said the russian leader was absent.', '2025-05-10').mentions).toEqual([]);
    expect(people('Critics said the Russian leaders were absent.', '2025-05-10').mentions).toEqual([]);
  });

  test('a country the rule does not cover resolves to nobody: "the Iranian leader", "the Saudi leader"', () => {
    expect(people('Later the Iranian leader spoke on television.', '2025-05-10').mentions).toEqual([]);
    expect(people('Later the Saudi leader spoke on television.', '2025-05-10').mentions).toEqual([]);
  });

  test('followed by a name it is that person\'s title, not a second mention: "the Russian leader Vladimir Putin"', () => {
    const { mentions } = people('On Tuesday the Russian leader Vladimir Putin rejected the offer.', '2025-05-10');
    expect(mentions.map((m) => [m.text, m.personId])).toEqual([['Vladimir Putin', 'vladimir-putin']]);
  });
});

describe('rule "plural description": two countries\' holders of a described office, or nobody', () => {
  test('"the Russian and Ukrainian leaders" and "the top diplomats of India and Pakistan" name both holders', () => {
    const a = people('The talks between the Russian and Ukrainian leaders ended early.', '2025-05-10').mentions;
    expect(a.map((m) => [m.text, m.personId, m.also])).toEqual([['the Russian and Ukrainian leaders', 'vladimir-putin', ['volodymyr-zelenskyy']]]);
    const b = people('On Sunday the top diplomats of India and Pakistan spoke.', '2025-05-10').mentions;
    expect(b.map((m) => [m.personId, m.also])).toEqual([['s-jaishankar', ['ishaq-dar']]]);
  });

  test('without "the", or with a country the rule does not cover, it resolves to nobody', () => {
    expect(people('Russian and Ukrainian leaders have met before.', '2025-05-10').mentions).toEqual([]);
    expect(people('The talks between the Russian and Iranian leaders ended early.', '2025-05-10').mentions).toEqual([]);
  });

  test('plural forms: "leader" -> "leaders", "head of state" -> "heads of state"', () => {
    expect(pluralOfDescription('leader')).toBe('leaders');
    expect(pluralOfDescription('top diplomat')).toBe('top diplomats');
    expect(pluralOfDescription('head of state')).toBe('heads of state');
  });
});

describe('rules "head of state" and "head of government": two offices where a country has both', () => {
  test('India\'s head of state is the president, its head of government the prime minister', () => {
    expect(whoIs("India's head of state opened the session.", "India's head of state", '2025-05-10')).toBe('droupadi-murmu');
    expect(whoIs("India's head of government opened the session.", "India's head of government", '2025-05-10')).toBe('narendra-modi');
    expect(whoIs('The Russian head of government opened the session.', 'The Russian head of government', '2025-05-10')).toBe('mikhail-mishustin');
  });

  test('a monarchy has no head-of-state office in the table: "the British head of state" resolves to nobody', () => {
    expect(people('The British head of state opened the session.', '2025-05-10').mentions).toEqual([]);
  });
});

describe('rule "Kremlin chief": an institution headed by one office', () => {
  test('"the Kremlin chief" and "the Kremlin leader" resolve to the Russian president', () => {
    expect(whoIs('Aides said the Kremlin chief would not travel.', 'the Kremlin chief', '2025-05-10')).toBe('vladimir-putin');
    expect(whoIs('Aides said the Kremlin leader would not travel.', 'the Kremlin leader', '2025-05-10')).toBe('vladimir-putin');
  });

  test('"the Kremlin chief of staff" and "the Kremlin chiefs" are not the Kremlin chief', () => {
    expect(people('He once served as the Kremlin chief of staff.', '2025-05-10').mentions).toEqual([]);
    expect(people('Aides said the Kremlin chiefs met.', '2025-05-10').mentions).toEqual([]);
  });
});

describe('rule "top diplomat": the foreign minister, or the Secretary of State for the United States', () => {
  test('"India\'s top diplomat" is the external affairs minister; "America\'s top diplomat" is the Secretary of State', () => {
    expect(whoIs("India's top diplomat flew to Tokyo.", "India's top diplomat", '2025-05-10')).toBe('s-jaishankar');
    expect(whoIs("America's top diplomat flew to Tokyo.", "America's top diplomat", '2025-05-10')).toBe('marco-rubio');
    expect(whoIs("America's top diplomat flew to Tokyo.", "America's top diplomat", '2024-06-01')).toBe('antony-blinken');
  });

  test('on a day nobody held the office ("America\'s top diplomat" on 20 January 2025, between Blinken and Rubio) it resolves to nobody', () => {
    expect(people("America's top diplomat flew to Tokyo.", '2025-01-20').mentions).toEqual([]);
  });

  test('when two people held the office on the day it resolves to nobody, never to one of them', () => {
    const rival: Person = { id: 'test-rival-minister', name: 'Test Rival', aliases: [], country: 'IN', roles: [{ title: 'External Affairs Minister', country: 'IN', from: '2025-01-01', to: null }], origin: 'gazetteer' };
    expect(whoIs("India's top diplomat flew to Tokyo.", "India's top diplomat", '2025-05-10', [...gazetteer, rival])).toBeNull();
    expect(whoIs("India's foreign minister flew to Tokyo.", "India's foreign minister", '2025-05-10', [...gazetteer, rival])).toBeNull();
  });
});

describe('titled offices written descriptively resolve through the shared office table on the day', () => {
  const day = '2025-05-10';
  test.each([
    ['Later the Ukrainian president flew to Rome.', 'the Ukrainian president', 'volodymyr-zelenskyy'],
    ["Meanwhile Pakistan's army chief inspected the front.", "Pakistan's army chief", 'asim-munir'],
    ['At noon the Pakistan DGMO phoned his counterpart.', 'the Pakistan DGMO', 'kashif-abdullah'],
    ["On Friday India's foreign minister spoke to reporters.", "India's foreign minister", 's-jaishankar'],
    ['On Friday the US secretary of state landed in Riyadh.', 'the US secretary of state', 'marco-rubio'],
  ])('%s', (s, phrase, id) => {
    expect(whoIs(s, phrase, day)).toBe(id);
  });

  test('"the Foreign Ministers of India and Pakistan" names both holders on the day', () => {
    const s = 'On Sunday the Foreign Ministers of India and Pakistan spoke by phone.';
    const m = people(s, day).mentions.find((x) => x.text.startsWith('Foreign Ministers'));
    expect(m && [m.personId, ...(m.also ?? [])]).toEqual(['s-jaishankar', 'ishaq-dar']);
  });

  test('"the former Ukrainian president" does not resolve to the holder of the day', () => {
    expect(people('On Friday the former Ukrainian president flew to Rome.', day).mentions).toEqual([]);
  });

  test('"the president" with no country and no person before it in the article resolves to nobody', () => {
    expect(people('On Friday the president flew to Rome.', day).mentions).toEqual([]);
  });

  test('"the president" takes the country of the people named before it only when they are all of one country', () => {
    expect(whoIs('Narendra Modi spoke on Friday. Later the president signed the order.', 'the president', day)).toBe('droupadi-murmu');
    expect(whoIs('Narendra Modi and Shehbaz Sharif spoke on Friday. Later the president signed the order.', 'the president', day)).toBeNull();
  });
});

describe('an unknown person named after an office gets the country the text gives, or none', () => {
  test('"Pakistan\'s Foreign Office spokesperson <unknown name>" is that person, of Pakistan, not the gazetteer\'s spokesperson', () => {
    const r = people("Pakistan's Foreign Office spokesperson Tariq Noor Baig said the report was false.", '2025-05-10');
    expect(r.mentions.map((m) => [m.text, m.personId])).toEqual([['Tariq Noor Baig', 'ner-tariq-noor-baig']]);
    expect(r.people.find((p) => p.id === 'ner-tariq-noor-baig')?.country).toBe('PK');
  });

  test('"the Pakistani military spokesman <unknown name>" is of Pakistan; "a military spokesman <unknown name>" has no country', () => {
    const a = people('Later the Pakistani military spokesman Tariq Noor Baig denied the claim.', '2025-05-10');
    expect(a.people.find((p) => p.id === 'ner-tariq-noor-baig')?.country).toBe('PK');
    const b = people('Pakistan denied it, and a military spokesman Tariq Noor Baig called the claim false.', '2025-05-10');
    expect(b.people.find((p) => p.id === 'ner-tariq-noor-baig')?.country).toBeNull();
  });

  test('with no country word before the title the unknown person has no country (never a guess from the article)', () => {
    const r = people('Pakistan denied it. Foreign Office spokesperson Tariq Noor Baig said the report was false.', '2025-05-10');
    expect(r.people.find((p) => p.id === 'ner-tariq-noor-baig')?.country).toBeNull();
  });
});

describe('rule "a description split by its state"', () => {
  test('"the top Iranian diplomat", "the most senior Indian general" are the offices of that state on the day', () => {
    expect(whoIs('The top Iranian diplomat will fly to Delhi next week.', 'The top Iranian diplomat', '2025-05-05')).toBe('abbas-araghchi');
    expect(whoIs('Talks were led by the chief Russian diplomat on Monday.', 'the chief Russian diplomat', '2025-05-05')).toBe('sergey-lavrov');
    expect(whoIs('Kyiv said the Russian dictator had ignored the truce.', 'the Russian dictator', '2025-05-05')).toBe('vladimir-putin');
  });

  test('negatives: a rank word before a state word and an office of no description, or a name after it', () => {
    expect(people('The top Iranian official will fly to Delhi next week.', '2025-05-05').mentions).toEqual([]);
    expect(whoIs('The top Iranian diplomat Abbas Araghchi will fly to Delhi.', 'The top Iranian diplomat', '2025-05-05')).toBeNull();
  });
});
