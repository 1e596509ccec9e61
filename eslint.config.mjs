import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layering rules from DESIGN.md section 3, enforced rather than hoped for. */
const nodeBuiltins = { group: ['node:*'], message: 'src/shared is pure: no Node built-ins.' };
const electronOnlyInShell = {
  name: 'electron',
  message: 'Only src/main/electron and src/preload may import electron.',
};

export default tseslint.config(
  {
    ignores: [
      '**/.tmp-*/**',
      'out/**',
      'dist/**',
      'node_modules/**',
      '.cache/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      // npm run mutate: Stryker's sandboxes (instrumented copies of src) and its reports.
      '.stryker-tmp/**',
      'reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell, { name: 'react', message: 'src/shared has no UI.' }],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'src/shared imports nothing from main, renderer or preload.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require'],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell],
          patterns: [{ group: ['**/renderer/**'], message: 'main never imports the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell],
          patterns: [
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer never imports main or preload; use the api client.',
            },
            nodeBuiltins,
          ],
        },
      ],
    },
  },
  {
    // Component tests run the real backend in-process (DESIGN.md section 5): they, and only they, may reach
    // into src/main/test-support, which builds it. Everything else in main stays out of reach.
    files: ['src/renderer/**/*.test.{ts,tsx}', 'src/renderer/src/test-utils/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell],
          patterns: [
            {
              group: ['**/main/**', '!**/main/test-support', '!**/main/test-support/**', '**/preload/**'],
              message: 'Component tests reach the backend only through src/main/test-support.',
            },
            nodeBuiltins,
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,cjs}', '*.{js,mjs,cjs}', 'e2e/**/*.ts', 'bench/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
