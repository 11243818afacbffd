import { lineAround } from '../sentences/in-headline';
import type { Sentence } from '../types';

/**
 * Rule "a headline that asks": "Modi to meet Putin?", "Will Trump and Putin talk?", "Ceasefire in sight?": a line of
 * its own that is one question (a headline or a subheading; not a quotation) asks whether the act will happen or has;
 * it tells none, planned or done (the body says what is known).
 */
const ASKS = /\?["”’)]?\s*$/;
const QUOTED = /^[\s]*["“‘']/;

export function asksInHeadline(body: string, s: Sentence): boolean {
  if (!ASKS.test(s.text) || QUOTED.test(s.text)) return false;
  return lineAround(body, s) === s.text.trim();
}
