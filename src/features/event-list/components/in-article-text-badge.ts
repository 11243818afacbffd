/** The look of the "matches in article text" label on an event that a search found in its article's text only. */
export const IN_ARTICLE_TEXT_BADGE = 'mt-0.5 inline-block rounded border border-amber-700 px-1 text-xs text-amber-900 dark:border-amber-300 dark:text-amber-200';
