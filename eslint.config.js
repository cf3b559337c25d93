// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** Layers point one way: app → features → db → domain. Each entry bans the layers above it. */
const layer = (from, banned, message) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [{ group: banned, message }],
      },
    ],
  },
});

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

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
    files: ['scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}', 'e2e/**/*.ts', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  layer(
    'domain',
    [
      '**/db/**',
      '@/db/*',
      '**/features/**',
      '@/features/*',
      '**/app/**',
      '@/app/*',
      'react',
      'react-dom',
      'dexie',
      'dexie-react-hooks',
      'zustand',
      '@tanstack/*',
    ],
    'src/domain is plain TypeScript: no React, no Dexie, nothing from db, features or app.',
  ),
  layer(
    'db',
    ['**/features/**', '@/features/*', '**/app/**', '@/app/*', 'react', 'react-dom'],
    'src/db may import only src/domain and Dexie.',
  ),
  ...features.map((name) =>
    layer(
      `features/${name}`,
      [
        '**/app/**',
        '@/app/*',
        'dexie',
        ...features
          .filter((f) => f !== name)
          .flatMap((f) => [`@/features/${f}/*`, `**/features/${f}/**`]),
      ],
      'A feature imports only src/shared, src/db and src/domain; src/app composes features. IndexedDB only through src/db.',
    ),
  ),
  layer(
    'shared',
    ['**/features/**', '@/features/*', '**/app/**', '@/app/*', 'dexie'],
    'src/shared serves every feature: it may import src/db and src/domain, never a feature or src/app.',
  ),
  layer('app', ['dexie'], 'Only src/db touches IndexedDB.'),
  prettier,
);
