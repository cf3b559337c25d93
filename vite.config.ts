import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { seedManifest } from './scripts/seed-manifest.ts';

const seedDir = fileURLToPath(new URL('./public/seeds', import.meta.url));

export default defineConfig({
  plugins: [react(), tailwindcss(), seedManifest(seedDir)],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: false },
});
