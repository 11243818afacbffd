// Made on first use: building Intl.DisplayNames loads the locale's region names (over 20 ms on a desktop, cold),
// which the first screen does not need unless it shows a country.
let names: Intl.DisplayNames | undefined;

/** "IN" -> "India"; falls back to the code itself for anything Intl does not know. */
export function countryName(code: string | null): string {
  if (!code) return 'Unknown country';
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
