/**
 * `npm run bench:add [-- N]`: adds N (default 100) saved news pages with `npm run add`, end to end in its own
 * process (tsx start-up included), into an empty folder. Baseline in the same run: parsing the same pages
 * with linkedom alone. Also compares the two server-side DOMs Readability can run on, linkedom and jsdom, on
 * the project's fixture pages: time per page and whether the article text they give is the same.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';

const PAGES = 'pipeline/add/fixtures/pages';
const SHAPES = ['jsonld-only.html', 'opengraph-only.html', 'jsonld-og-disagree.html', 'sidebars.html', 'liveblog.html'];

/** What a real page carries besides the story: scripts, styles, a mega-menu, a footer of links (about 150 kB). */
function pageWeight(i: number): { head: string; nav: string } {
  const script = `<script>${Array.from({ length: 1500 }, (_, k) => `window.__cfg${k}={id:${k},slot:"ad-${i}-${k}",sizes:[[300,250],[728,90]]};`).join('\n')}</script>`;
  const style = `<style>${Array.from({ length: 800 }, (_, k) => `.c${k}{margin:${k % 9}px;color:#${(k * 4099).toString(16).slice(0, 6).padEnd(6, '0')}}`).join('')}</style>`;
  const nav = `<nav class="mega-menu">${Array.from({ length: 300 }, (_, k) => `<a href="/section/${k}">Section ${k}</a>`).join(' ')}</nav>`;
  return { head: script + style, nav };
}

/** Page i: a fixture shape with its own headline, address and sentences, so none is a duplicate of another. */
function savedPage(i: number): string {
  const shape = SHAPES[i % SHAPES.length] ?? '';
  const { head, nav } = pageWeight(i);
  return readFileSync(join(PAGES, shape), 'utf8')
    .replace(/(<title>|"headline":\s*"|<h1[^>]*>|property="og:title" content=")([^"<]{20,})/g, (_, open: string, text: string) => `${open}Page ${i}: ${text}`)
    .replace(/(https:\/\/[a-z]+\.example\/[^"?<]+)/g, (url: string) => `${url.replace(/\/$/, '')}-${i}`)
    .replace(/<p>/g, `<p>In report ${i}, `)
    .replace('</head>', `${head}</head>`)
    .replace(/<body([^>]*)>/, `<body$1>${nav}`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function compareDoms(label: string, htmls: string[], rounds: number): string[] {
  const run = (make: (html: string) => Document) => {
    const times: number[] = [];
    const texts: string[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const html of htmls) {
        const t0 = performance.now();
        const text = new Readability(make(html)).parse()?.textContent ?? '';
        times.push(performance.now() - t0);
        if (r === 0) texts.push(text.replace(/\s+/g, ' ').trim());
      }
    }
    return { ms: median(times), texts };
  };
  const linkedom = run((html) => parseHTML(html).document);
  const jsdom = run((html) => new JSDOM(html).window.document);
  const same = linkedom.texts.filter((t, k) => t === jsdom.texts[k]).length;
  return [
    `DOM for Readability, ${label} x ${rounds} rounds, median per page (parse + Readability):`,
    `  linkedom ${linkedom.ms.toFixed(1)} ms, jsdom ${jsdom.ms.toFixed(1)} ms: jsdom / linkedom x${(jsdom.ms / linkedom.ms).toFixed(1)}`,
    `  same article text from both: ${same} of ${htmls.length} pages`,
  ];
}

const load = loadavg();
const fixtures = readdirSync(PAGES).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(PAGES, f), 'utf8'));
const n = Number(process.argv[2] ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'ct-bench-add-'));
const pages = join(dir, 'pages');
const articles = join(dir, 'articles');
mkdirSync(pages);
mkdirSync(articles);
const paths = Array.from({ length: n }, (_, i) => {
  const path = join(pages, `page-${String(i).padStart(3, '0')}.html`);
  writeFileSync(path, savedPage(i));
  return path;
});
writeFileSync(join(dir, 'list.txt'), paths.join('\n'));
const bytes = paths.reduce((s, p) => s + readFileSync(p).length, 0);

const p0 = performance.now();
for (const p of paths) parseHTML(readFileSync(p, 'utf8'));
const parseMs = performance.now() - p0;

const t0 = performance.now();
const run = spawnSync('npx', ['tsx', 'pipeline/add/add-cli.ts', '--from', join(dir, 'list.txt'), '--articles', articles], { encoding: 'utf8', maxBuffer: 1 << 26 });
const addMs = performance.now() - t0;
const added = readdirSync(articles).length;
if (run.status !== 0) console.error(run.stderr);

const lines = [
  `load average at the start: ${load.map((l) => l.toFixed(1)).join(', ')} (2 cores)`,
  `add ${n} saved pages (${(bytes / n / 1024).toFixed(0)} kB each on average), one process, start-up included:`,
  `  npm run add: ${(addMs / 1000).toFixed(1)} s (${(addMs / n).toFixed(0)} ms a page), ${added} of ${n} added; target under 30 s`,
  `  baseline, linkedom parse only: ${(parseMs / 1000).toFixed(2)} s; add / parse x${(addMs / parseMs).toFixed(1)}`,
  ...compareDoms(`the ${fixtures.length} fixture pages`, fixtures, 3),
  ...compareDoms('10 of the generated pages', paths.slice(0, 10).map((p) => readFileSync(p, 'utf8')), 1),
];
console.log(lines.join('\n'));
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(join('bench/results', `add-${stamp}.md`), `${lines.join('\n')}\n`);
rmSync(dir, { recursive: true, force: true });
