import { describe, expect, test } from 'vitest';
import { extractedOfText } from './fixtures/unseen-events-of';

/**
 * Sittings of international bodies, sanctions told as listings or as a noun, and words that name a role, a readiness
 * or a trend rather than an event. Sentences written for these tests.
 */

const run = (body: string, published = '2025-09-11') => extractedOfText(body, published);

describe('rule "institution-convenes": a body that sits, with no person named', () => {
  test('a sitting on a weekday ahead is a planned meeting on that day', () => {
    const events = run('Russian drones flew into Polish airspace on Wednesday. The Security Council will meet on Saturday at the request of Warsaw.');
    const meeting = events.find((e) => e.type === 'meeting');
    expect(meeting?.status).toBe('planned');
    expect(meeting?.date.start).toBe('2025-09-13');
  });
  test('a body that only speaks holds no meeting', () => {
    const events = run('Russian drones flew into Polish airspace on Wednesday. The Security Council said on Thursday that it was following events closely.');
    expect(events.map((e) => e.type)).not.toContain('meeting');
  });
});

describe('sanctions told as a listing or by the noun', () => {
  test('"designated-terrorist": adding a group to a list of terrorist organisations is a sanction', () => {
    const events = run('New Delhi welcomed the step, taken a day after the US State Department announced it was adding the armed front, an offshoot of a Pakistani group, to its list of foreign terrorist organisations.', '2025-07-18');
    expect(events.map((e) => e.type)).toContain('sanctions');
  });
  test('"designated-terrorist": a list of anything else is none', () => {
    const events = run('New Delhi welcomed the step, taken a day after the US State Department announced it was adding two Pakistani ports to its list of approved shipping hubs.', '2025-07-18');
    expect(events.map((e) => e.type)).not.toContain('sanctions');
  });
  test('"sanctions-unveiled-by": the measure as the subject, its author after "by"', () => {
    const events = run('The sanctions, announced by the US Treasury on Wednesday, hit two large Russian oil firms.', '2025-10-23');
    const s = events.find((e) => e.type === 'sanctions');
    expect(s?.date.start).toBe('2025-10-22');
  });
  test('sanctions only talked over by ministers are none', () => {
    const events = run('New sanctions on Russia were discussed by the US Treasury on Wednesday.', '2025-10-23');
    expect(events.map((e) => e.type)).not.toContain('sanctions');
  });
});

describe('a role, a readiness, a trend: no event of their own', () => {
  test('an appositive role ("X, a negotiator in earlier talks,") holds no talks; the clause\'s own verb stays', () => {
    const types = run('Vladimir Medinsky, a Russian delegate in last spring\'s peace talks, criticised Kyiv on Sunday for stalling the return of civilians.', '2025-08-25').map((e) => e.type);
    expect(types).not.toContain('negotiation');
    expect(types).toContain('condemnation');
  });
  test('talks held in fact, with a role named elsewhere, stay talks', () => {
    const types = run('Vladimir Medinsky led the Russian side at peace talks in Istanbul on Monday.', '2025-06-03').map((e) => e.type);
    expect(types).toContain('negotiation');
  });
  test('"ready to hold consultations with" a state is an intent, not talks held', () => {
    const types = run('Moscow is ready to hold consultations with the Polish government over the drones, the defence ministry said.').map((e) => e.type);
    expect(types).toContain('intent_to_cooperate');
    expect(types).not.toContain('negotiation');
  });
  test('a trend of the fighting ("has intensified air attacks in recent weeks") is no incident', () => {
    expect(run('Russia has stepped up drone attacks on Kharkiv in recent weeks.', '2025-07-06').map((e) => e.type)).not.toContain('military_action');
    expect(run('Russian air attacks on Odesa over the past few weeks have hit the port.', '2025-07-06').map((e) => e.type)).not.toContain('military_action');
  });
  test('an attack with its own day is one, whatever verb of growing tells it', () => {
    expect(run('Russia stepped up its drone attacks on Kharkiv on Saturday, hitting two districts.', '2025-07-06').map((e) => e.type)).toContain('military_action');
  });
});
