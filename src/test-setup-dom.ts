import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { allAreas, loadAreas, loadLocale } from '@/shared/i18n';

// Components render their words from the catalogs: every area, in English unless a test asks.
beforeAll(async () => {
  await loadLocale('en');
  await loadAreas(allAreas());
});

afterEach(cleanup);
