import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../shared/schema';
import { toExportedEvents } from './to-citations';
import { CSV_COLUMNS, csvCell, toCsv, UTF8_BOM } from './to-csv';

const ds = datasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
const exported = toExportedEvents(ds.events, new Map(ds.articles.map((a) => [a.id, a])), new Map(ds.people.map((p) => [p.id, p])));

/** A small RFC 4180 reader, independent of the writer, to read the export back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const next = text.charAt(i + 1);
    if (quoted) {
      if (ch === '"' && next === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('csvCell', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const attack of ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(csvCell(attack).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('2025-05-09')).toBe('2025-05-09');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('said "no", then left\nquietly')).toBe('"said ""no"", then left\nquietly"');
  });
});

describe('toCsv on the published dataset', () => {
  const csv = toCsv(exported);
  const rows = parseCsv(csv.slice(UTF8_BOM.length));
  const column = (name: (typeof CSV_COLUMNS)[number]) => rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf(name)]);
  it('starts with a byte-order mark, so spreadsheets read it as UTF-8', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });
  it('keeps CAMEO codes as text with their leading zero', () => {
    const codes = ds.events.flatMap((e) => e.sources.map(() => e.cameo));
    expect(column('cameo').map((c) => c?.split(' ')[0])).toEqual(codes);
    for (const c of column('cameo')) expect(Number.isNaN(Number(c))).toBe(true);
  });
  it('fills publisher and link, saying "unknown" when the article gives none', () => {
    for (const c of [...column('publisher'), ...column('url')]) expect(c).not.toBe('');
  });
  it('writes an uncertain date with ≈ and every day it may fall on', () => {
    const dates = ds.events.flatMap((e) => e.sources.map(() => (e.date.precision === 'day' && e.date.start === e.date.end ? '' : '≈')));
    expect(column('date').map((d) => (d?.startsWith('≈') ? '≈' : ''))).toEqual(dates);
  });
  it('has one row per citation, each with its verbatim excerpt', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const citations = ds.events.flatMap((e) => e.sources.map((s) => ({ id: e.id, excerpt: s.excerpt })));
    expect(rows.slice(1).map((r) => ({ id: r[0], excerpt: (r.at(-1) ?? '').replace(/^'(?=[=+\-@\t\r])/, '') }))).toEqual(citations);
  });
});
