import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { personSchema } from '../../src/shared/schema';
import { loadGazetteer, pronounOf } from './gazetteer';
import { OFFICE_BY_KEY, holdersOn, type Office } from './offices';

const people = loadGazetteer('data/gazetteer');
const office = (key: string) => OFFICE_BY_KEY.get(key) as Office;
const holderNames = (key: string, day: string, country: string) => holdersOn(people, office(key), day, country).map((p) => p.name);

describe('the gazetteer in data/gazetteer', () => {
  test('every entry is a valid schema Person with a pronoun, and ids are unique', () => {
    expect(people.length).toBeGreaterThan(100);
    for (const p of people) {
      expect(personSchema.safeParse(p).success).toBe(true);
      expect(pronounOf(p)).not.toBeNull();
    }
    expect(new Set(people.map((p) => p.id)).size).toBe(people.length);
  });

  test('covers the five main countries', () => {
    for (const c of ['IN', 'PK', 'US', 'RU', 'UA']) expect(people.filter((p) => p.country === c).length).toBeGreaterThanOrEqual(10);
  });

  test('exactly one head of each main state and one foreign minister holds office on the crisis days', () => {
    for (const [day, country] of [['2025-04-15', 'US'], ['2025-04-15', 'RU'], ['2025-04-15', 'UA'], ['2025-05-09', 'IN'], ['2025-05-09', 'PK']] as const) {
      expect(holderNames('foreign-minister', day, country).length + holderNames('secretary-of-state', day, country).length).toBe(1);
    }
    expect(holderNames('president', '2025-04-15', 'US')).toEqual(['Donald Trump']);
    expect(holderNames('president', '2024-04-15', 'US')).toEqual(['Joe Biden']);
    expect(holderNames('prime-minister', '2025-05-09', 'PK')).toEqual(['Shehbaz Sharif']);
    expect(holderNames('national-security-adviser', '2025-04-15', 'US')).toEqual(['Mike Waltz']);
    expect(holderNames('national-security-adviser', '2025-05-09', 'US')).toEqual(['Marco Rubio']);
    expect(holderNames('chancellor', '2025-05-09', 'DE')).toEqual(['Friedrich Merz']);
  });

  test('misspellings seen in articles are not aliases: fuzzy matching must find them', () => {
    const spellings = people.flatMap((p) => [p.name, ...p.aliases]);
    expect(spellings).not.toContain('Mark Rubio');
    expect(spellings).not.toContain('Levitt');
    expect(spellings).not.toContain('Shahbaz Sharif');
  });
});

describe('loadGazetteer on broken files', () => {
  const dirWith = (yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
    writeFileSync(join(dir, 'xx.yaml'), yaml);
    return dir;
  };

  test('names the file and the entry of a bad date', () => {
    const dir = dirWith('- id: a-b\n  name: A B\n  country: US\n  roles:\n    - { title: President, from: 2025-02-30, to: null }\n');
    expect(() => loadGazetteer(dir)).toThrow(/xx\.yaml: entry 0 \("a-b"\): roles\.0\.from/);
  });

  test('refuses ids reserved for NER people', () => {
    const dir = dirWith('- id: ner-someone\n  name: Someone\n  country: US\n');
    expect(() => loadGazetteer(dir)).toThrow(/xx\.yaml: entry 0 \("ner-someone"\).*reserved/);
  });

  test('refuses a role that ends before it starts', () => {
    const dir = dirWith('- id: a-b\n  name: A B\n  country: US\n  roles:\n    - { title: President, from: 2025-02-01, to: 2024-01-01 }\n');
    expect(() => loadGazetteer(dir)).toThrow(/entry 0 \("a-b"\): roles\.0: role starts after it ends/);
  });
});
