import type { Range } from '../types';

/**
 * Lines that are page furniture, not reporting. Each pattern matches a whole line (or a trailing
 * credit in parentheses). The body is never changed: the ranges are skipped by later stages.
 */
const LINE_PATTERNS: RegExp[] = [
  /^\s*Exit mobile version\s*$/i,
  /^\s*\[?\s*(Photo|Image|Picture|File photo)\s*(:|credit).*$/i,
  /^\s*Also read\s*:.*$/i,
  /^\s*Track live updates\b.*$/i,
  /^\s*With (ANI|PTI|IANS|Reuters|AP|AFP)( and \w+)? inputs\.?\s*$/i,
  /^\s*(www\.)?[a-z0-9-]+\.(com|in|org|net|co\.uk)\s*$/i,
  /^\s*date:?\s+\d{4}-\d{2}-\d{2}\b/i,
];
const INLINE_CREDIT = /\((File|Photo)?\s*\/?\s*(AFP|ANI|PTI|Reuters|AP|Getty Images?)\)/g;

export function findBoilerplate(body: string): Range[] {
  const ranges: Range[] = [];
  let offset = 0;
  for (const line of body.split('\n')) {
    for (const re of LINE_PATTERNS) {
      const m = re.exec(line);
      if (m) {
        ranges.push({ start: offset + m.index, end: offset + m.index + m[0].length });
        break;
      }
    }
    offset += line.length + 1;
  }
  for (const m of body.matchAll(INLINE_CREDIT)) ranges.push({ start: m.index, end: m.index + m[0].length });
  return ranges.sort((a, b) => a.start - b.start);
}
