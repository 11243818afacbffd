import { COUNTRY_LABELS } from '../schema/countries';

// Made on first use, for a state outside COUNTRY_LABELS: building Intl.DisplayNames loads the locale's region names
// (over 20 ms on a desktop, cold; 8 ms of a 1,000-event first load went to it when every lane name came from it).
let names: Intl.DisplayNames | undefined;

/** "IN" -> "India", as the events' titles name it; falls back to Intl, then to the code itself. */
export function countryName(code: string | null): string {
  if (!code) return 'Unknown country';
  const known = COUNTRY_LABELS[code];
  if (known) return known;
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
