import { expect, test } from 'vitest';
import { CHROME_PARAGRAPHS, chromeRule } from './chrome-paragraphs';
import { parsePage } from './page-dom';
import { removePageChrome } from './remove-page-chrome';

/** Each rule with a paragraph it must take and a look-alike from reporting it must leave. */
const CASES: Record<string, [string, string]> = {
  'advertisement label': ['Story continues below advertisement', 'The advertisement campaign was withdrawn after complaints from both governments.'],
  'link to another story': ['Also read: Border markets reopen after months of closure', 'Also, read the statement in full, the spokesman told reporters.'],
  'share prompt': ['Share on WhatsApp', 'Share prices in Karachi rose on Monday after the ceasefire was announced.'],
  'newsletter prompt': ['Sign up for the Evening Briefing: the day’s news in your inbox', 'Sign up for talks was slow, the mediator said, but both sides had agreed to attend.'],
  'subscription prompt': ['Already a subscriber? Log in', 'Subscribers to the agreement include twelve countries in the region.'],
};

test.each(CHROME_PARAGRAPHS.map((r) => r.name))('rule "%s" takes its chrome and leaves reporting alone', (name) => {
  const [chrome, reporting] = CASES[name] ?? ['', ''];
  expect(chromeRule(chrome)).toBe(name);
  expect(chromeRule(reporting)).toBeNull();
});

test('page chrome is removed by tag, role and class word; a block holding the story is kept whatever its class says', () => {
  const doc = parsePage(`<html><body>
    <header><a href="/">Site</a></header>
    <div class="newsletter-signup"><p>Get the briefing</p></div>
    <div class="share_tools"><a>Share</a></div>
    <div role="dialog"><p>We use cookies</p></div>
    <div class="shareholders"><p>Shareholders met on Monday.</p></div>
    <div class="article comments-open"><article><header><h1>Headline</h1></header><p>${'Reporting text of the story itself. '.repeat(20)}</p></article></div>
  </body></html>`);
  removePageChrome(doc);
  const text = doc.body.textContent.replace(/\s+/g, ' ');
  expect(text).not.toMatch(/Site|Get the briefing|Share\b|We use cookies/);
  expect(text).toContain('Shareholders met on Monday.');
  expect(text).toContain('Headline');
  expect(text).toContain('Reporting text of the story itself.');
});
