import type { Person, Role } from '../../src/shared/schema';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-04-15" -> "15 April 2025". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? ''} ${y ?? ''}`;
}

/** "President" of US -> "President of the United States"; titles of international officials stand alone. */
export function describeRole(role: Role): string {
  if (role.country === null) return role.title;
  const name = regionNames.of(role.country) ?? role.country;
  const the = /^United |Emirates$|Kingdom$/.test(name) ? 'the ' : '';
  return `${role.title} of ${the}${name}`;
}

/** Object pronoun for messages: "him", "her", or the name again when unknown. */
export function objectPronoun(p: Person & { pronoun?: string }): string {
  if (p.pronoun === 'he') return 'him';
  if (p.pronoun === 'she') return 'her';
  return p.name;
}
