import { expect, test } from 'vitest';
import { COUNTRY_LABELS } from '../../src/shared/schema/countries';
import { eventsOfText } from '../events/fixtures/unseen-events-of';
import { findCountries } from './country-names';
import { COUNTRIES } from './countries';

test('every state the pipeline reads has one English name for titles and lanes, and one entry', () => {
  for (const c of COUNTRIES) expect(COUNTRY_LABELS[c.code], c.code).toBeTruthy();
  expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
  // No word stands for two states.
  const words = COUNTRIES.flatMap((c) => [...c.names, ...c.cities, ...c.institutions]);
  expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
});

test('states diplomacy brings in beyond the two crises are read by name, adjective and capital', () => {
  const codes = (text: string) => findCountries(text).map((c) => c.code);
  expect(codes('Talks in Geneva drew Swiss and Dutch officials to meet envoys from Spain.')).toEqual(['CH', 'CH', 'NL', 'ES']);
  expect(codes('North Korean troops fought in Kursk, Seoul said; South Korea protested.')).toEqual(['KP', 'KR', 'KR']);
  expect(codes('Hungary and Slovakia delayed the package until Budapest won an exemption.')).toEqual(['HU', 'SK', 'HU']);
  // A demonym of one state is not read inside another's ("South African" is not "African").
  expect(codes('The South African president called Putin.')).toEqual(['ZA']);
});

test('a counterpart named by such a state\'s adjective is a party to the call', () => {
  const [call] = eventsOfText('Marco Rubio spoke with his Dutch counterpart on Monday about the war in Ukraine.', '2025-05-14');
  expect(call).toMatchObject({ type: 'phone_call', countries: ['US', 'NL', 'UA'], date: { start: '2025-05-12', end: '2025-05-12' } });
});
