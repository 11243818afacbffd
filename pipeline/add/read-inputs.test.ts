import { expect, test } from 'vitest';
import { addTo, errorOf, readWritten, TODAY } from './fixtures/add-to-temp-dir';
import { plainPage, REPORT, tempFile } from './fixtures/plain-page';

const text = REPORT.join('\n\n');

test('a .md article keeps its front matter and its body byte for byte; retrieved and provenance are added', async () => {
  const raw = `---\ntitle: Ministers agree on Black Sea shipping group\nurl: https://shipping.example/news/black-sea-group?utm_source=feed\npublisher: Shipping Example\npublished: 2025-04-17\ndesk: europe\n---\n${text}\n`;
  const { dir, outcomes, files } = await addTo([tempFile('black-sea.md', raw)]);
  expect(outcomes[0]?.ok).toBe(true);
  expect(files).toEqual(['2025-04-17-shipping-example-ministers-agree-on-black-sea-shipping-group.md']);
  const w = readWritten(dir, files[0] ?? '');
  expect(w.body).toBe(`${text}\n`);
  expect(w.front).toEqual({
    title: 'Ministers agree on Black Sea shipping group',
    url: 'https://shipping.example/news/black-sea-group',
    publisher: 'Shipping Example',
    published: '2025-04-17',
    published_basis: 'front-matter',
    retrieved: TODAY,
    provenance: expect.stringMatching(/^Added with "npm run add" from .*black-sea\.md\.\ntitle: the front matter of the file\nurl: the front matter of the file\npublisher: the front matter of the file\npublished: the front matter of the file$/) as unknown,
    desk: 'europe',
  });
});

test('a .txt without front matter: the first line is the title, a dateline the date, and both are noted', async () => {
  const raw = `Ministers agree on Black Sea shipping group\nUpdated: Apr 17, 2025 19:05 EEST\n\n${text}\n`;
  const { dir, files } = await addTo([tempFile('story.txt', raw)]);
  const w = readWritten(dir, files[0] ?? '');
  expect(w.body).toBe(raw);
  expect(w.front).toMatchObject({ title: 'Ministers agree on Black Sea shipping group', url: null, publisher: null, published: '2025-04-17', published_basis: 'dateline' });
  expect(w.front.provenance).toContain('title: the first line of the text\nurl: not found\npublisher: not found\npublished: the dateline "Updated: Apr 17, 2025"');
  expect(files).toEqual(['2025-04-17-unknown-publisher-ministers-agree-on-black-sea-shipping-group.md']);
});

test.each([
  ['broken.md', `---\ntitle: [unclosed\n---\n${text}`, /broken\.md:3: broken front matter: Flow sequence/],
  ['unclosed.md', `---\ntitle: x\n${text}`, /unclosed\.md:1: broken front matter: the "---" on this line is never closed/],
  ['bad-date.md', `---\npublished: 2025-02-30\n---\n${text}`, /bad-date\.md:2: publication date "2025-02-30" is not a real YYYY-MM-DD date/],
  ['stub.txt', 'Ministers agree on a shipping group. More soon.', /stub\.txt: only 8 words of text \(fewer than 80\)/],
  ['binary.txt', new Uint8Array([0x68, 0x69, 0x00, 0x01, 0x02]), /binary\.txt:1: binary data \(NUL byte at byte 2\)/],
  ['latin1.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(` ${text}`)]), /latin1\.txt:1: not UTF-8 text \(invalid byte 0xe9 at byte 3\)/],
  ['image.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /image\.html: binary data \(a PNG image\), not a web page/],
  ['misencoded.html', Buffer.concat([Buffer.from(plainPage('<title>Caf')), Buffer.from([0xe9, 0xe9])]), /misencoded\.html: mis-encoded: the bytes are not valid utf-8 text/],
  ['empty.html', '', /empty\.html: empty file/],
  ['notes.docx', 'x', /notes\.docx is neither an http\(s\) address nor a \.html, \.htm, \.xhtml, \.txt or \.md file/],
])('%s is refused with a clear error and nothing is written', async (name, content, message) => {
  const { outcomes, files } = await addTo([tempFile(name, content)]);
  expect(errorOf(outcomes[0])).toMatch(message);
  expect(files).toEqual([]);
});

test('a file that does not exist is an error naming it', async () => {
  const { outcomes } = await addTo(['/no/such/page.html']);
  expect(errorOf(outcomes[0])).toBe('/no/such/page.html: cannot be read: ENOENT');
});

test('a page in windows-1252, as it declares, is read in that charset', async () => {
  const html = plainPage('<meta charset="windows-1252"><meta property="article:published_time" content="2025-04-17T09:00:00+03:00">', [...REPORT, 'The caf\u00e9 by the port reopened.']);
  const bytes = Buffer.from(html.replace('<meta charset="utf-8">', ''), 'latin1');
  const { dir, files } = await addTo([tempFile('cp1252.html', bytes)]);
  expect(readWritten(dir, files[0] ?? '').body).toContain('The café by the port reopened.');
});
