import { afterEach, describe, expect, it } from 'vitest';
import { InvalidInputError } from '@/db';
import { ManifestError } from '@/db/article-source';
import { decodeArticleBytes, parseArticle } from '@/domain/article';
import type { ArticleError, ArticleErrorCode } from '@/domain/article/types';
import { loadLocale, t } from '@/shared/i18n';
import { articleErrorMessage, manifestErrorMessage } from './article-error-message';
import { writeErrorText } from './ui/error-text';

const CODES: ArticleErrorCode[] = ['empty', 'not-utf8', 'not-text', 'missing', 'unreadable'];

/** The error a file's bytes get, as "Add article" reads them. */
const refusal = (bytes: Uint8Array): ArticleError => {
  const decoded = decodeArticleBytes(bytes.buffer as ArrayBuffer);
  if (!decoded.ok) return decoded.error;
  const parsed = parseArticle('x', decoded.text);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.error;
};

afterEach(() => loadLocale('en'));

describe('article error messages', () => {
  it('say what is wrong with a seed file and name it where they can', () => {
    expect(articleErrorMessage(t, { code: 'not-utf8' })).toBe(
      'This file is not UTF-8 text. Save it as UTF-8 and rebuild.',
    );
    expect(articleErrorMessage(t, { code: 'empty', reason: 'no-article-text' })).toMatch(
      /only page furniture/,
    );
    expect(
      articleErrorMessage(t, { code: 'unreadable', reason: 'download-failed', file: 'a.txt' }),
    ).toBe('“a.txt” could not be downloaded. Check that the app is still running, then try again.');
  });

  it('for a file someone adds, speak of the file they have, never of rebuilding or seeds', () => {
    const messages = [
      ...CODES.map((code) => articleErrorMessage(t, { code }, 'added')),
      articleErrorMessage(t, { code: 'empty', reason: 'no-article-text' }, 'added'),
    ];
    for (const message of messages) expect(message).not.toMatch(/rebuild|seeds/i);
    const empty = refusal(new Uint8Array());
    const latin1 = refusal(new Uint8Array([0x55, 0x6e, 0x74, 0xfc, 0x72, 0x20, 0x42, 0xfc, 0x72]));
    const furniture = refusal(new TextEncoder().encode('Teilen\n\nQuelle: dpa\n'));
    expect(articleErrorMessage(t, empty, 'added')).toMatch(/^This file is empty/);
    expect(articleErrorMessage(t, latin1, 'added')).toMatch(/save it as UTF-8 .* and add it again/);
    expect(articleErrorMessage(t, furniture, 'added')).toMatch(/paste it below/);
  });

  it('say why the article list failed', () => {
    expect(manifestErrorMessage(t, new ManifestError({ code: 'http', status: 404 }))).toBe(
      'The article list could not be loaded (HTTP 404). Rebuild and restart with "npm start".',
    );
    expect(
      manifestErrorMessage(
        t,
        new ManifestError({ code: 'damaged', where: 'articles.0.id', issue: 'Invalid type' }),
      ),
    ).toMatch(/damaged at articles\.0\.id: Invalid type\./);
    expect(manifestErrorMessage(t, new Error('boom'))).toMatch(/could not load the article list/);
  });

  it('speak German, with the file name in German quotes', async () => {
    await loadLocale('de');
    expect(
      articleErrorMessage(t, { code: 'missing', reason: 'not-in-seeds', file: 'weg.txt' }),
    ).toBe(
      'Die Datei „weg.txt“ steht in der Liste, fehlt aber in public/seeds/. Lege sie wieder dorthin oder baue die App neu, damit die Liste zum Ordner passt.',
    );
    expect(articleErrorMessage(t, { code: 'empty' }, 'added')).toMatch(/^Diese Datei ist leer/);
    expect(manifestErrorMessage(t, new ManifestError({ code: 'unreachable' }))).toMatch(
      /^Sidenote erreicht die Artikelliste nicht/,
    );
    const tooLong = new InvalidInputError('too long', {
      code: 'errors.article.added.tooLong',
      params: { file: 'riesig.txt' },
    });
    expect(writeErrorText(tooLong)).toBe(
      '„riesig.txt“ ist länger als 5 Millionen Zeichen. Teile den Text in kleinere Artikel auf.',
    );
  });
});
