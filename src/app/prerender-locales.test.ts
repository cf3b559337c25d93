// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/shared/i18n/locale';

// A page prerendered in every interface language (the first visit's notebook) shows the one
// /boot.js chose by a rule in styles.css: a language without its rule would show nothing there.
const css = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');

describe('pages prerendered in every interface language', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('shows the %s part when the reader reads it', (l) => {
    expect(css).toContain(`[data-ui-locale='${l}'] [data-prerendered-locale='${l}'] {`);
  });

  it('shows the English part until boot.js has chosen, and hides it once it chose another', () => {
    expect(css).toContain(`[data-prerendered-locale]:not([data-prerendered-locale='en']),`);
    expect(css).toContain(
      `[data-ui-locale]:not([data-ui-locale='en']) [data-prerendered-locale='en'] {`,
    );
  });
});
