import type { Range } from '../types';

// Headlines are written apart from running text: they drop "and" ("Modi, Sharif hold talks") and articles ("PM holds
// talks"), and sum up what the body then tells. The stages that read them so (events' lists of subjects and headlines
// told again, people's titles in a headline) share this one test of what a headline is.

/** A line's end with a stop, maybe closed by a quotation mark or bracket: running text, no headline. */
const ENDS_WITH_STOP = /[.!?…]["”’)]?$/;
/** A stop followed by more words inside the line: two sentences, no headline. */
const STOP_INSIDE = /[.!?]["”’)]?\s+\p{Lu}/u;

/** The line of the body that holds `at`, trimmed. */
export function lineAround(body: string, at: Range): string {
  const start = body.lastIndexOf('\n', at.start - 1) + 1;
  const next = body.indexOf('\n', at.end);
  return body.slice(start, next < 0 ? body.length : next).trim();
}

/** Whether `at` stands in a headline: a line of its own that is one sentence with no final stop. */
export function inHeadline(body: string, at: Range): boolean {
  const line = lineAround(body, at);
  return line.length > 0 && !ENDS_WITH_STOP.test(line) && !STOP_INSIDE.test(line);
}
