// @ts-check
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Tests may reach the mock's scenarios and the shared render helpers. */
const testFiles = ['**/*.test.ts', '**/*.test.tsx'];

/** Imports flow one way: app → features → shared; mocks → shared/contract (and pure helpers). */
const boundaries = [
  {
    files: ['src/shared/**'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/app/*', '@/features/*', '**/app/*', '**/features/*'],
              message: 'shared/ imports nothing from app/ or features/.',
            },
            { group: ['@mocks/*', '**/mocks/*'], message: 'The console never imports the mock.' },
          ],
        },
      ],
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app/*', '**/app/*'], message: 'Features do not import the app shell.' },
            {
              group: ['@/features/*', `!@/features/${feature}`, '../../*/**', `!../../${feature}/**`],
              message:
                'A feature imports only shared/ and its own folder; move what two features need to shared/.',
            },
            { group: ['@mocks/*', '**/mocks/*'], message: 'The console never imports the mock.' },
          ],
        },
      ],
    },
  })),
  {
    // The composition root (main.tsx) alone loads the mock, and hands the settings panel a narrow
    // MockControls object; the rest of app/ never imports it.
    files: ['src/app/**'],
    ignores: [...testFiles, 'src/app/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@mocks/*', '**/mocks/*'],
              message: 'Only src/app/main.tsx loads the mock; pass what a component needs (MockControls).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['mocks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/*', '!@/shared', '@/shared/*', '!@/shared/contract', '!@/shared/lib'],
              message: 'The mock imports only src/shared/contract and pure helpers in src/shared/lib.',
            },
            { group: ['../src/*', '../../src/*'], message: 'Import the contract through @/shared/contract.' },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-demo',
      '.bench',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', '.ci/**', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-console': 'off' },
  },
  ...boundaries,
  // No import cycles, dynamic imports (lazy routes, lazy dialogs) included: a cycle makes load
  // order decide what a module sees and keeps code from splitting. Resolved like TypeScript does
  // (the tsconfig's `@/`, `@mocks/`, `@tests/` aliases).
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'tests/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.json'],
          tsconfig: { configFile: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) },
        }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
);
