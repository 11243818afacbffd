import { describe, expect, test } from 'vitest';
import type { PersonMention } from '../types';
import { loadGazetteer } from './gazetteer';
import { readSeed, readText } from './read-seed';
import { resolvePeople } from './resolve-people';

const gazetteer = loadGazetteer('data/gazetteer');
const SEEDS = ['000_33d9e51da9844c80.txt', '001_94da05fad19ce5d3.txt', '002_21932a248247e45f.txt'];

function run(a: ReturnType<typeof readSeed>) {
  return resolvePeople(a.body, a.sentences, a.meta.published, gazetteer, a.boilerplate);
}
/** The person a mention of exactly this text, at its n-th occurrence, resolves to (undefined if none). */
function whoIs(body: string, mentions: PersonMention[], text: string, nth = 0): PersonMention | undefined {
  const re = new RegExp(`(?<![\\p{L}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
  const from = [...body.matchAll(re)][nth]?.index;
  return mentions.find((m) => m.start === from && m.text === text);
}

describe.each(SEEDS)('resolvePeople on seed %s', (file) => {
  const a = readSeed(file);
  const { mentions, people } = run(a);

  test('every mention is an exact slice of the body, in order, never overlapping or in boilerplate', () => {
    expect(mentions.length).toBeGreaterThan(10);
    mentions.forEach((m, i) => {
      expect(a.body.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual((mentions[i - 1] as PersonMention).end);
      expect(a.boilerplate.some((b) => m.start < b.end && b.start < m.end)).toBe(false);
    });
  });

  test('every person mentioned is returned, with each spelling seen among its aliases', () => {
    const ids = new Set(people.map((p) => p.id));
    for (const m of mentions) {
      expect(ids.has(m.personId)).toBe(true);
      const p = people.find((x) => x.id === m.personId);
      if (m.via !== 'coreference') expect([p?.name, ...(p?.aliases ?? [])]).toContain(m.text);
    }
  });

  test('no place, organisation or operation is taken for a person', () => {
    const texts = mentions.map((m) => m.text);
    for (const w of ['White House', 'Truth Social', 'Operation Sindoor', 'State Department', 'Kremlin', 'Oval Office', 'Saint Petersburg']) expect(texts).not.toContain(w);
    expect(people.filter((p) => p.origin === 'ner')).toEqual([]);
  });
});

describe('resolvePeople on the seeds: misspellings and coreference', () => {
  test('seed 000: "Levitt" is Karoline Leavitt, "she further stated" is Leavitt, "the secretary" is Rubio', () => {
    const a = readSeed(SEEDS[0] as string);
    const { mentions, people } = run(a);
    expect(whoIs(a.body, mentions, 'Levitt')).toMatchObject({ personId: 'karoline-leavitt', via: 'fuzzy' });
    expect(people.find((p) => p.id === 'karoline-leavitt')?.aliases).toContain('Levitt');
    expect(whoIs(a.body, mentions, 'she', 0)).toMatchObject({ personId: 'karoline-leavitt', via: 'coreference' });
    expect(whoIs(a.body, mentions, 'the secretary', 0)).toMatchObject({ personId: 'marco-rubio', via: 'coreference' });
    expect(whoIs(a.body, mentions, 'the President')).toMatchObject({ personId: 'donald-trump', via: 'coreference' });
    // The title of a named person is not a second mention of them.
    expect(mentions.some((m) => m.text.includes('Press Secretary'))).toBe(false);
  });

  test('seed 001: "Mark Rubio" is Marco Rubio, and "the Secretary" after his calls is Rubio too', () => {
    const a = readSeed(SEEDS[1] as string);
    const { mentions, people } = run(a);
    expect(whoIs(a.body, mentions, 'Mark Rubio')).toMatchObject({ personId: 'marco-rubio', via: 'fuzzy' });
    expect(people.find((p) => p.id === 'marco-rubio')?.aliases).toContain('Mark Rubio');
    expect(whoIs(a.body, mentions, 'the Secretary of State')).toMatchObject({ personId: 'marco-rubio', via: 'coreference' });
    expect(whoIs(a.body, mentions, 'the Secretary', 1)).toMatchObject({ personId: 'marco-rubio', via: 'coreference' });
    expect(whoIs(a.body, mentions, 'US State Department spokesperson')).toMatchObject({ personId: 'tammy-bruce', via: 'coreference' });
    expect(whoIs(a.body, mentions, 'She')).toMatchObject({ personId: 'tammy-bruce' });
  });

  test('seed 002: "the President" in Leavitt\'s briefing is Trump; Putin and Zelenskyy are found', () => {
    const a = readSeed(SEEDS[2] as string);
    const { mentions } = run(a);
    expect(whoIs(a.body, mentions, 'the President')).toMatchObject({ personId: 'donald-trump' });
    const ids = new Set(mentions.map((m) => m.personId));
    for (const id of ['vladimir-putin', 'volodymyr-zelenskyy', 'steve-witkoff', 'joe-biden', 'karoline-leavitt']) expect(ids.has(id)).toBe(true);
    // "your President" in Trump's post is left alone rather than guessed.
    expect(mentions.some((m) => m.text.toLowerCase().includes('your'))).toBe(false);
  });
});

test('a job word written before a name, capitalised at the start of a sentence, is a title, not a first name', () => {
  const text = readText('2025-09-27', 'Diplomat Anna Kowalczyk replied to the speech. Negotiator Tomas Berg said the talks went well. Lawmaker Ravi Menon asked a question.');
  const { mentions } = run(text);
  const names = mentions.map((m) => m.text);
  expect(names).toEqual(expect.arrayContaining(['Anna Kowalczyk', 'Tomas Berg', 'Ravi Menon']));
  expect(names.some((n) => /^(?:Diplomat|Negotiator|Lawmaker)\b/.test(n))).toBe(false);
});

describe('resolvePeople on unseen text', () => {
  const text = readText(
    '2025-05-10',
    [
      "Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar said on Saturday that Islamabad had accepted the ceasefire. Indian Foreign Secretary Vikram Misri confirmed it in New Delhi.",
      'Army chief General Asim Munir met Prime Minister Shahbaz Sharif in Rawalpindi. According to Pakistani Information Minister Attaullah Tarar, the meeting lasted two hours. Yesterday the minister said Pakistan would respond.',
      "Kremlin spokesman Dmitry Peskov said the Kremlin was ready. Ukraine's Foreign Minister Andrii Sybiha said Kyiv was ready for a 30-day ceasefire. He added that Europe stood with Ukraine.",
      'Vice President J.D. Vance told Fox News the US would not get involved. The Pakistani Prime Minister thanked the US. Senator Lindsey Graham said the truce was good news. Former Pakistani foreign minister Hina Rabbani Khar said India had erred.',
    ].join('\n\n'),
  );
  const { mentions, people } = run(text);
  const at = (t: string) => whoIs(text.body, mentions, t);

  test('finds the officials by name, misspelt or not', () => {
    expect(at('Ishaq Dar')?.personId).toBe('ishaq-dar');
    expect(at('Vikram Misri')?.personId).toBe('vikram-misri');
    expect(at('Asim Munir')?.personId).toBe('asim-munir');
    expect(at('Shahbaz Sharif')).toMatchObject({ personId: 'shehbaz-sharif', via: 'fuzzy' });
    expect(at('Dmitry Peskov')?.personId).toBe('dmitry-peskov');
    expect(at('Andrii Sybiha')?.personId).toBe('andrii-sybiha');
    expect(at('J.D. Vance')?.personId).toBe('jd-vance');
  });

  test('resolves role phrases and pronouns on the publication day', () => {
    expect(at('the minister')).toMatchObject({ personId: 'attaullah-tarar', via: 'coreference' });
    expect(at('The Pakistani Prime Minister')).toMatchObject({ personId: 'shehbaz-sharif', via: 'coreference' });
    expect(at('He')).toMatchObject({ personId: 'andrii-sybiha', via: 'coreference' });
  });

  test('keeps people the gazetteer does not know, with a reserved id and the country a nationality word gives', () => {
    const khar = people.find((p) => p.name === 'Hina Rabbani Khar');
    expect(khar).toMatchObject({ id: 'ner-hina-rabbani-khar', origin: 'ner', country: 'PK', roles: [] });
    expect(people.find((p) => p.name === 'Lindsey Graham')).toMatchObject({ origin: 'ner', country: null, roles: [{ title: 'Senator' }] });
    for (const w of ['Fox News', 'New Delhi', 'Islamabad', 'Europe']) expect(mentions.map((m) => m.text)).not.toContain(w);
  });

  test('organisations and media in speech contexts are not people', () => {
    const t = readText(
      '2025-04-25',
      'The Resistance Front said it was behind the attack. Al Jazeera said the Security Council met. Geo Tv said the same. Fox News said talks were held. The Indian Air Force said it struck nine sites.',
    );
    expect(run(t).people).toEqual([]);
  });

  test('a middle initial between a known given name and surname is the same person ("Sergey V. Lavrov")', () => {
    const t = readText('2025-06-20', 'Sergey V. Lavrov met Marco A. Rubio in Vienna. Sergey Lavrov said the talks went well.');
    const r = run(t);
    expect(whoIs(t.body, r.mentions, 'Sergey V. Lavrov')?.personId).toBe('sergey-lavrov');
    expect(r.people.some((p) => p.origin === 'ner')).toBe(false);
    // Negative: an initial alone with a surname is no given name ("S. Lavrov" is not in the gazetteer's spellings).
    expect(whoIs(t.body, r.mentions, 'Marco A. Rubio')?.personId).toBe('marco-rubio');
  });

  test('"he added" goes on with the last speaker; a name that only owns an aide is no antecedent', () => {
    const t = readText('2025-05-28', 'Sergey Lavrov said the talks would resume. Vladimir Putin’s aide Vladimir Medinsky will lead the delegation again, he added.');
    const r = run(t);
    expect(whoIs(t.body, r.mentions, 'he')?.personId).toBe('sergey-lavrov');
    // Negative: "he said" in its own sentence still takes that sentence's subject.
    const own = readText('2025-05-28', 'Sergey Lavrov spoke first. Vladimir Medinsky will lead the delegation again, he said.');
    const o = run(own);
    expect(whoIs(own.body, o.mentions, 'he')?.personId).toBe('vladimir-medinsky');
  });

  test('a known surname under another given name is not the known person', () => {
    const t = readText('2025-04-20', 'Hunter Biden said on Sunday that he had no comment.');
    const r = run(t);
    expect(r.mentions.some((m) => m.personId === 'joe-biden')).toBe(false);
    expect(r.people.map((p) => p.id)).toEqual(['ner-hunter-biden']);
  });

  test('a pronoun with only an unknown or incompatible person before it stays unresolved', () => {
    const t = readText('2025-04-20', 'Karoline Leavitt spoke first. Officials met for hours. A reporter asked whether he would travel.');
    expect(run(t).mentions.filter((m) => m.text === 'he')).toEqual([]);
  });

  test('office phrases resolve to whoever held the office on the publication day', () => {
    const body = 'On Sunday the US President said talks went well. EAM told reporters India would respond. The national security adviser was not present.';
    const april = readText('2025-04-20', body);
    const r = run(april);
    expect(whoIs(april.body, r.mentions, 'the US President')?.personId).toBe('donald-trump');
    expect(whoIs(april.body, r.mentions, 'EAM')?.personId).toBe('s-jaishankar');
    // Several countries have one and the article named people of two (US, India) before it: nobody, not a guess.
    expect(whoIs(april.body, r.mentions, 'The national security adviser')).toBeUndefined();
    // Only Indians named before it: India's.
    const indian = readText('2025-04-20', 'EAM told reporters India would respond. The national security adviser was not present.');
    expect(whoIs(indian.body, run(indian).mentions, 'The national security adviser')?.personId).toBe('ajit-doval');
    const dgmo = readText('2025-05-10', "Pakistan's DGMO called the Indian DGMO at 15:35 hours.");
    expect(run(dgmo).mentions.map((m) => [m.text, m.personId])).toEqual([["Pakistan's DGMO", 'kashif-abdullah'], ['the Indian DGMO', 'rajiv-ghai']]);
    const alone = readText('2025-04-20', 'The national security adviser was not present.');
    expect(run(alone).mentions).toEqual([]);
    const before = readText('2024-04-20', body);
    expect(whoIs(before.body, run(before).mentions, 'the US President')?.personId).toBe('joe-biden');
  });

  test('offices of the UN and the EU resolve by the day too ("the EU foreign policy chief", "the President of the General Assembly")', () => {
    const body = 'The EU foreign policy chief said the sanctions would stay. The delegation later met the President of the General Assembly.';
    const june = readText('2025-06-03', body);
    expect(whoIs(june.body, run(june).mentions, 'The EU foreign policy chief')?.personId).toBe('kaja-kallas');
    expect(whoIs(june.body, run(june).mentions, 'the President of the General Assembly')?.personId).toBe('philemon-yang');
    const earlier = readText('2024-06-03', body);
    expect(whoIs(earlier.body, run(earlier).mentions, 'The EU foreign policy chief')?.personId).toBe('josep-borrell');
    const later = readText('2025-10-01', body);
    expect(whoIs(later.body, run(later).mentions, 'the President of the General Assembly')?.personId).toBe('annalena-baerbock');
  });

  test('"For his part, X ..." looks ahead to X, and "he said" after it goes on with X', () => {
    const t = readText('2025-05-16', 'Hakan Fidan urged both sides to keep talking. For his part, Rustem Umerov said a swap was agreed. "It is a first step," he said.');
    const r = run(t);
    expect(whoIs(t.body, r.mentions, 'his')?.personId).toBe('rustem-umerov');
    expect(whoIs(t.body, r.mentions, 'he')?.personId).toBe('rustem-umerov');
  });

  test('a possessive in a phrase fronted before the subject looks ahead to it; "His aide, X," does not', () => {
    const t = readText('2025-06-24', 'Mark Rutte opened the summit. In remarks released by his office on Saturday, Volodymyr Zelenskyy set out his aims. Later, he said he wanted arms.');
    const r = run(t);
    expect(whoIs(t.body, r.mentions, 'his')?.personId).toBe('volodymyr-zelenskyy');
    expect(whoIs(t.body, r.mentions, 'he')?.personId).toBe('volodymyr-zelenskyy');
    const aide = readText('2025-06-24', 'Volodymyr Zelenskyy arrived late. His aide, Andriy Yermak, spoke first.');
    expect(whoIs(aide.body, run(aide).mentions, 'His')?.personId).toBe('volodymyr-zelenskyy');
  });

  test('an office named as the one an aide serves ("an adviser to the director of the FSB") is not its holder', () => {
    const aide = readText('2025-03-24', 'Moscow sent a senator and an adviser to the director of the Federal Security Service.');
    expect(run(aide).mentions.map((m) => m.personId)).not.toContain('alexander-bortnikov');
    const spokesman = readText('2025-03-24', 'A spokesman for the Russian President declined to comment.');
    expect(run(spokesman).mentions.map((m) => m.personId)).not.toContain('vladimir-putin');
    const holder = readText('2025-03-24', 'The director of the Federal Security Service met the senator.');
    expect(run(holder).mentions.map((m) => m.personId)).toContain('alexander-bortnikov');
  });

  test('an unnamed person between a name and a pronoun blocks the guess', () => {
    const t = readText('2025-05-11', 'Vikram Misri told reporters that an army officer from Pakistan had called his Indian counterpart.');
    expect(run(t).mentions.filter((m) => m.text === 'his')).toEqual([]);
  });

  test('a pronoun goes to the subject of its own clause first', () => {
    // ("his Indian counterpart" would be a counterpart phrase of its own: pipeline/people/resolve-counterparts.test.ts.)
    const t = readText('2025-05-11', 'Vikram Misri told reporters that the Director General of Military Operations of Pakistan had recalled his officers.');
    expect(whoIs(t.body, run(t).mentions, 'his')?.personId).toBe('kashif-abdullah');
  });

  test('"X told Y he would ...": the pronoun right after the person told is the teller, and so in a clause of time after it', () => {
    const t = readText('2025-10-16', 'Yuri Ushakov said Trump told Putin he would weigh the proposal before he sees Zelensky next week.');
    const m = run(t).mentions;
    expect(whoIs(t.body, m, 'he')?.personId).toBe('donald-trump');
    expect(whoIs(t.body, m, 'he', 1)?.personId).toBe('donald-trump');
  });

  test('a pronoun after the person told, with words of its own between, is not read as the teller', () => {
    const t = readText('2025-10-16', 'Trump told Putin on the phone that Zelensky was ready, and Ushakov said he agreed.');
    expect(whoIs(t.body, run(t).mentions, 'he')?.personId).not.toBe('donald-trump');
  });

  test('an appositive after the name does not block its pronoun', () => {
    const t = readText('2025-04-18', 'Maria Zakharova, the foreign ministry spokeswoman, said Moscow would respond. She accused Kyiv of violating the moratorium.');
    expect(whoIs(t.body, run(t).mentions, 'She')).toMatchObject({ personId: 'maria-zakharova', via: 'coreference' });
  });

  test('a name right after "in" or "at" with no title is a place, not a person; after a title it is still a person', () => {
    const t = readText('2025-07-09', 'The two leaders held talks in Monte Verde, a quiet hill town, and later at Villa Rossa, the summer residence. Italian President Sergio Mattarella, a former judge, joined them.');
    const names = run(t).people.map((p) => p.name);
    expect(names).not.toContain('Monte Verde');
    expect(names).not.toContain('Villa Rossa');
    expect(names).toContain('Sergio Mattarella');
  });

  test('a name after a title of an unknown country is still found ("Montenegrin Prime Minister Milojko Spajic")', () => {
    const t = readText('2025-05-11', 'Macron visited Kyiv with Keir Starmer and Montenegrin Prime Minister Milojko Spajic on Saturday.');
    const spajic = run(t).people.find((p) => p.name === 'Milojko Spajic');
    expect(spajic).toMatchObject({ origin: 'ner', country: null, roles: [{ title: 'Prime Minister', country: null }] });
    // A state the lexicon knows gives its title a country ("Greek Prime Minister"; he is not in the gazetteer).
    const mitsotakis = run(readText('2025-05-11', 'Macron visited Kyiv with Keir Starmer and Greek Prime Minister Kyriakos Mitsotakis on Saturday.')).people.find((p) => p.name === 'Kyriakos Mitsotakis');
    expect(mitsotakis).toMatchObject({ origin: 'ner', country: 'GR', roles: [{ title: 'Prime Minister', country: 'GR' }] });
  });

  test('a title of a known country gives the unknown person that country, and a shared first name is no mention', () => {
    // Zoran Milanovic, Croatia's president, is not in the gazetteer.
    const t = readText('2025-05-11', 'Macron visited Kyiv with Keir Starmer and Croatian President Zoran Milanovic on Saturday, as did Polish Prime Minister Donald Tusk.');
    const milanovic = run(t).people.find((p) => p.name === 'Zoran Milanovic');
    expect(milanovic).toMatchObject({ origin: 'ner', country: 'HR', roles: [{ title: 'President', country: 'HR' }] });
    expect(run(t).people.find((p) => p.name === 'Donald Tusk')).toMatchObject({ origin: 'gazetteer', country: 'PL' });
    expect(run(t).mentions.some((m) => m.personId === 'donald-trump')).toBe(false);
  });

  test('a shared surname goes to the person the article names in full', () => {
    const t = readText('2025-05-20', 'Former prime minister Nawaz Sharif met party leaders on Monday. Sharif said the army had done well.');
    expect(whoIs(t.body, run(t).mentions, 'Sharif', 1)?.personId).toBe('nawaz-sharif');
  });

  test('"the spokesperson" is the spokesperson named before, and nobody when none was ("Asif" is the defence minister)', () => {
    const t = readText('2025-05-16', 'Foreign Office Spokesperson Shafqat Ali Khan spoke on Friday. At the briefing, the spokesperson thanked Turkey. Asif said the army was ready.');
    const r = run(t);
    expect(whoIs(t.body, r.mentions, 'the spokesperson')?.personId).toBe('shafqat-ali-khan');
    expect(whoIs(t.body, r.mentions, 'Asif')?.personId).toBe('khawaja-asif');
    const none = readText('2025-05-16', 'Prime Minister Shehbaz Sharif spoke on Friday. Later the spokesperson thanked Turkey.');
    expect(whoIs(none.body, run(none).mentions, 'the spokesperson')).toBeUndefined();
  });
});
