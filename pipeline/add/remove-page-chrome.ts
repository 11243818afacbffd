/**
 * Page furniture removed before Readability looks for the article. Readability drops much of it by itself,
 * but keeps any block whose class also says "content" or "article" ("related-content"), and it keeps labels,
 * sign-up boxes and share bars that sit inside the article's own container.
 */
const CHROME_TAGS = 'nav, aside, footer, form, button, dialog, iframe, figure, figcaption, amp-ad, amp-sidebar, amp-social-share, amp-analytics, amp-consent';
const CHROME_ROLES = '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="dialog"], [role="alertdialog"], [role="search"], [aria-hidden="true"]';

/** Words that, as one hyphen- or underscore-separated part of a class or id, name page furniture. */
const CHROME_WORDS = new Set([
  'ad', 'ads', 'advert', 'advertisement', 'banner', 'breadcrumb', 'breadcrumbs', 'comment', 'comments', 'consent', 'cookie',
  'cookies', 'gdpr', 'newsletter', 'outbrain', 'paywall', 'promo', 'rail', 'recommended', 'related', 'share', 'sharing',
  'sidebar', 'signup', 'social', 'sponsored', 'subscribe', 'taboola', 'tags', 'ticker', 'toolbar', 'widget',
]);
/** Two-word names of the same ("most-read", "also-read", "read-more", "story-continues"). */
const CHROME_PHRASES = /(^|[-_])(most-?read|also-?read|read-?more|more-?from|you-?may-?like|story-?continues|key-?events|load-?more)([-_]|$)/i;

function isChromeName(el: Element): boolean {
  const tokens = `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase().split(/\s+/).filter(Boolean);
  return tokens.some((t) => CHROME_PHRASES.test(t) || t.split(/[-_]+/).some((part) => CHROME_WORDS.has(part)));
}

/** A block that holds the story itself is never removed, whatever its class says ("article comments-open"). */
function holdsTheStory(el: Element, storyText: number): boolean {
  if (/^(html|body|main|article)$/i.test(el.tagName) || el.querySelector('article, main')) return true;
  const text = [...el.querySelectorAll('p')].reduce((n, p) => n + p.textContent.length, 0);
  return storyText > 0 && text > storyText / 2;
}

export function removePageChrome(doc: Document): void {
  const storyText = [...doc.querySelectorAll('p')].reduce((n, p) => n + p.textContent.length, 0);
  const doomed = new Set<Element>();
  for (const el of doc.querySelectorAll(`${CHROME_TAGS}, ${CHROME_ROLES}`)) doomed.add(el);
  // The site's own header, not an article's header with its headline and byline.
  for (const el of doc.querySelectorAll('header')) if (!el.closest('article, main')) doomed.add(el);
  for (const el of doc.querySelectorAll('[class], [id]')) if (isChromeName(el)) doomed.add(el);
  for (const el of doomed) if (!holdsTheStory(el, storyText)) el.remove();
}
