import { dirname, relative, resolve, sep } from 'node:path';

/**
 * The app's one-way layering, enforced rather than kept by care: shared -> features -> app. shared imports
 * neither features nor app; a feature imports shared only, never another feature nor the app; nothing in src/
 * imports pipeline/ (Node-only code). Relative and absolute specifiers are resolved from the importing file.
 */
const root = resolve(import.meta.dirname, '..', '..');

/** Where a file sits: { layer: 'shared' | 'features' | 'app' | 'pipeline' | 'other', feature? }. */
export function layerOf(file) {
  const parts = relative(root, file).split(sep);
  if (parts[0] === 'pipeline') return { layer: 'pipeline' };
  if (parts[0] !== 'src') return { layer: 'other' };
  if (parts[1] === 'shared') return { layer: 'shared' };
  if (parts[1] === 'features') return { layer: 'features', feature: parts[2] };
  if (parts[1] === 'app') return { layer: 'app' };
  return { layer: 'other' };
}

/** Why importing `to` from `from` breaks the layering, or null when it does not. */
export function layeringProblem(from, to) {
  const a = layerOf(from);
  const b = layerOf(to);
  if (b.layer === 'pipeline') return 'src/ never imports pipeline/ (Node-only code); share it through src/shared';
  if (a.layer === 'shared' && (b.layer === 'features' || b.layer === 'app')) return `shared/ must not import ${b.layer}/: dependencies point shared -> features -> app`;
  if (a.layer === 'features' && b.layer === 'app') return 'a feature must not import app/: compose features in app/';
  if (a.layer === 'features' && b.layer === 'features' && a.feature !== b.feature)
    return `feature "${a.feature}" must not import feature "${b.feature}": move what they share to src/shared, or compose them in app/`;
  return null;
}

export const layeringRule = {
  meta: { type: 'problem', docs: { description: 'shared -> features -> app; no feature imports another; src never imports pipeline/' }, schema: [] },
  create(context) {
    const check = (node) => {
      const spec = node.source && node.source.type === 'Literal' ? node.source.value : null;
      if (typeof spec !== 'string' || !(spec.startsWith('.') || spec.startsWith('/'))) return;
      const target = resolve(dirname(context.filename), spec);
      const problem = layeringProblem(context.filename, target);
      if (problem) context.report({ node: node.source, message: problem });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
