import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/shared/schema';
import { eventsOfText } from './fixtures/unseen-events-of';

const PUBLISHED = '2025-06-13';
/** The events whose excerpt holds the given words, in sentences written for this test. */
const told = (body: string, words: string): TimelineEvent[] => eventsOfText(body, PUBLISHED).filter((e) => e.sources.some((s) => s.excerpt.includes(words)));
const channels = (body: string, words: string) => told(body, words).map((e) => e.channel);

describe('a body of the state as the teller: its official word', () => {
  it.each([
    ['The Kremlin said on Wednesday that the talks with Ukraine in Istanbul had been useful.', 'The Kremlin'],
    ["India's foreign ministry rejected the claims made by Pakistan about the strikes.", 'foreign ministry'],
    ['The Pakistani government on Thursday accused India of violating the ceasefire.', 'Pakistani government'],
    ['Moscow denied on Tuesday that its drones had entered Polish airspace.', 'Moscow denied'],
  ])('"%s"', (sentence, words) => {
    expect(channels(sentence, words)).toContain('official_statement');
  });

  it('not when a person speaks of a body', () => {
    const sentence = "Ukraine's foreign minister Andrii Sybiha said on Wednesday that the Russian foreign ministry was spreading lies.";
    expect(told(sentence, 'Sybiha').length).toBeGreaterThan(0);
    expect(channels(sentence, 'Sybiha')).not.toContain('official_statement');
  });
});

describe('a saying before an assembly, in a speech or during a visit: in person', () => {
  it.each([
    ['Addressing the UN General Assembly on Friday, Shehbaz Sharif accused India of aggression in Kashmir.', 'General Assembly'],
    ['Jaishankar told the Lok Sabha on Monday that India rejected any mediation by a third party over Kashmir.', 'Lok Sabha'],
    ['During a visit to an air base on Thursday, Polish President Karol Nawrocki said the drones from Russia were a test of NATO.', 'air base'],
  ])('"%s"', (sentence, words) => {
    expect(channels(sentence, words)).toContain('in_person');
  });

  it('an address to the nation is a broadcast, and what is told to reporters a briefing', () => {
    expect(channels('Zelensky said in an address to the nation on Sunday that Russia must stop its attacks on Ukraine.', 'address to the nation')).not.toContain('in_person');
    expect(channels('During his visit to Kyiv on Tuesday, Macron told reporters that Russia must agree to a ceasefire with Ukraine.', 'told reporters')).toContain('press_briefing');
  });
});

describe('an incident of another year is history, not a report', () => {
  it('the invasion of 2022 recalled in a story of 2025 is told by no one; a strike of this week by the news', () => {
    const body = 'Russia launched its full-scale invasion of Ukraine in February 2022. Russian missiles struck Kyiv on Tuesday, killing four people.';
    expect(channels(body, 'February 2022')).toEqual(['unknown']);
    expect(channels(body, 'struck Kyiv')).toEqual(['media_report']);
  });
});

describe('a saying made during a call: by phone', () => {
  it.each([
    ['During the conversation, Erdogan urged Putin to agree to a ceasefire in Ukraine.', 'Erdogan urged'],
    ['Macron said he had pressed Xi Jinping to help end the war in Ukraine during their recent phone call.', 'Macron said'],
    ['In the course of the call, Sharif accused India of provoking the crisis.', 'Sharif accused'],
  ])('"%s"', (sentence, words) => {
    expect(channels(sentence, words)).toContain('phone');
  });

  it('not a call for something, nor words said after the call', () => {
    expect(channels('In a call for calm, Guterres urged India and Pakistan to show restraint.', 'Guterres urged')).not.toContain('phone');
    expect(channels('After the call, Macron told reporters that Russia must agree to a ceasefire.', 'Macron told')).toEqual(['press_briefing']);
  });
});

describe('posts on an account, and words addressed to the press', () => {
  it('a post on an official X timeline or a Telegram channel is social media', () => {
    expect(channels('"India and Pakistan must step back from the brink," Rubio wrote on his official X timeline on Sunday.', 'Rubio wrote')).toContain('social_media');
    expect(channels('Zakharova said on her Telegram channel that Kyiv had rejected the proposal.', 'Zakharova said')).toContain('social_media');
  });

  it('addressing the media is a briefing; addressing a summit is not', () => {
    expect(channels('Foreign Secretary Vikram Misri addressed the media on Wednesday and said India would respond to the attack.', 'Misri addressed')).toContain('press_briefing');
    expect(channels('Addressing the summit on Friday, Modi said India would never accept terrorism.', 'Modi said')).not.toContain('press_briefing');
  });
});
