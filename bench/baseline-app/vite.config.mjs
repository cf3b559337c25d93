/* global process, URL */
// The baseline pages, built the way the app is built (Vite, @vitejs/plugin-react, target es2022,
// no source maps). BASELINE_PAGE=index: the five libraries the app cannot do without, and nothing
// else. BASELINE_PAGE=virtual: a plain @tanstack/react-virtual list for the library row.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const page = process.env.BASELINE_PAGE ?? 'index';

export default defineConfig({
  root: fileURLToPath(new URL(page === 'index' ? '.' : `./${page}`, import.meta.url)),
  base: page === 'index' ? '/bench-baseline/' : `/bench-${page}/`,
  publicDir: false,
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
});
