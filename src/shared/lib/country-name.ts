const names = new Intl.DisplayNames(['en'], { type: 'region' });

/** "IN" -> "India"; falls back to the code itself for anything Intl does not know. */
export function countryName(code: string | null): string {
  if (!code) return 'Unknown country';
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
