import { describe, expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * A date written day first ("10 May") may stand between the subject and its verb. Its month is no modal: "Russia
 * on 10 May struck Kyiv" tells a strike done, as "Russia may strike Kyiv" tells none.
 */
describe('"May" after a day number is the month, not the modal', () => {
  const told = (text: string) => eventsOfText(text, '2025-05-14').map((e) => [e.type, e.date.start, e.date.end]);

  test.each([
    ['military_action', 'Russian forces on 10 May struck an airfield near Kyiv.'],
    ['phone_call', 'Rubio on 10 May spoke by phone with Ishaq Dar.'],
    ['condemnation', 'Pakistan on 10th May condemned the Indian strikes.'],
  ])('%s on 10 May: %s', (type, text) => {
    expect(told(text)).toContainEqual([type, '2025-05-10', '2025-05-10']);
  });

  test('the modal still tells an act not done', () => {
    expect(told('Russia may strike Kyiv again, Ukrainian officials warned on Tuesday.').map(([type]) => type)).not.toContain('military_action');
  });
});
