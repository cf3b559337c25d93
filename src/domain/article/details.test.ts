import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkDetailDate,
  checkDetailLanguage,
  checkDetails,
  checkDetailUrl,
  detailDate,
  resolveDetails,
  applyDetails,
  summaryOutlet,
  type DetailsInput,
} from './details';
import { deriveOutlet, KNOWN_OUTLETS, knownOutlet, NO_OUTLET_KEY, outletKey } from './outlets';
import { parseArticle } from './parse-article';
import { summarizeArticle } from './summary';
import type { Article } from './types';

const SEED_DIR = path.resolve(import.meta.dirname, '../../../public/seeds');

function parseSeed(prefix: string): Article {
  const file = readdirSync(SEED_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`seed ${prefix} is missing`);
  const result = parseArticle(prefix, readFileSync(path.join(SEED_DIR, file), 'utf8'));
  if (!result.ok) throw new Error(result.error.code);
  return result.article;
}

/** What each seed's details resolve to with nothing confirmed: [outlet, agency, author, date]. */
const SEEDS: Array<[string, string | undefined, string | undefined, string | undefined, string?]> =
  [
    ['000_', 'WSWS.ORG', undefined, 'Alex Lantier', '2024-05-29'],
    ['001_', undefined, undefined, undefined],
    // Reuters is credited ("Mit Informationen von Reuters"); the page is Infobae's.
    ['002_', 'Infobae', 'Reuters', undefined],
    ['003_', undefined, undefined, undefined],
    ['004_', 'RT DE', undefined, undefined, '2022-10'],
  ];

describe.each(SEEDS)('seed %s', (prefix, outlet, agency, author, date) => {
  const article = parseSeed(prefix);
  const summary = summarizeArticle(article);

  it('derives outlet, agency, author and date, all marked derived', () => {
    const resolved = resolveDetails(article, undefined);
    expect(resolved.outlet).toEqual({ value: outlet, derived: true });
    expect(resolved.agency).toBe(agency);
    expect(resolved.author).toEqual({ value: author, derived: true });
    expect(resolved.date).toEqual({ value: date, derived: true });
    expect(resolved.language).toEqual({ value: 'de', derived: true });
    expect(resolved.url).toEqual({ value: undefined, derived: true });
    expect(resolved.title).toEqual({ value: article.title, derived: true });
    expect(resolved.titleFromBody).toBe(article.titleSource === 'derived');
  });

  it('resolves the same from the summary as from the article', () => {
    expect(resolveDetails(summary, undefined)).toEqual(resolveDetails(article, undefined));
    expect(summary.outlet).toBe(outlet);
    expect(summary.agency).toBe(agency);
  });
});

describe('resolveDetails', () => {
  const input: DetailsInput = {
    title: 'Erster Satz des Textes …',
    titleSource: 'derived',
    byline: 'Anna Muster',
    date: { iso: '2022-10', precision: 'month' },
    source: 'Reuters',
    language: 'de',
  };

  it('takes what the reader set, field by field, and keeps the parser’s beside it', () => {
    const resolved = resolveDetails(input, {
      title: 'Eigener Titel',
      outlet: 'Infobae',
      date: '2022-10-05',
      url: 'https://www.infobae.com/x',
    });
    expect(resolved.title).toEqual({ value: 'Eigener Titel', derived: false });
    expect(resolved.outlet).toEqual({ value: 'Infobae', derived: false });
    expect(resolved.author).toEqual({ value: 'Anna Muster', derived: true });
    expect(resolved.date).toEqual({ value: '2022-10-05', derived: false });
    expect(resolved.articleDate).toEqual({ iso: '2022-10-05', precision: 'day' });
    expect(resolved.url).toEqual({ value: 'https://www.infobae.com/x', derived: false });
    expect(resolved.titleFromBody).toBe(false);
    expect(resolved.parser).toMatchObject({ title: input.title, outlet: 'Reuters' });
  });

  it('marks a confirmed value as the reader’s even when it equals the parser’s', () => {
    expect(resolveDetails(input, { author: 'Anna Muster' }).author).toEqual({
      value: 'Anna Muster',
      derived: false,
    });
  });

  it('reads an older summary (no outlet or agency) by its source', () => {
    expect(resolveDetails(input, undefined).outlet.value).toBe('Reuters');
    expect(resolveDetails({ ...input, agency: 'Reuters' }, undefined).outlet.value).toBe(undefined);
  });

  it('keeps the month precision of a derived date', () => {
    expect(resolveDetails(input, undefined).articleDate).toEqual(input.date);
  });
});

describe('deriveOutlet', () => {
  it('takes a stated outlet, then known page furniture, and never an agency credit', () => {
    expect(deriveOutlet({ source: 'RT DE', sourceLines: ['Quelle: RT DE'] })).toEqual({
      outlet: 'RT DE',
    });
    expect(
      deriveOutlet({
        source: 'Reuters',
        sourceLines: ['Mit Informationen von Reuters'],
        removed: ['Guardar', 'Infobae'],
      }),
    ).toEqual({ outlet: 'Infobae', agency: 'Reuters' });
    expect(deriveOutlet({ source: 'AFP', sourceLines: ['with reporting from AFP.'] })).toEqual({
      agency: 'AFP',
    });
    expect(
      deriveOutlet({
        source: 'Tagesschau',
        sourceLines: ['Quelle: Tagesschau', 'Mit Material von dpa'],
        removed: ['Infobae'],
      }),
    ).toEqual({ outlet: 'Tagesschau', agency: 'dpa' });
  });

  it('does not take an agency, or an unknown word, from page furniture', () => {
    expect(deriveOutlet({ removed: ['REUTERS', 'Guardar', 'Teilen'] })).toEqual({});
    expect(deriveOutlet({ removed: ['„Spiegel“'] })).toEqual({ outlet: 'Der Spiegel' });
  });

  it('keeps a source no line explains (an older parse)', () => {
    expect(deriveOutlet({ source: 'Example' })).toEqual({ outlet: 'Example' });
  });
});

describe('outletKey', () => {
  it('groups spellings of one outlet', () => {
    expect(outletKey('WSWS.ORG')).toBe('wsws');
    expect(outletKey(' wsws ')).toBe('wsws');
    expect(outletKey('World Socialist Web Site')).toBe('wsws');
    expect(outletKey('RT DE')).toBe(outletKey('rt-de'));
    expect(outletKey('RT Deutsch')).toBe('rtde');
    expect(outletKey('Süddeutsche Zeitung')).toBe(outletKey('SZ'));
    expect(outletKey('www.infobae.com')).toBe('infobae');
    expect(outletKey('Frankfurter Rundschau')).toBe('frankfurterrundschau');
    expect(outletKey('Neue Zürcher Zeitung')).toBe('nzz');
  });

  it('is empty for nothing and never the "no outlet" value', () => {
    expect(outletKey(undefined)).toBe('');
    expect(outletKey('')).toBe('');
    expect(outletKey('None')).not.toBe(NO_OUTLET_KEY);
  });

  it('gives every known outlet its own key', () => {
    const keys = KNOWN_OUTLETS.map((o) => outletKey(o.name));
    expect(keys).toEqual(KNOWN_OUTLETS.map((o) => o.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(knownOutlet('associated press')?.kind).toBe('agency');
  });
});

describe('checking what the reader types', () => {
  it('takes YYYY, YYYY-MM and YYYY-MM-DD, real days only', () => {
    for (const ok of ['2024', '2024-05', '2024-05-29', '2024-02-29', ' 2022-10 ', ''])
      expect(checkDetailDate(ok), ok).toBeUndefined();
    for (const bad of ['29.05.2024', '2024-5', '24', '2024-05-29T10:00', 'Mai 2024'])
      expect(checkDetailDate(bad), bad).toBe('date-format');
    for (const bad of ['2024-13', '2023-02-29', '2024-04-31', '2024-00-10'])
      expect(checkDetailDate(bad), bad).toBe('date-calendar');
    expect(detailDate('2024-05')).toEqual({ iso: '2024-05', precision: 'month' });
    expect(detailDate('2024')).toEqual({ iso: '2024', precision: 'year' });
    expect(detailDate('Mai')).toBeUndefined();
  });

  it('takes http and https addresses only', () => {
    expect(checkDetailUrl('https://www.infobae.com/a')).toBeUndefined();
    expect(checkDetailUrl('http://example.org')).toBeUndefined();
    expect(checkDetailUrl('')).toBeUndefined();
    expect(checkDetailUrl('www.infobae.com')).toBe('url-format');
    expect(checkDetailUrl('javascript:alert(1)')).toBe('url-scheme');
    expect(checkDetailUrl('ftp://example.org/a')).toBe('url-scheme');
  });

  it('takes language tags', () => {
    expect(checkDetailLanguage('de')).toBeUndefined();
    expect(checkDetailLanguage('en-GB')).toBeUndefined();
    expect(checkDetailLanguage('Deutsch')).toBe('language-format');
  });

  it('lists every problem by field', () => {
    expect(checkDetails({ date: '2024-5', url: 'infobae', title: '' })).toEqual({
      date: 'date-format',
      url: 'url-format',
    });
    expect(checkDetails({ date: '2024-05', url: 'https://a.de' })).toEqual({});
  });
});

describe('applyDetails', () => {
  const summary = summarizeArticle(parseSeed('004_'));

  it('gives the same summary when there is nothing to change', () => {
    expect(applyDetails(summary, undefined)).toBe(summary);
  });

  it('shows the reader’s title, author, date and outlet', () => {
    const shown = applyDetails(summary, {
      title: 'Stoltenberg warnt Moskau',
      author: 'Redaktion',
      date: '2022-10-12',
      outlet: 'RT Deutsch',
    });
    expect(shown).toMatchObject({
      title: 'Stoltenberg warnt Moskau',
      titleSource: 'text',
      byline: 'Redaktion',
      date: { iso: '2022-10-12', precision: 'day' },
      outlet: 'RT Deutsch',
      source: 'RT DE',
    });
    expect(outletKey(shown.outlet)).toBe(outletKey(summary.outlet));
  });

  it('reads an older summary’s outlet from its source', () => {
    const old = { ...summary };
    delete old.outlet;
    delete old.agency;
    expect(applyDetails(old, undefined)).toBe(old);
    expect(summaryOutlet(old)).toBe('RT DE');
    expect(summaryOutlet(applyDetails(old, { author: 'Redaktion' }))).toBe('RT DE');
  });
});
