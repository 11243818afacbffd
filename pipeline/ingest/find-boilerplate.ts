import { NEWS_AGENCIES } from '../lexicon/news-agencies';
import type { Range } from '../types';
import { findDateline } from './find-dateline';

/** The lexicon's agencies, and the collective "agencies" of "With inputs from agencies". */
const AGENCIES = String.raw`(?:${NEWS_AGENCIES.join('|')}|agencies)`;

/** A photo credit that closes a caption: "(AP Photo/Efrem Lukatsky)", "REUTERS/Alina Smutko", "(File)", and a capitalised "Photograph: Reuters" (a paragraph's inline "(Photo: Bloomberg)" is INLINE_CREDIT's alone). */
const CLOSING_CREDIT = String.raw`(?:\((?:[\p{L} .'’-]{0,30}\/\s*)?(?:${AGENCIES}\s+)?(?:File\s+)?Photo(?:\s*\/[^)]{1,60})?\)|\((?:File|File\s+photo|Representational|Representative|Screengrab|Screen\s+grab|Handout)\)|\b(?:${AGENCIES}|GETTY\s+IMAGES|Getty\s+Images)\s*\/\s*\p{Lu}[\p{L} .'’-]{1,60})`;

/**
 * Rule "a caption is page furniture" (round x18): a picture's caption tells what the picture shows, often in the
 * present tense and with the day it was taken ("FILE - Putin chairs a meeting in Moscow, March 5, 2025. (AP
 * Photo/...)"), and no event the story reports. Its whole line goes: a line that opens as a wire caption ("FILE -",
 * "FILE PHOTO:"), that ends on a photo credit, or that says "in this file photo" or "in this handout picture".
 */
const CAPTION_LINES: RegExp[] = [
  /^\s*FILE(?:\s+PHOTO)?\s*[-–—:|]\s.*$/,
  // A line that reports a saying is a paragraph of the story, whatever closes it ("Pakistan's army said ... (File)").
  new RegExp(String.raw`^(?!.*\b(?:said|says|told|tells|according\s+to)\b).*${CLOSING_CREDIT}\s*\.?\s*$`, 'iu'),
  /^.*(?<!\()\b(?:Photo(?:graph)?|Image|Picture)s?(?:\s+credit)?\s*:\s*[^.:()]{1,60}$/u,
  /^.*\bin\s+(?:this|a|an)\s+(?:(?:undated|file|handout|archive|video|screen)\s+)+(?:photo(?:graph)?|picture|image|grab|screengrab|still)\b.*$/i,
];

/**
 * Lines that are page furniture, not reporting. Each pattern is tested against one line without its line end;
 * a match marks that part of the line. The body is never changed: the ranges are skipped by later stages.
 */
const LINE_PATTERNS: RegExp[] = [
  /^\s*Exit mobile version\s*$/i,
  /^\s*\[?\s*(Photo|Image|Picture|File photo|Representative image|Representational image)s?\s*(:|credit|\/|\|).*$/i,
  /^\s*\[?(Photo|Image)\s*:.*\]\s*$/i,
  /^\s*(Representational|Representative|File) (image|photo|picture)\b.{0,120}$/i,
  ...CAPTION_LINES,
  /^\s*Also\s+read\s*[:|\-–].*$/i,
  /^\s*(Read|Read more|Related|Watch|Must read|Recommended)\s*[:|].*$/i,
  // Rule "a link to another story" (round x18): "Read also: India expels ...", "See also | ...", "Live updates: Russia
  // strikes ...", "Also Watch: How Operation Sindoor unfolded", "Explained: ...": the headline of another page, told in a headline's present tense, is no report.
  /^\s*(Read also|See also|Also (see|watch|listen|check)|Watch (the )?video|Live updates?|Live blog|Don['’]t miss|In pictures|In photos|Related (stories|news|articles|coverage|reading)|Suggested reading|You may also like|Top stories|Trending|Explained|Explainer)\s*[:|–—].*$/i,
  /^\s*Track (the )?live updates\b.*$/i,
  /^\s*Follow (the )?(live updates|our live blog)\b.*$/i,
  new RegExp(String.raw`^\s*\(?\s*With\s+(inputs\s+from\s+${AGENCIES}(,?\s+(and\s+)?${AGENCIES})*|${AGENCIES}(,?\s+(and\s+)?${AGENCIES})*\s+inputs)\s*\.?\s*\)?\s*\.?\s*$`, 'i'),
  /^\s*\(This (story|article) has not been edited\b.*$/i,
  /^\s*(Published|Edited|Written|Reported|Curated) by\s*:?.{0,80}$/i,
  /^\s*(Share|Share this|Share this article|Share on \w+|Tweet|Print|Email|Comments?|Advertisement|Sponsored|Story continues below( this ad)?)\s*$/i,
  /^\s*(Subscribe|Sign up|Click here|Download the)\b.{0,120}$/i,
  /^\s*Follow us on\b.*$/i,
  /^\s*(©|Copyright\b|All rights reserved\b).*$/i,
  // A masthead: a bare site name on its own line ("theindianstatesman.com").
  /^\s*(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|in|org|net|news|co\.uk|co\.in|pk|ua|ru)\s*$/i,
];
const INLINE_CREDIT = new RegExp(String.raw`\((File|Photo|Image)?\s*[/:|]?\s*(${AGENCIES}|Getty Images?|X|Twitter)\s*(Photo)?\)`, 'g');

/** The body's lines with their offsets, without the line end (LF, CRLF or CR). */
function* lines(body: string): Generator<Range> {
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    yield { start, end: m.index };
    start = m.index + m[0].length;
  }
  yield { start, end: body.length };
}

export function findBoilerplate(body: string): Range[] {
  const ranges: Range[] = [];
  for (const line of lines(body)) {
    const text = body.slice(line.start, line.end);
    if (text.length > 400) continue;
    for (const re of LINE_PATTERNS) {
      const m = re.exec(text);
      if (m) {
        ranges.push({ start: line.start + m.index, end: line.start + m.index + m[0].length });
        break;
      }
    }
  }
  // The dateline names the publication date, not an event: later stages must not read it as news.
  const dateline = findDateline(body);
  if (dateline) ranges.push({ start: dateline.start, end: dateline.end });
  for (const m of body.matchAll(INLINE_CREDIT)) ranges.push({ start: m.index, end: m.index + m[0].length });
  return mergeRanges(ranges);
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
