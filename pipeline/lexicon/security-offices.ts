import type { Office } from '../../src/shared/lib/offices';

/**
 * Offices of the armed forces and intelligence services that news names mostly by description ("Russia's top general",
 * "Pakistan's spy chief", "the FSB chief"). The shared office table (src/shared/lib/offices.ts) does not list them; the
 * pipeline adds them to it (pipeline/people/offices.ts), in the same shape, so the office rule resolves them the same
 * way. Each is one post of one state's service: "Russia's spy chief" (the FSB or the SVR?) names none of them.
 * `titles` are the gazetteer role titles, as in the shared table.
 */
export const SECURITY_OFFICES: Office[] = [
  { key: 'chief-of-general-staff', phrases: ['Chief of the General Staff', 'Chief of General Staff'], titles: ['Chief of the General Staff'] },
  { key: 'armed-forces-commander', phrases: ['Commander-in-Chief of the Armed Forces'], titles: ['Commander-in-Chief of the Armed Forces'] },
  { key: 'chief-of-defence-staff', phrases: ['Chief of Defence Staff', 'Chief of the Defence Staff'], titles: ['Chief of Defence Staff'] },
  { key: 'joint-chiefs-chairman', phrases: ['Chairman of the Joint Chiefs of Staff', 'Chairman of the Joint Chiefs'], titles: ['Chairman of the Joint Chiefs of Staff'] },
  {
    key: 'isi-director-general',
    phrases: ['Director General of Inter-Services Intelligence', 'DG ISI', 'ISI chief', 'ISI Director General', 'ISI Director-General'],
    titles: ['Director General of Inter-Services Intelligence'],
    phraseCountry: Object.fromEntries(['director general of inter-services intelligence', 'dg isi', 'isi chief', 'isi director general', 'isi director-general'].map((p) => [p, 'PK'])),
  },
  { key: 'military-intelligence-head', phrases: ['Head of Defence Intelligence'], titles: ['Head of Defence Intelligence'] },
  { key: 'fsb-director', phrases: ['Director of the Federal Security Service'], titles: ['Director of the Federal Security Service'] },
  { key: 'svr-director', phrases: ['Director of the Foreign Intelligence Service'], titles: ['Director of the Foreign Intelligence Service'] },
];
