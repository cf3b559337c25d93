import { afterEach, describe, expect, it } from 'vitest';
import { DB_ERROR_MESSAGES, InvalidInputError, type DbErrorKind } from '@/db';
import { loadLocale, t } from '@/shared/i18n';
import { dbErrorText, writeErrorText } from './error-text';

afterEach(() => loadLocale('en'));

const full = () => new DOMException('full', 'QuotaExceededError');
const KINDS = Object.keys(DB_ERROR_MESSAGES) as DbErrorKind[];

describe('dbErrorText', () => {
  it('says in English what src/db says, for every kind', () => {
    for (const kind of KINDS) expect(t(`app.dbError.${kind}`)).toBe(DB_ERROR_MESSAGES[kind]);
    expect(dbErrorText(full())).toBe(DB_ERROR_MESSAGES.quota);
    expect(dbErrorText(new Error('boom'))).toBe(DB_ERROR_MESSAGES.unknown);
  });

  it('says it in German, by kind', async () => {
    await loadLocale('de');
    expect(dbErrorText(full())).toMatch(/^Der Speicher deines Browsers für Sidenote ist voll\./);
    expect(dbErrorText({ name: 'DatabaseClosedError' })).toMatch(/lade dann diese Seite neu/);
    expect(new Set(KINDS.map((kind) => t(`app.dbError.${kind}`))).size).toBe(KINDS.length);
  });
});

describe('writeErrorText', () => {
  it('translates the code of input the user can fix, with its values', async () => {
    const empty = new InvalidInputError('Give the colour a meaning', {
      code: 'ui.colorMeaning.empty',
    });
    expect(writeErrorText(empty)).toBe('Give the colour a meaning, for example “Key claim”.');
    await loadLocale('de');
    expect(writeErrorText(empty)).toBe('Gib der Farbe eine Bedeutung, zum Beispiel „Kernaussage“.');
    expect(writeErrorText(full())).toMatch(/ist voll/);
  });

  it('falls back to the repository’s words for a code no catalog has, never a bare id', () => {
    expect(writeErrorText(new InvalidInputError('Type a name.', { code: 'noSuchCode' }))).toBe(
      'Type a name.',
    );
    expect(writeErrorText(new InvalidInputError('Type a name.'))).toBe('Type a name.');
  });
});
