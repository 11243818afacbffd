import { resolve } from 'node:path';
import { Linter } from 'eslint';
import { expect, test } from 'vitest';
import { layeringRule } from './layering-rule.js';

const file = (p: string) => resolve(import.meta.dirname, '..', '..', p);
function lint(path: string, code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const config = [{ files: ['**/*.ts'], plugins: { layers: { rules: { 'one-way': layeringRule } } }, rules: { 'layers/one-way': 'error' } }];
  return linter.verify(code, config as Linter.Config[], { filename: file(path) }).map((m) => m.message);
}

test('a feature may import shared, but not another feature, the app or the pipeline', () => {
  expect(lint('src/features/timeline/a.ts', "import { x } from '../../shared/lib/x';")).toEqual([]);
  expect(lint('src/features/timeline/a.ts', "import { x } from './utils/x';")).toEqual([]);
  expect(lint('src/features/timeline/a.ts', "import { x } from '../event-list/x';")[0]).toMatch(/feature "timeline" must not import feature "event-list"/);
  expect(lint('src/features/timeline/a.ts', "import { x } from '../../app/x';")[0]).toMatch(/must not import app/);
  expect(lint('src/features/timeline/a.ts', "export * from '../../../pipeline/x';")[0]).toMatch(/never imports pipeline/);
});

test('shared imports neither features nor app; app may import both', () => {
  expect(lint('src/shared/lib/a.ts', "const m = import('../../features/x/y');")[0]).toMatch(/shared\/ must not import features/);
  expect(lint('src/app/a.ts', "import { x } from '../features/x/y'; import { y } from '../shared/y';")).toEqual([]);
});
