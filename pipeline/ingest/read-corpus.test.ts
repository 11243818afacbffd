import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readCorpus } from './read-corpus';

const SEEDS = ['000_33d9e51da9844c80.txt', '001_94da05fad19ce5d3.txt', '002_21932a248247e45f.txt'];

test('each broken file is one clear problem and the real articles are still read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ct-corpus-'));
  for (const f of SEEDS) copyFileSync(join('data/articles', f), join(dir, f));
  const put = (name: string, data: string | Uint8Array) => { writeFileSync(join(dir, name), data); };
  put('100_empty.txt', '');
  put('101_binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  put('102_latin1.txt', Buffer.concat([Buffer.from('---\npublished: 2025-05-09\n---\nPeshawar caf'), Buffer.from([0xe9])]));
  put('103_bom_crlf.md', `\uFEFF---\r\npublished: 2025-05-09\r\n---\r\nPakistan's PM spoke to Rubio on Thursday.\r\n`);
  put('104_future.md', '---\npublished: 2099-01-01\n---\nText.');
  put('105_unclosed.md', '---\ntitle: T\n');
  put('106_no_date.md', 'Rubio spoke on Thursday.');
  put('000-33d9e51da9844c80.md', '---\npublished: 2025-05-09\n---\nSame id as the seed.');
  put('107_big.txt', Buffer.alloc(10 * 1024 * 1024, 'a '));
  put('notes.json', '{}');
  mkdirSync(join(dir, '108_folder.md'));

  const { articles, problems } = readCorpus(dir, { today: '2025-06-01' });
  expect(articles.map((a) => a.meta.id).sort()).toEqual(['001-94da05fad19ce5d3', '002-21932a248247e45f', '103-bom-crlf']);
  expect(problems.map((p) => [p.file, p.line])).toEqual([
    ['000-33d9e51da9844c80.md', null],
    ['000_33d9e51da9844c80.txt', null],
    ['100_empty.txt', null],
    ['101_binary.txt', 1],
    ['102_latin1.txt', 4],
    ['104_future.md', 2],
    ['105_unclosed.md', 1],
    ['106_no_date.md', 1],
    ['107_big.txt', null],
    ['108_folder.md', null],
  ]);
  expect(problems[0]?.message).toBe('duplicate article id "000-33d9e51da9844c80", also the id of 000_33d9e51da9844c80.txt; rename one of the files');
  expect(problems.find((p) => p.file === '108_folder.md')?.message).toMatch(/^could not be read: EISDIR/);
  const crlf = articles.find((a) => a.meta.id === '103-bom-crlf');
  expect(crlf?.body).toBe("Pakistan's PM spoke to Rubio on Thursday.\r\n");
});
