/* global process, URL */
// Bundles one module from ./node/ (app domain code from src/, in TypeScript) into an ES module
// Node 20 can import. Packages from node_modules stay external and load from there.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const name = process.env.BENCH_NODE_ENTRY ?? 'anchoring';

export default defineConfig({
  publicDir: false,
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  build: {
    ssr: fileURLToPath(new URL(`./node/${name}.ts`, import.meta.url)),
    target: 'node20',
    sourcemap: false,
    minify: false,
    emptyOutDir: true,
    rolldownOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
  },
});
