import type { ExtractedEvent } from '../events/extract-events';
import { shareArticle } from './source-index';

/**
 * Rule "what a paper keeps apart": "He is to meet Dar, as well as President Zardari and Prime Minister Sharif" in one paper,
 * and in another "Araghchi held talks with Dar" and "Araghchi also held a special meeting with Sharif", two meetings
 * that paper tells apart. Each of the second paper's meetings fits the first paper's meeting of all four, so both joined
 * it, one after the other, and the paper's two meetings became one. An account joins a merged event only if it would
 * join, on its own, every account of its own article already in it: what one article keeps apart, the merge keeps apart.
 * (Accounts of other articles are judged against the merged event, as before.)
 */
export class AccountsOf {
  private accounts = new Map<ExtractedEvent, ExtractedEvent[]>();

  /** Records that `e`, as read from its article, is now part of the merged event `into`. */
  add(into: ExtractedEvent, e: ExtractedEvent): void {
    const list = this.accounts.get(into);
    if (list) list.push(e);
    else this.accounts.set(into, [e]);
  }

  /** Whether an account of `e`'s article in the merged event `m` is one `e` would not join (`joins` judges two accounts). */
  keptApart(m: ExtractedEvent, e: ExtractedEvent, joins: (a: ExtractedEvent, b: ExtractedEvent) => boolean): boolean {
    return (this.accounts.get(m) ?? []).some((x) => shareArticle(x, e) && !joins(x, e));
  }
}
