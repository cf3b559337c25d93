import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { messagesPlugin } from './scripts/messages-plugin.ts';

// Plain TypeScript (domain, db, scripts) runs in Node; components run in jsdom.
export default defineConfig({
  plugins: [
    react(),
    messagesPlugin(fileURLToPath(new URL('./src/shared/i18n/locales', import.meta.url))),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/domain/**/*.test.ts',
            'src/db/**/*.test.ts',
            'scripts/**/*.test.ts',
            'eslint/**/*.test.ts',
            'server/**/*.test.ts',
          ],
          exclude: ['src/db/live/**'],
          setupFiles: ['./src/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          // The live read hooks (src/db/live) are React hooks: they run here too.
          exclude: ['src/domain/**', 'src/db/*.test.ts', 'src/db/!(live)/**'],
          setupFiles: ['./src/test-setup.ts', './src/test-setup-dom.ts'],
        },
      },
    ],
  },
});
