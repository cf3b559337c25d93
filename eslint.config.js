// @ts-check
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { layers } from './eslint/layers.js';
import { interfaceTextProperties, interfaceTextSelectors } from './eslint/interface-text.js';

const noDomInHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Render text as text. Markdown goes through the note renderer, which drops raw HTML.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      '.e2e-dist',
      'bench/tmp',
      'node_modules',
      'coverage',
      'playwright-report',
      'test-results',
      'reports',
      // Files that break the layer rules on purpose, for eslint/layers.test.ts.
      'eslint/fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', noDomInHtml],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text as text.' },
        { property: 'outerHTML', message: 'Render text as text.' },
      ],
    },
  },
  {
    files: [
      'scripts/**/*.{js,mjs,ts}',
      '*.config.{js,ts}',
      'e2e/**/*.ts',
      '.ci/**/*.mjs',
      'eslint/**/*.{js,ts}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The interface's words come from the catalogs, in English and German (docs/i18n-guide.md).
    files: ['src/{app,features,shared}/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        noDomInHtml,
        ...interfaceTextSelectors,
        ...interfaceTextProperties,
      ],
    },
  },
  // app → features → shared → db → domain, on resolved files (eslint/layers.js, decision 0013).
  ...layers(fileURLToPath(new URL('.', import.meta.url))),
  prettier,
);
