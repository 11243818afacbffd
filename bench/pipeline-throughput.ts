/**
 * Pipeline throughput on a large generated corpus: `npm run bench:pipeline [-- 1000 10000]`.
 * Articles recombine the sentence structures of real reporting (calls, briefings, quotes, strikes, appeals)
 * with varied officials, places, weekdays and dates from a seeded generator, so runs are comparable.
 * Each measurement runs in its own process so peak RSS is its own. Baseline: ingest + sentences only.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCorpus } from '../pipeline/ingest/read-corpus';
import { runPipeline } from '../pipeline/run-pipeline';
import { segmentSentences } from '../pipeline/sentences/segment-sentences';

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const US = ['Secretary of State Marco Rubio', 'White House Press Secretary Karoline Leavitt', 'State Department spokesperson Tammy Bruce', 'Presidential Envoy Steve Witkoff', 'Vice President JD Vance'];
const SIDES = [
  ['External Affairs Minister S. Jaishankar', 'Pakistani Prime Minister Shehbaz Sharif', 'Pakistan Foreign Minister Ishaq Dar', 'National Security Adviser Ajit Doval', 'Army chief Asim Munir'],
  ['Russian President Vladimir Putin', 'Ukrainian President Volodymyr Zelenskyy', 'Foreign Minister Sergey Lavrov', 'Ukrainian Foreign Minister Andrii Sybiha', 'Kremlin spokesman Dmitry Peskov'],
];
const PLACES = [['Pahalgam', 'Poonch', 'Muzaffarabad', 'Bahawalpur'], ['Sumy', 'Kharkiv', 'Odesa', 'Zaporizhzhia']];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TEMPLATES = [
  '{us} spoke on {day} with {a} and {b}, urging both sides to de-escalate.',
  'According to {us2}, {us} spoke with {a} on {day} morning.',
  '"We continue to urge both governments to work towards a responsible solution," {us2} said at a press briefing on {day}.',
  '{us2} said, "The President wants this to de-escalate as quickly as possible." "He has good relations with the leaders of both countries," she added.',
  '{a} condemned the {month} {n} {place} terrorist attack, which killed {k} people.',
  'In a post on social media, {a} criticized the missile strike on {place} and called for restraint.',
  '{a} will meet {b} in Riyadh next week, officials said.',
  'Asked if {us} was planning to visit the region, {us2} said she would let reporters know.',
  'The comments followed {us}’s meeting with {a} in Istanbul, which reportedly lasted three hours.',
  'Photo: ANI',
];

function article(i: number, r: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const side = i % 2;
  const month = side === 0 ? 'May' : 'April';
  const fill = (t: string) =>
    t.replace(/\{(\w+)\}/g, (_, k: string) => {
      if (k === 'us' || k === 'us2') return pick(US);
      if (k === 'a' || k === 'b') return pick(SIDES[side] ?? []);
      if (k === 'day') return pick(DAYS);
      if (k === 'place') return pick(PLACES[side] ?? []);
      if (k === 'month') return month;
      if (k === 'n') return String(1 + Math.floor(r() * 28));
      return String(2 + Math.floor(r() * 60));
    });
  const paragraphs = Array.from({ length: 6 + Math.floor(r() * 8) }, () => fill(pick(TEMPLATES)));
  const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
  return `---\ntitle: Generated ${i}\npublisher: ${pick(['Dawn', 'The Hindu', 'Reuters', 'null'])}\npublished: 2025-${side === 0 ? '05' : '04'}-${day}\n---\n${paragraphs.join('\n\n')}\n`;
}

function child(mode: string, dir: string): void {
  const t0 = performance.now();
  if (mode === 'baseline') {
    for (const a of readCorpus(dir).articles) segmentSentences(a.body, a.boilerplate);
  } else {
    runPipeline({ articlesDir: dir, gazetteerDir: 'data/gazetteer', curationDir: join(dir, 'no-curation') });
  }
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024 }));
}

function measure(mode: string, dir: string): { ms: number; rssMb: number } {
  const out = execFileSync('npx', ['tsx', 'bench/pipeline-throughput.ts', '--child', mode, dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as { ms: number; rssMb: number };
}

const args = process.argv.slice(2);
if (args[0] === '--child') child(args[1] ?? 'full', args[2] ?? '');
else {
  const sizes = args.length ? args.map(Number) : [1000, 10000];
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'ct-bench-'));
    mkdirSync(join(dir, 'no-curation'));
    const r = rng(20250509);
    for (let i = 0; i < n; i++) writeFileSync(join(dir, `${String(i).padStart(6, '0')}.md`), article(i, r));
    const base = measure('baseline', dir);
    const full = measure('full', dir);
    const rate = (m: { ms: number }) => (n / (m.ms / 1000)).toFixed(0);
    console.log(`${n} articles`);
    console.log(`  baseline (ingest+sentences): ${rate(base)} articles/s, ${base.ms.toFixed(0)} ms, peak RSS ${base.rssMb.toFixed(0)} MB`);
    console.log(`  full pipeline:               ${rate(full)} articles/s, ${full.ms.toFixed(0)} ms, peak RSS ${full.rssMb.toFixed(0)} MB`);
    console.log(`  full / baseline: time x${(full.ms / base.ms).toFixed(1)}, peak RSS x${(full.rssMb / base.rssMb).toFixed(2)}`);
    rmSync(dir, { recursive: true, force: true });
  }
}
