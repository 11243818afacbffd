import { describe, expect, test } from 'vitest';
import type { Person } from '../../src/shared/schema';
import { readArticle } from '../ingest/read-article';
import { loadGazetteer } from '../people/gazetteer';
import { analyseArticle } from '../run-pipeline';
import { eventTitle, type TitleInput } from './event-title';
import { extractEvents } from './extract-events';

/** The real gazetteer: the officials these sentences name are all in it. */
const people: Person[] = loadGazetteer('data/gazetteer');
const byId = new Map(people.map((p) => [p.id, p]));

function titlesOf(body: string) {
  const article = readArticle('title-test.md', `---\ntitle: t\npublished: 2025-05-10\n---\n${body}`);
  return extractEvents(analyseArticle(article, people), byId).map((e) => ({ type: e.type, title: e.title }));
}

const base: TitleInput = { type: 'statement', actors: [], countries: [], planned: false, channel: 'unknown', place: null, agent: null };
const title = (e: Partial<TitleInput>) => eventTitle({ ...base, ...e }, byId);

describe('titles name whom or what an event concerns, when the text gives it', () => {
  test('an appeal names the states the clause addresses', () => {
    expect(titlesOf('Marco Rubio urged India and Pakistan to step back from the brink on Friday.')).toContainEqual({
      type: 'appeal',
      title: 'Marco Rubio appeals to India and Pakistan',
    });
  });

  test('a statement names the state it is about; one about nothing in particular says only that it was made', () => {
    expect(title({ actors: ['karoline-leavitt'], countries: ['US', 'RU'], channel: 'press_briefing' })).toBe('Karoline Leavitt speaks on Russia at a press briefing');
    expect(title({ actors: ['donald-trump'], countries: ['US', 'UA'], channel: 'social_media' })).toBe('Donald Trump posts about Ukraine on social media');
    expect(title({ agent: 'RU', countries: ['RU', 'UA'] })).toBe('Russia makes a statement on Ukraine');
    // The speaker's own country is no topic.
    expect(title({ actors: ['karoline-leavitt'], countries: ['US'] })).toBe('Karoline Leavitt makes a statement');
  });

  test('criticism and accusations are about a state, never claimed to target it', () => {
    expect(title({ type: 'condemnation', actors: ['shehbaz-sharif'], countries: ['PK', 'IN'] })).toBe('Shehbaz Sharif voices criticism over India');
    expect(title({ type: 'accusation', agent: 'IN', countries: ['IN', 'PK'] })).toBe('India makes accusations concerning Pakistan');
    expect(title({ type: 'condemnation', actors: ['shehbaz-sharif'], countries: ['PK'] })).toBe('Shehbaz Sharif voices criticism');
  });

  test('several subjects share a plural verb; a planned event takes the base form', () => {
    expect(title({ actors: ['marco-rubio', 'donald-trump'], countries: ['US', 'IN'] })).toBe('Marco Rubio and Donald Trump make a statement on India');
    expect(title({ type: 'appeal', actors: ['marco-rubio'], countries: ['US', 'PK'], planned: true })).toBe('Marco Rubio to appeal to Pakistan');
  });

  test('a contact names the other people first, and mediation between two parties says so', () => {
    expect(title({ type: 'negotiation', actors: ['vladimir-putin', 'steve-witkoff'], countries: ['RU', 'US'] })).toBe('Vladimir Putin negotiates with Steve Witkoff');
    expect(title({ type: 'mediation', actors: ['marco-rubio'], countries: ['US', 'IN', 'PK'] })).toBe('Marco Rubio mediates between India and Pakistan');
    expect(title({ type: 'mediation', actors: ['marco-rubio'], countries: ['US', 'PK'] })).toBe('Marco Rubio mediates with Pakistan');
  });

  test('a state whose name is a description takes "the", with a capital at the start of a title', () => {
    expect(title({ agent: 'AE', countries: ['AE'] })).toBe('The United Arab Emirates makes a statement');
    expect(title({ actors: ['vladimir-putin'], countries: ['RU', 'US'] })).toBe('Vladimir Putin makes a statement on the United States');
    expect(title({ agent: 'IN', countries: ['IN', 'PK'] })).toBe('India makes a statement on Pakistan');
  });
});
