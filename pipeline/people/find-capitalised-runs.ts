import type { Range } from '../types';
import { NAME_PARTICLES } from './name-words';

export interface Token extends Range {
  text: string;
}

const TOKEN = String.raw`(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}\p{M}'’-]*`;
const RUN = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${TOKEN})(?:[ \u00a0]+(?:(?:bin|bint|al|von|der|van|de|la|ibn)[ \u00a0]+)?(?:${TOKEN}))*`, 'gu');
const TOKEN_IN_RUN = new RegExp(String.raw`(?:${TOKEN})|\p{Ll}+`, 'gu');

/**
 * Runs of capitalised words on one line ("White House Press Secretary Karoline Leavitt"), split into tokens
 * with exact offsets; a possessive "’s" is left out of the last token. Name particles (bin, von) stay inside.
 */
export function findCapitalisedRuns(body: string): Token[][] {
  const runs: Token[][] = [];
  for (const m of body.matchAll(RUN)) {
    const tokens: Token[] = [];
    for (const t of m[0].matchAll(TOKEN_IN_RUN)) {
      if (/^\p{Ll}/u.test(t[0]) && !NAME_PARTICLES.has(t[0])) continue;
      let text = t[0];
      const poss = /['’]s?$/u.exec(text);
      if (poss && text.length > poss[0].length + 1) text = text.slice(0, -poss[0].length);
      const start = m.index + t.index;
      tokens.push({ start, end: start + text.length, text });
    }
    if (tokens.length) runs.push(tokens);
  }
  return runs;
}
