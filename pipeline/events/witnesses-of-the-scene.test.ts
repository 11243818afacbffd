import { expect, test } from 'vitest';
import { SPEECH_ACTS } from './event-cues';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Rule "a witness of the scene" (witnesses.ts): a doctor who treats the wounded, a hospital official, a resident, an
 * eyewitness or a survivor tells what an attack did; they speak for no state, and what they say is the story of the
 * incident, not a statement of the crisis. Sentences written for this grid (names made up); the paper is dated
 * Wednesday 14 May 2025.
 */
const PUBLISHED = '2025-05-14';
// Any act of speaking: a saying may be typed by what it says ('must act' is a demand, saying-content.ts).
const sayings = (text: string) => eventsOfText(text, PUBLISHED).filter((e) => SPEECH_ACTS.has(e.type)).map((e) => e.actors.join('+') || e.countries.join('+'));

test('a doctor, a hospital official, a resident or an eyewitness tells the scene, not a statement', () => {
  expect.soft(sayings('After the shelling in Poonch on Monday, Dr Harjeet Malhi said two of the wounded were children.')).toEqual([]);
  expect.soft(sayings('A doctor at the district hospital, Rakesh Varma, said four people had burns after the drone fell on Monday.')).toEqual([]);
  expect.soft(sayings('Resident Bilal Dar told reporters the blast shook the whole street on Monday night in Srinagar.')).toEqual([]);
  expect.soft(sayings('Nadia Kovalenko, an eyewitness, said the missile struck the market in Kharkiv on Sunday.')).toEqual([]);
  expect.soft(sayings('Medical superintendent Farhan Qureshi said the hospital in Muzaffarabad had received 12 injured after the Indian strikes.')).toEqual([]);
});

test('negatives: an official, a minister titled Dr, a spokesperson still make statements', () => {
  expect.soft(sayings('External Affairs Minister S Jaishankar said on Monday that India would respond to any attack.')).toEqual(['s-jaishankar']);
  expect.soft(sayings('Pakistan’s foreign office spokesperson said on Monday that Islamabad wanted a neutral probe.')).toHaveLength(1);
  expect.soft(sayings('Dr S Jaishankar told reporters in Delhi on Monday that Pakistan must act against terror groups.')).toEqual(['s-jaishankar']);
});
