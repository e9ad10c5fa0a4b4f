import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Process boundaries are folders; these zones keep each side out of the others. */
const zones = [
  { target: './shared', from: './electron', message: 'shared/ is pure: it cannot import main-side code.' },
  { target: './shared', from: './renderer', message: 'shared/ is pure: it cannot import renderer code.' },
  {
    target: './renderer',
    from: './electron',
    message: 'The renderer talks to main only through the IPC contract.',
  },
  { target: './electron', from: './renderer', message: 'Main-side code cannot import renderer code.' },
  {
    target: './renderer/participant',
    from: './renderer/src',
    message: 'The participant page carries no facilitator code.',
  },
];

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.node.json', 'tsconfig.web.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^electron(/|$)', message: 'shared/ must not import electron.' },
            { regex: '^node:', message: 'shared/ must not import Node built-ins.' },
            { regex: '^svelte(/|$)', message: 'shared/ must not import svelte.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,svelte}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(electron(/|$)|node:)', message: 'The renderer runs in a browser.' }] },
      ],
    },
  },
  {
    // Tests and benches also run code inside the page (page.evaluate).
    files: ['tests/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
);
