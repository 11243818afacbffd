import { describe, expect, test } from 'vitest';
import { COUNTRIES } from '../lexicon/countries';
import { INSTITUTION_HEADS, OFFICE_DESCRIPTIONS } from '../lexicon/office-descriptions';
import { SECURITY_OFFICES } from '../lexicon/security-offices';
import { segmentSentences } from '../sentences/segment-sentences';
import { loadGazetteer } from './gazetteer';
import { OFFICE_BY_KEY, holdersOn } from './offices';
import { resolvePeople } from './resolve-people';

/** The real gazetteer: holders of these offices with their dates of office. Sentences are our own. */
const gazetteer = loadGazetteer('data/gazetteer');

/** Whom `phrase` in `body` resolves to on `day`, or null. */
function whoIs(body: string, phrase: string, day = '2025-06-02'): string | null {
  const start = body.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the sentence`);
  const m = resolvePeople(body, segmentSentences(body), day, gazetteer, []).mentions.find((x) => x.start === start && x.text === phrase);
  return m ? m.personId : null;
}
const nobody = (body: string, day = '2025-06-02') => resolvePeople(body, segmentSentences(body), day, gazetteer, []).mentions.filter((m) => m.via === 'coreference');

describe('the security offices and their holders in the gazetteer', () => {
  test('every description and institution names a known office of a known country', () => {
    for (const h of INSTITUTION_HEADS) {
      expect(h.office === undefined || OFFICE_BY_KEY.has(h.office), h.institution).toBe(true);
      expect(COUNTRIES.some((c) => c.code === h.country)).toBe(true);
    }
    for (const o of SECURITY_OFFICES) expect(OFFICE_BY_KEY.get(o.key)).toBe(o);
    for (const d of OFFICE_DESCRIPTIONS) for (const key of Object.values(d.officeByCountry)) expect(OFFICE_BY_KEY.has(key), `${d.name}: ${key}`).toBe(true);
  });

  test('the army chief and the ISI director general changed hands on their recorded days', () => {
    const pk = (key: string, day: string) => {
      const office = OFFICE_BY_KEY.get(key);
      return office ? holdersOn(gazetteer, office, day, 'PK').map((p) => p.id) : [];
    };
    expect(pk('army-chief', '2022-11-28')).toEqual(['qamar-javed-bajwa']);
    expect(pk('army-chief', '2022-11-29')).toEqual(['asim-munir']);
    expect(pk('isi-director-general', '2024-09-29')).toEqual(['nadeem-anjum']);
    expect(pk('isi-director-general', '2024-09-30')).toEqual(['asim-malik']);
  });
});

describe('rule "epithet": a word about the holder between country and office leaves the office as it is', () => {
  test('"Pakistan\'s powerful army chief" is the army chief; "the influential Russian defence minister" the minister', () => {
    expect(whoIs("Pakistan's powerful army chief flew to Riyadh.", "Pakistan's powerful army chief")).toBe('asim-munir');
    expect(whoIs("Pakistan's powerful army chief flew to Riyadh.", "Pakistan's powerful army chief", '2021-03-01')).toBe('qamar-javed-bajwa');
  });
  test('negative: words that may name another holder ("new", "acting") are no epithet', () => {
    expect(nobody("Pakistan's new army chief will be named next week.")).toEqual([]);
    expect(nobody("Pakistan's acting army chief took the salute.")).toEqual([]);
  });
});

describe('rule "top general": the most senior officer of the named state', () => {
  test('Russia\'s, Ukraine\'s and Pakistan\'s top general', () => {
    expect(whoIs("Russia's top general inspected the troops.", "Russia's top general")).toBe('valery-gerasimov');
    expect(whoIs("Ukraine's top general inspected the troops.", "Ukraine's top general")).toBe('oleksandr-syrskyi');
    expect(whoIs("Ukraine's top general inspected the troops.", "Ukraine's top general", '2023-05-01')).toBe('valerii-zaluzhnyi');
    expect(whoIs('The Pakistani top military officer inspected the troops.', 'The Pakistani top military officer')).toBe('asim-munir');
  });
  test('negative: a state the rule does not cover, or "a top general", names nobody', () => {
    expect(nobody("Germany's top general inspected the troops.")).toEqual([]);
    expect(nobody('A Russian top general inspected the troops.')).toEqual([]);
  });
});

describe('rule "spy chief": the head of the one agency news means, where there is one', () => {
  test('Pakistan\'s spy chief heads the ISI; Ukraine\'s heads military intelligence', () => {
    expect(whoIs("Pakistan's spy chief met the prime minister.", "Pakistan's spy chief")).toBe('asim-malik');
    expect(whoIs("Pakistan's spy chief met the prime minister.", "Pakistan's spy chief", '2023-01-10')).toBe('nadeem-anjum');
    expect(whoIs("Ukraine's military intelligence chief gave an interview.", "Ukraine's military intelligence chief")).toBe('kyrylo-budanov');
    expect(whoIs("Russia's foreign intelligence chief gave an interview.", "Russia's foreign intelligence chief")).toBe('sergey-naryshkin');
  });
  test('negative: "Russia\'s spy chief" (FSB or SVR?) and "India\'s spy chief" (RAW or IB?) name nobody', () => {
    expect(nobody("Russia's spy chief gave an interview.")).toEqual([]);
    expect(nobody("India's spy chief gave an interview.")).toEqual([]);
  });
});

describe('rule "institution head": the chief or spokesman of an institution with one such office', () => {
  test('"the Kremlin\'s spokesman", "FSB chief" and "the ISI chief"', () => {
    expect(whoIs("The Kremlin's spokesman took questions by phone.", "The Kremlin's spokesman")).toBe('dmitry-peskov');
    expect(whoIs('On Friday FSB chief said the plot was foiled.', 'FSB chief')).toBe('alexander-bortnikov');
    expect(whoIs('The ISI chief met the prime minister.', 'The ISI chief')).toBe('asim-malik');
  });
  test('negative: another office of the institution ("the Kremlin chief of staff") or a title before a name', () => {
    expect(nobody('The Kremlin chief of staff took questions.')).toEqual([]);
    const body = 'FSB chief Alexander Bortnikov said the plot was foiled.';
    expect(resolvePeople(body, segmentSentences(body), '2025-06-02', gazetteer, []).mentions.map((m) => m.text)).toEqual(['Alexander Bortnikov']);
  });
});
