import { describe, expect, test } from 'vitest';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from './decode-article-bytes';
import { catchInputError } from './catch-input-error';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

const errorOf = catchInputError;

describe('decodeArticleBytes', () => {
  test('UTF-8 text, including Devanagari, Cyrillic and emoji, decodes unchanged', () => {
    const text = 'Modi (मोदी) spoke; Зеленський replied 👍\n';
    expect(decodeArticleBytes('a.txt', bytes(text))).toBe(text);
  });

  test('a byte-order mark is dropped', () => {
    expect(decodeArticleBytes('a.txt', bytes([0xef, 0xbb, 0xbf], '---\ntitle: T\n'))).toBe('---\ntitle: T\n');
  });

  test('an empty file is refused', () => {
    expect(errorOf(() => decodeArticleBytes('e.txt', new Uint8Array())).message).toBe('e.txt: empty file');
  });

  test('binary data is refused with the line of the first NUL byte', () => {
    const e = errorOf(() => decodeArticleBytes('b.txt', bytes('line one\nline two\n', [0x00, 0x01, 0x02])));
    expect(e.line).toBe(3);
    expect(e.reason).toMatch(/binary data/);
  });

  test('Latin-1 text is refused as not UTF-8, naming the line of the bad byte', () => {
    const e = errorOf(() => decodeArticleBytes('l.txt', bytes('title: x\nKarachi, caf', [0xe9], ' talks\n')));
    expect(e.line).toBe(2);
    expect(e.reason).toMatch(/not UTF-8 text \(invalid byte 0xe9/);
  });

  test('overlong encodings and encoded surrogates are not UTF-8', () => {
    expect(() => decodeArticleBytes('o.txt', bytes('a', [0xc0, 0xaf]))).toThrow(/not UTF-8/);
    expect(() => decodeArticleBytes('s.txt', bytes('a', [0xed, 0xa0, 0x80]))).toThrow(/not UTF-8/);
    expect(() => decodeArticleBytes('t.txt', bytes('a', [0xe2, 0x82]))).toThrow(/not UTF-8/);
  });

  test('a 10 MB file is refused as too large to be an article', () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 'India and Pakistan. ');
    expect(big.length).toBeGreaterThan(MAX_ARTICLE_BYTES);
    expect(errorOf(() => decodeArticleBytes('big.txt', big)).reason).toMatch(/^file is 10\.0 MB, more than the 2 MB/);
  });
});
