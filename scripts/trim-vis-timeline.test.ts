import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import { GRAPH2D_PARTS, STAND_INS, TIMELINE_MODULE, trimTimelineModule } from './trim-vis-timeline';

// The module the plugin transforms (TIMELINE_MODULE): the esnext ES module. ('vis-timeline/esnext' resolves, for
// require, to the UMD build, which this test read until 7 December.)
const packageDir = dirname(createRequire(import.meta.url).resolve('vis-timeline/package.json'));
const installed = readFileSync(join(packageDir, 'esnext', 'esm', 'vis-timeline-graph2d.mjs'), 'utf8');

interface Node { type: string; [k: string]: unknown }
const exportedNames = (code: string) =>
  (parseSync('m.mjs', code).program.body as unknown as Node[])
    .filter((s) => s.type === 'ExportNamedDeclaration')
    .flatMap((s) => (s.specifiers as { exported: { name: string } }[]).map((x) => x.exported.name));

describe('trimTimelineModule on the installed vis-timeline', () => {
  const trimmed = trimTimelineModule(installed);

  it('is the module the plugin is applied to', () => {
    expect(TIMELINE_MODULE.test('/x/node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.mjs')).toBe(true);
    expect(TIMELINE_MODULE.test('/x/node_modules/vis-timeline/standalone/esm/vis-timeline-graph2d.mjs')).toBe(false);
  });

  it('keeps the Timeline exported and drops Graph2d from the exports', () => {
    expect(exportedNames(installed)).toContain('Graph2d');
    expect(exportedNames(trimmed)).toContain('Timeline');
    expect(exportedNames(trimmed)).not.toContain('Graph2d');
  });

  it('leaves no declaration of a removed part, and the stand-ins in place of the option editor', () => {
    for (const part of GRAPH2D_PARTS) {
      const escaped = part.replace(/\$/g, '\\$');
      expect(trimmed).not.toMatch(new RegExp(`^(?:class|function|const|var|let) ${escaped}\\b`, 'm'));
    }
    for (const [name, standIn] of Object.entries(STAND_INS)) {
      expect(trimmed).toContain(standIn);
      expect(trimmed.match(new RegExp(`^(?:class|const) ${name}\\b`, 'gm'))).toHaveLength(1);
    }
    // The Timeline's own classes stay.
    for (const kept of ['class Timeline extends Core', 'class ItemSet extends Component', 'class TimeStep', 'class RangeItem extends Item']) expect(trimmed).toContain(kept);
  });

  it('ships markedly less', () => {
    const before = gzipSync(installed).length;
    const after = gzipSync(trimmed).length;
    expect(after).toBeLessThan(before * 0.85);
  });
});

describe('trimTimelineModule refuses what it cannot do safely', () => {
  const source = [
    'class Component {}',
    'function Chart() {}',
    'Chart.prototype = new Component();',
    'Chart.prototype.draw = function () { return 1; };',
    'class Timeline extends Component {}',
    'const namespace = { Chart, Timeline };',
    'export { Chart, Timeline, namespace };',
  ].join('\n');

  it('removes a part with everything that extends or hands it on', () => {
    const out = trimTimelineModule(source, ['Chart'], {});
    expect(out).not.toMatch(/Chart/);
    expect(exportedNames(out)).toEqual(['Timeline', 'namespace']);
  });

  it('stops when kept code still uses a part', () => {
    const uses = `${source}\nTimeline.prototype.chart = function () { return new Chart(); };`;
    expect(() => trimTimelineModule(uses, ['Chart'], {})).toThrow(/still uses Chart/);
  });

  it('stops when a part or stand-in is no longer declared', () => {
    expect(() => trimTimelineModule(source, ['Chart', 'Legend'], {})).toThrow(/no longer declares Legend/);
    expect(() => trimTimelineModule(source, [], { Editor: 'class Editor {}' })).toThrow(/no longer declares Editor/);
  });
});
