import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import playwright from 'eslint-plugin-playwright';
import { layeringRule } from './scripts/eslint/layering-rule.js';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'public', 'node_modules', 'test-results', 'playwright-report', 'bench/results', '.cache'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    extends: [reactHooks.configs.flat['recommended-latest'], jsxA11y.flatConfigs.strict],
  },
  {
    // zod is a quarter of the page's weight: the page reaches the schemas only through import() of page-schemas,
    // and the worker imports them itself. Types are free to import from anywhere.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/*.worker.ts', 'src/features/dataset/api/zod-checks.ts', 'src/shared/schema/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)shared/schema(/index|/dataset|/dataset-shards|/page-schemas|/zod-jitless)?$',
              allowTypeImports: true,
              message: 'Import vocabulary from shared/schema/conflicts or event-types; load schemas with import() of shared/schema/page-schemas.',
            },
            { group: ['zod', 'zod/*'], allowTypeImports: true, message: 'zod stays out of the page bundle; see shared/schema/page-schemas.' },
            { regex: '(^|/)zod-checks$', allowTypeImports: true, message: 'zod-checks brings zod: the worker imports it, the page only by import() (to explain a refusal).' },
          ],
        },
      ],
    },
  },
  {
    // shared -> features -> app, no feature imports another, src never imports pipeline/ (see the rule's file).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layers: { rules: { 'one-way': layeringRule } } },
    rules: { 'layers/one-way': 'error' },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['e2e/**/*.ts'],
    extends: [playwright.configs['flat/recommended']],
  },
  {
    // Node scripts without type information.
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
);
