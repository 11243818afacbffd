import { expect, test } from 'vitest';
import { actToldInNewsPresent, toldInNewsPresent } from './news-present';

/** Rule "the news present": the words of an act's verb, in our own sentences. */
test('a present verb right after its subject is the news present', () => {
  expect(actToldInNewsPresent('Modi ', 'meets Macron')).toBe(true);
  expect(actToldInNewsPresent('The foreign ministry strongly ', 'condemns the')).toBe(true);
  expect(actToldInNewsPresent('India, Pakistan ', 'agree to ceasefire')).toBe(true);
  expect(toldInNewsPresent('Ukrainian President Volodymyr Zelensky says')).toBe(true);
  expect(toldInNewsPresent(', the White House says')).toBe(true);
});

test('negatives: a past, a habit, a noun after an owner or an adjective, a bare form after one subject', () => {
  expect(actToldInNewsPresent('Modi ', 'met Macron')).toBe(false);
  expect(actToldInNewsPresent('Moscow routinely ', 'denies targeting')).toBe(false);
  expect(actToldInNewsPresent("Zelensky's ", 'talks with Erdogan')).toBe(false);
  expect(actToldInNewsPresent('Across the region, Russian artillery strikes ', 'hit three villages')).toBe(false);
  expect(actToldInNewsPresent('Russia ', 'hit Kyiv')).toBe(false);
  expect(toldInNewsPresent('Zelensky said')).toBe(false);
  expect(toldInNewsPresent('Zelensky has said')).toBe(false);
});
