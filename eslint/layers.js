// @ts-check
/**
 * Sidenote's layers, checked by ESLint on the files imports resolve to (so `@/db`, `../../db`
 * and `@/db/tags-repo` are one and the same layer). See docs/decisions/0013-layers-enforced-by-lint.md.
 *
 *   app → features → shared → db → domain
 *
 * - A layer imports only the layers after it (and itself); a feature never imports another
 *   feature (src/app composes them).
 * - Only src/db imports `dexie`. Saved data is read in components through the named hooks of
 *   src/db/live, the one place that imports `react` inside src/db (and dexie-react-hooks, were it
 *   used again: its own `useLive` replaced it, decision 0025).
 * - src/domain is plain TypeScript: no React, no state or storage libraries.
 *
 * `layers(root)` returns flat-config objects; eslint.config.js passes the project root, and
 * eslint/layers.test.ts passes the fixture tree in eslint/fixtures/layers.
 */
import boundaries from 'eslint-plugin-boundaries';

/** Packages a layer may not use. */
const UI_AND_STATE = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'wouter',
  'wouter/*',
  '@tanstack/*',
  'markdown-to-jsx',
  'markdown-to-jsx/*',
];
const STORAGE = ['dexie', 'dexie/*'];
const LIVE_QUERIES = ['dexie-react-hooks', 'dexie-react-hooks/*'];

const element = (type, captured) => ({ element: captured ? { type, captured } : { type } });
const elements = (...types) => ({ element: { types: types } });
const packages = (sources) => ({ module: { origin: 'external', source: sources } });

/** @param {string} root absolute path of the project (the folder holding src/ and tsconfig.json) */
export function layers(root) {
  return [
    {
      files: ['src/**/*.{ts,tsx}'],
      plugins: { boundaries },
      settings: {
        'boundaries/root-path': root,
        'boundaries/include': ['src/**/*'],
        'boundaries/elements': [
          { type: 'db-live', pattern: 'src/db/live', partialMatch: false, stopMatching: true },
          { type: 'db', pattern: 'src/db', partialMatch: false },
          { type: 'domain', pattern: 'src/domain', partialMatch: false },
          { type: 'shared', pattern: 'src/shared', partialMatch: false },
          {
            type: 'feature',
            pattern: 'src/features/*',
            capture: ['name'],
            partialMatch: false,
          },
          // src/main.tsx, the entry point, and the test set-up files stand outside the layers.
          { type: 'app', pattern: 'src/app', partialMatch: false },
        ],
        'import/resolver': {
          typescript: { project: `${root}/tsconfig.json`, alwaysTryTypes: false },
        },
      },
      rules: {
        'boundaries/dependencies': [
          'error',
          {
            default: 'disallow',
            checkAllOrigins: true,
            message:
              'Layers point one way: app → features → shared → db → domain, a feature never imports another feature, and only src/db touches IndexedDB (docs/decisions/0013).',
            policies: [
              // Packages are open to every layer, except those taken away below.
              { allow: { to: { module: { origin: ['external', 'core'] } } } },
              {
                from: element('app'),
                allow: { to: elements('app', 'feature', 'shared', 'db-live', 'db', 'domain') },
              },
              {
                from: element('feature'),
                allow: [
                  { to: element('feature', { name: '{{ from.element.captured.name }}' }) },
                  { to: elements('shared', 'db-live', 'db', 'domain') },
                ],
              },
              {
                from: element('shared'),
                allow: { to: elements('shared', 'db-live', 'db', 'domain') },
              },
              { from: element('db-live'), allow: { to: elements('db-live', 'db', 'domain') } },
              { from: element('db'), allow: { to: elements('db', 'domain') } },
              { from: element('domain'), allow: { to: element('domain') } },
              {
                from: element('feature'),
                disallow: { to: element('feature', { name: '!{{ from.element.captured.name }}' }) },
                message:
                  'A feature never imports another feature: move what both need to src/shared (or lower), and let src/app compose them.',
              },
              {
                from: { element: { types: '!db' } },
                disallow: { to: packages(STORAGE) },
                message:
                  'Only src/db imports dexie: go through a repository or a hook in src/db/live.',
              },
              {
                from: { element: { types: '!db-live' } },
                disallow: { to: packages(LIVE_QUERIES) },
                message:
                  'Live queries live in src/db/live: read saved data through one of its named hooks.',
              },
              {
                from: element('db'),
                disallow: { to: packages(UI_AND_STATE) },
                message:
                  'src/db is storage, not UI: React hooks over it go in src/db/live, the rest in features.',
              },
              {
                from: element('domain'),
                disallow: { to: packages([...UI_AND_STATE, ...STORAGE, ...LIVE_QUERIES]) },
                message: 'src/domain is plain TypeScript: no React, no state or storage libraries.',
              },
            ],
          },
        ],
      },
    },
  ];
}
