import type { Office } from '../../src/shared/lib/offices';

/**
 * Rule "an envoy named by the office" (round x19b): the special envoys news names by their brief, not by name ("Trump's
 * special envoy for Ukraine arrived in Kyiv", "the US Middle East envoy landed in Moscow"). The shared office table
 * does not list them; the pipeline adds them (pipeline/people/offices.ts), as it does the security offices. Each
 * phrase names one brief, and the office rule finds its holder by the gazetteer's title on the day; another state's
 * envoy for the same brief ("China's special envoy for Ukraine") has no holder with that title.
 */
export const ENVOY_OFFICES: Office[] = [
  {
    key: 'special-envoy-ukraine',
    phrases: ['Special Envoy for Ukraine and Russia', 'Special Envoy for Russia and Ukraine', 'Special Envoy for Ukraine', 'Special Envoy to Ukraine', 'Ukraine envoy'],
    titles: ['Special Envoy for Ukraine and Russia'],
  },
  {
    key: 'special-envoy-middle-east',
    phrases: ['Special Envoy to the Middle East', 'Special Envoy for the Middle East', 'Middle East envoy'],
    titles: ['Special Envoy to the Middle East'],
  },
];
