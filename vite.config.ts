import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { seedManifest } from './scripts/seed-manifest.ts';
import { prerenderReaders } from './scripts/prerender-readers.ts';
import { bootScript } from './scripts/boot-script.ts';
import { messagesPlugin } from './scripts/messages-plugin.ts';
import { viewPreloads } from './scripts/view-preloads.ts';

/**
 * Sync servers the built app may reach besides its own origin. The sync server serves the app
 * itself (so `'self'` admits it); an app hosted elsewhere is built with
 * `SIDENOTE_SYNC_ORIGINS="https://sync.example.org"` (comma-separated), which admits each as
 * https and wss (or http and ws).
 */
function syncOrigins(): string {
  return (process.env.SIDENOTE_SYNC_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .flatMap((origin) => {
      const url = new URL(origin);
      const secure = url.protocol === 'https:' || url.protocol === 'wss:';
      return [
        `${secure ? 'https' : 'http'}://${url.host}`,
        `${secure ? 'wss' : 'ws'}://${url.host}`,
      ];
    })
    .map((o) => ` ${o}`)
    .join('');
}

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
  `connect-src 'self'${syncOrigins()}`,
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

/**
 * Fonts the first paint needs, preloaded from the HTML: otherwise the browser asks for them only
 * once the article is laid out, and the text waits for them (benchmark row 2). Literata sets the
 * reading text everywhere; Inter sets the interface from 48rem up only (src/styles.css: a phone
 * uses its own interface font and never downloads Inter), so its preload carries that media
 * query. German needs only their latin parts (ä, ö, ü, ß, „“ are in U+0000–00FF and
 * U+2000–206F); latin-ext (ł, ş, …) loads by itself on the rare page that has such a letter,
 * instead of 43 KB more on every first visit over a phone's connection (bench row 12).
 */
const FIRST_PAINT_FONTS: { file: RegExp; media?: string }[] = [
  { file: /literata-latin-wght-normal-[^/]*\.woff2$/ },
  { file: /inter-latin-wght-normal-[^/]*\.woff2$/, media: '(min-width: 48rem)' },
];

const preloadFonts: Plugin = {
  name: 'sidenote-preload-fonts',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (_html, ctx) =>
      Object.keys(ctx.bundle ?? {}).flatMap((file) => {
        const font = FIRST_PAINT_FONTS.find(({ file: pattern }) => pattern.test(file));
        if (!font) return [];
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `/${file}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
              ...(font.media ? { media: font.media } : {}),
            },
            injectTo: 'head' as const,
          },
        ];
      }),
  },
};

const seedDir = fileURLToPath(new URL('./public/seeds', import.meta.url));
const src = fileURLToPath(new URL('./src', import.meta.url));
export const LOCALES_DIR = `${src}/shared/i18n/locales`;

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    messagesPlugin(LOCALES_DIR),
    // What a cold load's view needs, named for /boot.js to fetch beside the entry.
    viewPreloads(),
    // /boot.js: the saved look on <html> before the first paint, built from src/app/boot.ts.
    bootScript(`${src}/app/boot-entry.ts`, { '@': src }),
    // /search-first.js: a first visit's search results before the app (decision 0032).
    bootScript(`${src}/app/search-first-entry.ts`, { '@': src }, 'search-first.js'),
    seedManifest(seedDir),
    prerenderReaders(seedDir, LOCALES_DIR),
    contentSecurityPolicy,
    preloadFonts,
    // Installable, and works offline after the first visit: the app shell, fonts, the seed
    // manifest and every seed are precached.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      includeAssets: ['favicon.svg', 'seeds/*.txt', 'icons/*.png'],
      manifest: {
        name: 'Sidenote',
        short_name: 'Sidenote',
        description: 'Read, compare and annotate a few related articles.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fbfaf7',
        theme_color: '#1f3a5f',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,txt,json}'],
        // Latin fonts only: the articles are German and English.
        // Side by side's prerendered pairs (scripts/prerender-readers.ts) are for a first visit
        // over the network; once installed, the app draws them from the cached index.html.
        globIgnores: [
          '**/*-{cyrillic,cyrillic-ext,greek,greek-ext,vietnamese}-*.woff2',
          'compare/**',
        ],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/seeds\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  resolve: {
    alias: {
      '@': src,
      'use-sync-external-store/shim/index.js': `${src}/shared/use-sync-external-store.ts`,
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything the first page imports statically goes into its one entry file, rather
        // than also into a dozen small chunks shared with later views: one request, and gzip
        // works across all of it (about 5 KB less on the first page, bench row 1). Views
        // loaded later import what they share with it from there.
        codeSplitting: { groups: [{ name: 'first-page', tags: ['$initial'] }] },
      },
    },
  },
});
