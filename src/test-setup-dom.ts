import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { allAreas, loadAreas, loadLocale } from '@/shared/i18n';

// Components render their words from the catalogs: every area, in English unless a test asks.
beforeAll(async () => {
  await loadLocale('en');
  await loadAreas(allAreas());
});

afterEach(cleanup);

// findBy/waitFor give up after 1 s by default: on this 2-core machine, with vitest's workers and
// a browser suite beside them, a render that takes 1.5 s is load, not a bug (a library card
// test failed so). A behaviour that never happens still fails, only later.
configure({ asyncUtilTimeout: 5_000 });
