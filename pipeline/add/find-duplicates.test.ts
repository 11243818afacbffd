import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { addTo, errorOf, PAGES, readWritten } from './fixtures/add-to-temp-dir';
import { tempFile } from './fixtures/plain-page';

const page = (name: string) => join(PAGES, name);
const SWAP = '2025-04-15-harbour-review-ukraine-and-russia-swap-prisoners-of-war-after-gulf.md';

test('a duplicate (same address, or same text at another address) is refused naming the file; --force replaces it', async () => {
  const { dir } = await addTo([page('opengraph-only.html'), page('jsonld-only.html')]);
  const moved = tempFile('moved.html', readFileSync(page('jsonld-only.html'), 'utf8').replaceAll('india-pakistan-hotline-talks-1182', 'hotline-talks-reprint'));
  const again = await addTo([page('amp.html'), moved], { articlesDir: dir });
  expect(errorOf(again.outcomes[0])).toBe(`${page('amp.html')}: already in the corpus as ${SWAP} (the same address (https://harbourreview.example/news/ukraine-russia-prisoner-swap)); --force replaces it`);
  expect(errorOf(again.outcomes[1])).toMatch(/moved\.html: already in the corpus as 2025-05-11-the-northern-ledger-[a-z-]+\.md \(the same text \(11 of 11 sentences\)\); --force replaces it$/);
  expect(readWritten(dir, SWAP).front.provenance).toContain('opengraph-only.html');

  const forced = await addTo([page('amp.html')], { articlesDir: dir, force: true });
  expect(forced.outcomes[0]).toMatchObject({ ok: true, file: SWAP, replaced: SWAP });
  expect(forced.files).toHaveLength(2);
  expect(readWritten(dir, SWAP).front.provenance).toContain('amp.html');
  expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
});

test('within one batch the second copy of an article is refused', async () => {
  const { outcomes, files } = await addTo([page('opengraph-only.html'), page('amp.html')]);
  expect(outcomes[0]?.ok).toBe(true);
  expect(errorOf(outcomes[1])).toContain(`already in the corpus as ${SWAP}`);
  expect(files).toEqual([SWAP]);
});

test('--force with a new name for the same article removes the old file', async () => {
  const { dir } = await addTo([page('opengraph-only.html')]);
  const retitled = tempFile('retitled.html', readFileSync(page('amp.html'), 'utf8').replaceAll('Ukraine and Russia swap prisoners of war after Gulf mediation', 'Kyiv and Moscow exchange prisoners'));
  const forced = await addTo([retitled], { articlesDir: dir, force: true });
  expect(forced.outcomes[0]).toMatchObject({ ok: true, replaced: SWAP });
  expect(forced.files).toEqual(['2025-04-15-harbour-review-kyiv-and-moscow-exchange-prisoners.md']);
});
