import { parseSync, type Plugin } from 'vite';
import { patchTimelineModule } from './patch-vis-timeline';

/**
 * vis-timeline ships the Timeline and Graph2d (its line and bar charts) as one module. The app uses only the
 * Timeline, but the bundler cannot drop Graph2d by itself: its parts are built with top-level side effects
 * (`Legend.prototype = new Component()`, `LineGraph.prototype.redraw = …`). This build plugin removes the top-level
 * statements that declare or extend Graph2d's own parts, and their names from the module's exports, and puts
 * stand-ins for the editor of the `configure` option, which the app never sets. Measured with bench/bundle-size.ts
 * on 3 December 2026: first-load JS 205.6 → 184.4 kB gzip (Graph2d 13.4 kB, the option editor 6.6 kB).
 *
 * It never guesses: if code left in the module still refers to a removed name (a new vis-timeline version sharing a
 * part between the two), or a part is no longer declared, the build stops and says which.
 */

/** Graph2d and the parts only it uses, as the module names them (vis-timeline 8.x, esnext build). */
export const GRAPH2D_PARTS: readonly string[] = [
  'Graph2d',
  'LineGraph',
  'Legend',
  'GraphGroup',
  'DataAxis',
  'DataScale',
  'Points',
  'Bargraph',
  'Line',
  'getGroupTemplate',
  'getCallback',
  // Graph2d's option tables (the Timeline's are `allOptions` and `configureOptions`).
  'allOptions$1',
  'configureOptions$1',
  // The colour picker of the `configure` option's editor (below).
  'ColorPicker',
];

const NOT_BUILT_IN = 'vis-timeline\'s `configure` option is not built into this app (scripts/trim-vis-timeline.ts)';

/**
 * Parts the Timeline refers to only behind options the app never sets, replaced by a stand-in: the `configure`
 * option's interactive editor of options (about 5 kB gzip with its colour picker). Setting `configure` throws.
 */
export const STAND_INS: Readonly<Record<string, string>> = {
  Configurator: `class Configurator {\n  constructor() {\n    throw new Error(${JSON.stringify(NOT_BUILT_IN)});\n  }\n}`,
  configureOptions: 'const configureOptions = {};',
};

export const TIMELINE_MODULE = /vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.m?js$/;

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The module's top-level statements (oxc's ESTree, offsets in UTF-16 code units as String#slice counts). */
function parseBody(code: string): AstNode[] {
  const { program, errors } = parseSync('vis-timeline.mjs', code);
  if (errors.length > 0) throw new Error(`trim-vis-timeline: cannot parse the module: ${errors[0]?.message ?? ''}`);
  return program.body as unknown as AstNode[];
}

const isNode = (v: unknown): v is AstNode => typeof v === 'object' && v !== null && typeof (v as AstNode).type === 'string';

/** The identifier a member chain such as `Legend.prototype.redraw` hangs from. */
function rootName(node: AstNode): string | undefined {
  let n: AstNode = node;
  while (n.type === 'MemberExpression' && isNode(n.object)) n = n.object;
  return n.type === 'Identifier' ? (n.name as string) : undefined;
}

function declaredNames(stmt: AstNode): string[] {
  if ((stmt.type === 'FunctionDeclaration' || stmt.type === 'ClassDeclaration') && isNode(stmt.id)) return [stmt.id.name as string];
  if (stmt.type === 'VariableDeclaration') {
    return (stmt.declarations as AstNode[]).flatMap((d) => (isNode(d.id) && d.id.type === 'Identifier' ? [d.id.name as string] : []));
  }
  return [];
}

/** `Name.x = …` or `Name.prototype.y = …` at the top level: a statement that only extends Name. */
function extendedName(stmt: AstNode): string | undefined {
  if (stmt.type !== 'ExpressionStatement' || !isNode(stmt.expression)) return undefined;
  const e = stmt.expression;
  if (e.type !== 'AssignmentExpression' || !isNode(e.left) || e.left.type !== 'MemberExpression') return undefined;
  return rootName(e.left);
}

/** Every identifier the code reads (not property names, not object keys). */
function referencedNames(node: unknown, out: Set<string>, parent?: AstNode, key?: string): Set<string> {
  if (Array.isArray(node)) {
    for (const child of node) referencedNames(child, out, parent, key);
    return out;
  }
  if (!isNode(node)) return out;
  if (node.type === 'Identifier') {
    const isPropertyName = parent?.type === 'MemberExpression' && key === 'property' && parent.computed !== true;
    const isKey = parent?.type === 'Property' && key === 'key' && parent.computed !== true && parent.shorthand !== true;
    const isMethodKey = (parent?.type === 'MethodDefinition' || parent?.type === 'PropertyDefinition') && key === 'key' && parent.computed !== true;
    if (!isPropertyName && !isKey && !isMethodKey) out.add(node.name as string);
    return out;
  }
  for (const [k, v] of Object.entries(node)) {
    if (k !== 'type' && k !== 'start' && k !== 'end') referencedNames(v, out, node, k);
  }
  return out;
}

/** Object properties and export specifiers that only hand a removed part on (the `timeline` namespace, the exports). */
function handOnRanges(node: unknown, parts: ReadonlySet<string>, out: [number, number][]): void {
  if (Array.isArray(node)) {
    node.forEach((n) => { handOnRanges(n, parts, out); });
    return;
  }
  if (!isNode(node)) return;
  if (node.type === 'ObjectExpression' || node.type === 'ExportNamedDeclaration') {
    const list = (node.type === 'ObjectExpression' ? node.properties : node.specifiers) as AstNode[];
    list.forEach((item, i) => {
      const value = item.type === 'Property' ? item.value : item.local;
      if (isNode(value) && value.type === 'Identifier' && parts.has(value.name as string)) {
        // Take the comma after it too (or before it, for the last one).
        const next = list[i + 1];
        const prev = list[i - 1];
        out.push(next ? [item.start, next.start] : prev ? [prev.end, item.end] : [item.start, item.end]);
      }
    });
  }
  for (const [k, v] of Object.entries(node)) if (k !== 'type') handOnRanges(v, parts, out);
}

/**
 * The module's source without Graph2d's parts, and with the stand-ins. Throws if the code that stays still needs
 * one of the parts removed, or if a part or stand-in is no longer where it was.
 */
export function trimTimelineModule(code: string, parts: readonly string[] = GRAPH2D_PARTS, standIns: Readonly<Record<string, string>> = STAND_INS): string {
  const wanted = new Set(parts);
  const removed: [number, number, string][] = [];
  const kept: AstNode[] = [];
  const found = new Set<string>();
  for (const stmt of parseBody(code)) {
    const names = declaredNames(stmt);
    const standIn = names.length === 1 ? standIns[names[0] ?? ''] : undefined;
    if (standIn !== undefined) {
      removed.push([stmt.start, stmt.end, standIn]);
      names.forEach((n) => found.add(n));
      continue;
    }
    const owner = names.length > 0 && names.every((n) => wanted.has(n)) ? names[0] : extendedName(stmt);
    if (owner !== undefined && wanted.has(owner)) {
      removed.push([stmt.start, stmt.end, '']);
      names.forEach((n) => found.add(n));
    } else {
      kept.push(stmt);
    }
  }
  const missing = [...parts, ...Object.keys(standIns)].filter((p) => !found.has(p));
  if (missing.length > 0) throw new Error(`trim-vis-timeline: vis-timeline no longer declares ${missing.join(', ')}; update GRAPH2D_PARTS`);
  const handOns: [number, number][] = [];
  handOnRanges(kept, wanted, handOns);
  removed.push(...handOns.map(([a, b]): [number, number, string] => [a, b, '']));
  removed.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [a, b, replacement] of removed) {
    if (a < at) continue;
    out += code.slice(at, a) + replacement;
    at = b;
  }
  out += code.slice(at);
  const stillUsed = [...referencedNames(parseBody(out), new Set())].filter((n) => wanted.has(n));
  if (stillUsed.length > 0) {
    throw new Error(`trim-vis-timeline: the Timeline's code still uses ${stillUsed.join(', ')}; it cannot be removed`);
  }
  return out;
}

export function trimVisTimeline(): Plugin {
  return {
    name: 'trim-vis-timeline',
    apply: 'build',
    transform(code, id) {
      if (!TIMELINE_MODULE.test(id)) return null;
      // Trimmed of Graph2d, then the Timeline's patches (scripts/patch-vis-timeline.ts).
      return { code: patchTimelineModule(trimTimelineModule(code)), map: null };
    },
  };
}
