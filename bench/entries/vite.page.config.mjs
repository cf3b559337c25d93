/* global process, URL */
// Builds one browser page from ./<BENCH_PAGE>/ that imports app code from src/ (the `@` alias),
// the way the app is built (target es2022, no source maps). Served under /bench-<name>/.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const name = process.env.BENCH_PAGE ?? 'transfer';

export default defineConfig({
  root: fileURLToPath(new URL(`./${name}`, import.meta.url)),
  base: `/bench-${name}/`,
  publicDir: false,
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: false },
});
