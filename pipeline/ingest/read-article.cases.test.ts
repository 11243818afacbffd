import { describe, expect, test } from 'vitest';
import { catchInputError } from './catch-input-error';
import { readArticle } from './read-article';

const TODAY = { today: '2025-06-01' };

const errorOf = catchInputError;

describe('publication dates from datelines', () => {
  test('a wire dateline without a year takes the year from a dated URL', () => {
    const a = readArticle('w.md', '---\nurl: https://example.com/world/2025/05/10/story.html\n---\nNew Delhi, May 10 (PTI) India and Pakistan agreed to stop firing.', TODAY);
    expect(a.meta).toMatchObject({ published: '2025-05-10', publishedBasis: 'dateline' });
    // The dateline is boilerplate: the first sentence starts at the news.
    expect(a.body.slice(a.boilerplate[0]?.start, a.boilerplate[0]?.end)).toBe('New Delhi, May 10 (PTI)');
  });

  test('"Updated:" lines with a full date', () => {
    const a = readArticle('u.txt', 'Updated: May 09, 2025 10:15 IST\nThe State Department said Rubio called both leaders.', TODAY);
    expect(a.meta.published).toBe('2025-05-09');
    expect(readArticle('p.txt', 'Published on 12 April 2025\nWitkoff met Putin.', TODAY).meta.published).toBe('2025-04-12');
  });

  test('a dateline with no year anywhere is an error on its line', () => {
    const e = errorOf(() => readArticle('n.txt', '---\ntitle: T\n---\n\nISLAMABAD, May 9 (Reuters) - Pakistan said it shot down drones.', TODAY));
    expect([e.line, e.reason]).toEqual([5, 'the dateline "ISLAMABAD, May 9 (Reuters)" has no year and none was found in the URL or at the top of the text']);
  });

  test('a date deep in the text is news, not a dateline', () => {
    const filler = 'Officials met and talked at length about the situation. '.repeat(40);
    expect(() => readArticle('d.txt', `${filler}\nUpdated: May 09, 2025`, TODAY)).toThrow(/no publication date/);
  });
});

describe('broken input', () => {
  test('a BOM before the front matter is ignored', () => {
    expect(readArticle('b.md', '\uFEFF---\npublished: 2025-05-09\n---\nText here.', TODAY).body).toBe('Text here.');
  });

  test('CRLF front matter and body: the body keeps its CRLF and boilerplate offsets fit it', () => {
    const a = readArticle('c.md', '---\r\ntitle: T\r\npublished: 2025-05-09\r\n---\r\nRubio spoke on Thursday.\r\nAlso read: Pakistan shuts airspace\r\nExit mobile version\r\n', TODAY);
    expect(a.body.startsWith('Rubio spoke')).toBe(true);
    expect(a.boilerplate.map((r) => a.body.slice(r.start, r.end))).toEqual(['Also read: Pakistan shuts airspace', 'Exit mobile version']);
  });

  test('front matter that is never closed', () => {
    expect(errorOf(() => readArticle('o.md', '---\ntitle: T\npublished: 2025-05-09\nText', TODAY)).message).toMatch(/^o\.md:1: broken front matter: the "---" on this line is never closed/);
  });

  test('a YAML error names its line in the file', () => {
    const e = errorOf(() => readArticle('y.md', '---\ntitle: T\npublished: 2025-05-09\npublisher: [unclosed\n---\nText', TODAY));
    expect(e.reason).toMatch(/^broken front matter/);
    expect(e.line).toBeGreaterThanOrEqual(4);
  });

  test('a duplicated key is broken front matter', () => {
    expect(() => readArticle('k.md', '---\ntitle: A\ntitle: B\npublished: 2025-05-09\n---\nText', TODAY)).toThrow(/^k\.md:\d+: broken front matter/);
  });

  test('impossible, future and implausibly old publication dates name the line', () => {
    expect(errorOf(() => readArticle('z.md', '---\ntitle: T\npublished: 2025-02-30\n---\nText', TODAY)).message).toBe('z.md:3: publication date "2025-02-30" is not a real YYYY-MM-DD date');
    expect(errorOf(() => readArticle('f.md', '---\npublished: 2025-07-01\n---\nText', TODAY)).message).toBe('f.md:2: publication date 2025-07-01 is in the future (today is 2025-06-01)');
    expect(() => readArticle('o.md', '---\npublished: 1025-05-09\n---\nText', TODAY)).toThrow(/not a plausible news date/);
  });

  test('a body with no words', () => {
    expect(errorOf(() => readArticle('w.md', '---\npublished: 2025-05-09\n---\n\n  12345 ... !!!\n', TODAY)).message).toBe('w.md:4: no recognisable text: the body has no words');
  });

  test('an unknown published_basis and a javascript: url are refused', () => {
    expect(() => readArticle('p.md', '---\npublished: 2025-05-09\npublished_basis: guessed\n---\nText', TODAY)).toThrow(/^p\.md:3: front matter "published_basis" must be one of/);
    expect(() => readArticle('j.md', '---\npublished: 2025-05-09\nurl: "javascript:alert(1)"\n---\nText', TODAY)).toThrow(/^j\.md:3: front matter "url"/);
  });
});
