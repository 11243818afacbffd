import { describe, expect, test } from 'vitest';
import { findContradictions } from './find-contradictions';
import { loadGazetteer } from './gazetteer';
import { readSeed, readText } from './read-seed';
import { resolvePeople } from './resolve-people';

const gazetteer = loadGazetteer('data/gazetteer');

function flags(a: ReturnType<typeof readSeed>) {
  const { mentions } = resolvePeople(a.body, a.sentences, a.meta.published, gazetteer, a.boilerplate);
  const found = findContradictions(a.body, a.sentences, mentions, a.meta.published, gazetteer);
  for (const c of found) expect(a.body.slice(c.start, c.end)).toBe(c.excerpt);
  return found;
}
const on = (published: string, text: string) => flags(readText(published, text));

describe('findContradictions on the seeds', () => {
  test('seed 002 calls the sitting President "former" and the Biden administration current', () => {
    const found = flags(readSeed('002_21932a248247e45f.txt'));
    expect(found.map((c) => c.excerpt)).toEqual(['former President Donald Trump', 'Biden administration remains']);
    expect(found[0]?.message).toMatch(/Donald Trump was the sitting President of the United States .*20 January 2025.*not a former one/);
    expect(found[1]?.message).toMatch(/Joe Biden's term .* ended on 20 January 2025.*15 April 2025.*Donald Trump/);
  });

  test.each(['000_33d9e51da9844c80.txt', '001_94da05fad19ce5d3.txt'])('seed %s says nothing the gazetteer contradicts', (file) => {
    expect(flags(readSeed(file))).toEqual([]);
  });
});

describe('findContradictions on unseen text', () => {
  test('true statements about past office-holders are not flagged', () => {
    expect(
      on(
        '2025-05-02',
        'Former Secretary of State Antony Blinken criticised the plan. Former President Joe Biden was silent. The Trump administration is pressing both sides. Officials said the Biden administration had tried the same in 2022.',
      ),
    ).toEqual([]);
  });

  test('"late" inside another word is no qualifier', () => {
    expect(on('2025-05-11', 'The delegation would be announced later. Zelenskiy said Ukraine was ready.')).toEqual([]);
  });

  test('"current" with someone who had left the office is flagged', () => {
    const found = on('2025-05-02', 'Current Secretary of State Antony Blinken said the talks would continue.');
    expect(found.map((c) => c.excerpt)).toEqual(['Current Secretary of State Antony Blinken']);
    expect(found[0]?.message).toMatch(/left office as Secretary of State of the United States on 20 January 2025/);
  });

  test('"former" with a sitting office-holder of another country is flagged too', () => {
    const found = on('2025-05-08', 'Former Pakistani Prime Minister Shehbaz Sharif said the country would respond.');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/Shehbaz Sharif was the sitting Prime Minister of Pakistan \(in office since 4 March 2024\)/);
  });

  test('a head of government out of office whose government "remains" in office is flagged', () => {
    const found = on('2025-05-20', "Olaf Scholz's government remains opposed to sending Taurus missiles.");
    expect(found.map((c) => c.excerpt)).toEqual(["Olaf Scholz's government remains"]);
  });
});
