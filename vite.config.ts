import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { seedManifest } from './scripts/seed-manifest.ts';

/**
 * The built app's Content Security Policy: only its own scripts, styles, fonts and data, no
 * plugins, no base-tag tricks. Dev mode goes without it (Vite injects inline styles there).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'sidenote-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
};

const seedDir = fileURLToPath(new URL('./public/seeds', import.meta.url));

export default defineConfig({
  plugins: [react(), tailwindcss(), seedManifest(seedDir), contentSecurityPolicy],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: false },
});
