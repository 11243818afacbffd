import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/** Rule 'vowed-retribution' (event-cues.ts): a vow to make those behind an act pay is a threat. Sentences of our own. */

const threats = (body: string) => eventsOfText(body, '2025-03-20').filter((e) => e.type === 'threat');

test('a vow of retribution is a threat, with a word between the vow and its verb, or the punishment named', () => {
  for (const body of [
    'The Ukrainian president vowed overnight to avenge the victims of the strike.',
    'The Indian prime minister has sworn again to hunt down the gunmen.',
    'Pakistan has vowed to pursue the attackers and their backers across the border.',
    'India has promised severe punishment to those involved in the raid.',
    'Russia vowed harsh retribution against Ukraine for the drone raid.',
  ]) {
    expect(threats(body), body).toHaveLength(1);
  }
});

test('pursuing a goal, or a promise of help, is no threat', () => {
  for (const body of ['India has vowed to pursue peace talks with Pakistan.', 'Russia promised to pursue dialogue with Ukraine.', 'Ukraine pledged full support to Moldova.']) {
    expect(threats(body), body).toHaveLength(0);
  }
});
