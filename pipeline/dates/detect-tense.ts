/**
 * Whether a date at [start, end) of a sentence refers forward ("will speak again on May 12") or back. The tense
 * marker nearest to the date wins, so in "said on Tuesday that he will meet on Friday" each date gets its own.
 */
const FUTURE = /\b(will|won't|shall|is to|are to|(?:is|are|was|were) (?:due|set|scheduled|expected|slated|likely|going|poised|planning) to|plans? to|intends? to|scheduled for|planned for|upcoming|next|later this|to be held|would (?:visit|meet|travel|hold|speak|talk|host|arrive|attend|sign|resume))\b|'ll\b/gi;
const PAST = /\b(said|says|spoke|met|held|talked|called|told|announced|added|stated|was|were|had|has|have|did|killed|struck|launched|visited|expressed|urged|conveyed|emphasi[sz]ed|welcomed|condemned|signed|agreed|claimed|reported|confirmed|discussed|took|came|began|happened|occurred|ago|last|earlier|previous|yesterday)\b/gi;

function nearest(re: RegExp, text: string, start: number, end: number): number {
  let best = Infinity;
  for (const m of text.matchAll(re)) {
    const mEnd = m.index + m[0].length;
    const d = mEnd <= start ? start - mEnd : m.index >= end ? m.index - end : 0;
    if (d < best) best = d;
  }
  return best;
}

export function isFutureAt(sentence: string, start: number, end: number): boolean {
  const future = nearest(FUTURE, sentence, start, end);
  return future !== Infinity && future < nearest(PAST, sentence, start, end);
}
