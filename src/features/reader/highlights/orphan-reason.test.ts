import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale, t } from '@/shared/i18n';
import { ORPHAN_REASONS, orphanReason } from './orphan-reason';

// Vitest runs from the project's root.
const anchorSource = readFileSync('src/domain/anchoring/anchor.ts', 'utf8');

describe('orphan reasons', () => {
  afterEach(() => loadLocale('en'));

  it('knows every reason anchoring gives, in its exact words', () => {
    const given = [...anchorSource.matchAll(/'([A-Z][^']{20,}[.?])'/g)].map((m) => m[1]);
    expect(given.length).toBeGreaterThanOrEqual(4);
    expect(given.filter((reason) => reason && !(reason in ORPHAN_REASONS))).toEqual([]);
  });

  it('says each in English as anchoring does, and in German', async () => {
    for (const reason of Object.keys(ORPHAN_REASONS)) expect(orphanReason(t, reason)).toBe(reason);
    await loadLocale('de');
    expect(orphanReason(t, 'The highlighted text is no longer in the article.')).toBe(
      'Der markierte Text steht nicht mehr im Artikel.',
    );
  });

  it('shows a reason it does not know as it is', () => {
    expect(orphanReason(t, 'Something new.')).toBe('Something new.');
  });
});
