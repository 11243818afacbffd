import { describe, expect, test } from 'vitest';
import { findCues } from './find-verbal-events';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Acts that were not read from their own sentence at all, for a reason of grammar rather than of wording: a time
 * standing inside the act's words, the two parties described by an adjective, an act's noun realised on a day of its
 * own where a topic would stand. Sentences in our own words, in an article published Tuesday 13 May 2025.
 */
const PUBLISHED = '2025-05-13';
const LEAD = 'Fighting between India and Pakistan went on for four days. ';
const ofType = (type: string, body: string) => eventsOfText(LEAD + body, PUBLISHED).filter((e) => e.type === type);
const cueNames = (text: string) => findCues(text, 0).map((c) => c.name);

describe('rule "a time inside an act\'s words" (time-inside-an-act.ts)', () => {
  test('a day between a verb and what completes it does not break the act', () => {
    const halted = ofType('ceasefire', 'The two armies agreed on Saturday to stop all firing along the border.');
    expect(halted.map((e) => [e.date.start, e.countries.sort()])).toEqual([['2025-05-10', ['IN', 'PK']]]);
    expect(cueNames('The two armies agreed on May 10 to stop all firing.')).toEqual(['agreed-to-stop-fighting']);
    expect(cueNames('Their phone call on Thursday night between the two generals went on for an hour.')).toContain('call-between');
  });

  test('a day that closes the act, or stands before a name, is left as it is; without one nothing is added', () => {
    // "agreed on Saturday. To stop ..." is two sentences; "on Monday Pakistan" is no word of the act going on.
    expect(cueNames('The two armies agreed on Saturday. To stop the firing took longer.')).not.toContain('agreed-to-ceasefire');
    expect(cueNames('The two armies agreed on Saturday. To stop the firing took longer.')).not.toContain('agreed-to-stop-fighting');
    expect(cueNames('They talked on Monday Pakistan time.')).toEqual(cueNames('They talked Pakistan time.'));
    expect(cueNames('The two armies agreed to hold more talks on Saturday.')).toEqual(cueNames('The two armies agreed to hold more talks.'));
  });
});

describe('rule "the two, described" (clause-structure.ts)', () => {
  test('"the two nuclear-armed neighbours", "both warring sides": the crisis\'s two parties act', () => {
    for (const body of ['The two nuclear-armed neighbours reached an understanding on Saturday to halt the firing.', 'Both warring sides agreed to a truce on Saturday.']) {
      expect(ofType('ceasefire', body).map((e) => [e.date.start, e.countries.sort()]), body).toEqual([['2025-05-10', ['IN', 'PK']]]);
    }
  });

  test('a pair of described people is still no pair of states, and a preposition ends the description', () => {
    // "the two of them": "of" is no word describing the pair.
    expect(ofType('ceasefire', 'The talks of the two of them reached an understanding.')).toEqual([]);
  });
});

describe('a noun described by several words (lexicon/describing-words.ts)', () => {
  test('"exchanged light machine-gun fire": the fire described by up to three words is still fire exchanged', () => {
    expect(cueNames('Troops on both sides exchanged light machine-gun fire overnight.')).toEqual(['exchanged-fire']);
    expect(ofType('military_action', 'Troops on both sides exchanged heavy small arms fire on Sunday.').map((e) => e.date.start)).toEqual(['2025-05-11']);
  });

  test('a word that opens something else ends the description: prisoners traded under fire are no fire exchanged', () => {
    expect(cueNames('The two sides traded prisoners under fire.')).not.toContain('exchanged-fire');
  });
});

describe('rule "a noun realised on a day" (clause-structure.ts)', () => {
  test('"credit for the ceasefire announced on Saturday" names the ceasefire itself', () => {
    expect(ofType('ceasefire', 'The US president claimed credit for the truce announced on Saturday.').map((e) => e.date.start)).toEqual(['2025-05-10']);
  });

  test('a ceasefire asked for, or hoped to be announced some day, stays a topic', () => {
    expect(ofType('ceasefire', 'The US president pressed for a truce.')).toEqual([]);
    expect(ofType('ceasefire', 'The US president hoped for a truce announced soon.')).toEqual([]);
  });
});

describe('calls told by their noun or their medium', () => {
  const calls = (body: string) => ofType('phone_call', body).map((e) => [e.date.start, [...e.actors].sort()]);

  test('rule "a call described" (event-cues.ts): "in a short, frank call" frames its clause like "in a call"', () => {
    expect(calls('In a frank call with Shehbaz Sharif on Sunday, Marco Rubio urged restraint.')).toEqual([['2025-05-11', ['marco-rubio', 'shehbaz-sharif']]]);
    // "In a bid to call ..." is no call: "to" describes nothing.
    expect(calls('In a bid to call attention to the shelling, Marco Rubio wrote to Shehbaz Sharif.')).toEqual([]);
  });

  test('rule "the teller\'s title after a fronted contact" (find-reporter.ts): the call is read beside the saying', () => {
    const body = 'In a phone call with Pakistani Prime Minister Shehbaz Sharif on Sunday, US Secretary of State Marco Rubio said both sides must talk.';
    expect(calls(body)).toEqual([['2025-05-11', ['marco-rubio', 'shehbaz-sharif']]]);
    // A phrase that is no contact before the titled teller stays part of the reporting words.
    expect(calls('In a written reply on Sunday, US Secretary of State Marco Rubio said both sides must talk.')).toEqual([]);
  });

  test('rule "reached by phone" (act-verb-cues.ts): a verb of calling, its titled object, then the medium', () => {
    expect(calls("On Sunday Marco Rubio rang Pakistan's prime minister Shehbaz Sharif over the phone.")).toEqual([['2025-05-11', ['marco-rubio', 'shehbaz-sharif']]]);
    expect(calls('Marco Rubio contacted Shehbaz Sharif by telephone on Sunday.')).toEqual([['2025-05-11', ['marco-rubio', 'shehbaz-sharif']]]);
  });

  test('calling for something by phone, or calling on someone, names nobody called', () => {
    expect(cueNames('Rubio called for calm by phone.')).not.toContain('reached-by-phone');
    expect(cueNames('Rubio called on both capitals by phone to step back.')).not.toContain('reached-by-phone');
  });
});
