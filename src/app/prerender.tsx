import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Router } from 'wouter';
import { decodeArticleBytes, parseArticle } from '@/domain/article';
import type { Article } from '@/domain/article/types';
import type { ManifestEntry } from '@/domain/library/manifest';
import { StaticReader } from '@/features/reader/single/static-reader';
import { StaticCompare } from '@/features/reader/side-by-side/static-compare';
import { compareHref, readerHref } from '@/shared/paths';
import { documentTitle } from '@/shared/ui/use-document-title';
import { LOCALES, loadAreas, loadLocale, t, type Area, type MessageId } from '@/shared/i18n';
import { StaticNotebook } from '@/features/notebook/static-notebook';
import { StaticSearch } from '@/features/search/static-search';

/** The reader's words, in English (the page's language before the app starts), for the build. */
export async function prerenderReady(): Promise<void> {
  await loadLocale('en');
  await loadAreas(['reader']);
}

/**
 * Build time only (scripts/prerender-readers.ts): the reader's page for one shipped article,
 * drawn without JavaScript, so a cold load paints the text as soon as the HTML and CSS are in.
 * Undefined for a file the app would show an error for: that page is left to the app.
 */
export function prerenderReader(
  id: string,
  bytes: ArrayBuffer,
): { titleTag: string; html: string } | undefined {
  const article = readArticle(id, bytes);
  if (!article) return undefined;
  const html = renderToStaticMarkup(
    <Router ssrPath={readerHref(id)}>
      <StaticReader article={article} />
    </Router>,
  );
  // React escapes the title, as it does the article.
  const titleTag = renderToStaticMarkup(<title>{documentTitle(article.title)}</title>);
  return { titleTag, html };
}

/** The article in a shipped file, as the app would show it; undefined where it shows an error. */
export function readArticle(id: string, bytes: ArrayBuffer): Article | undefined {
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return undefined;
  const parsed = parseArticle(id, decoded.text);
  return parsed.ok ? parsed.article : undefined;
}

/**
 * Build time only: side by side for two shipped articles, drawn without JavaScript (the left one
 * in front on a phone), titled as the app titles it. `entries`: the seeds' article list, for the
 * panes' pickers and the phone's tabs.
 */
export function prerenderCompare(
  left: Article,
  right: Article,
  entries: ManifestEntry[],
): { titleTag: string; html: string } {
  const html = renderToStaticMarkup(
    <Router ssrPath={compareHref(left.id, right.id)}>
      <StaticCompare left={left} right={right} entries={entries} />
    </Router>,
  );
  const title = (article: Article) =>
    entries.find((e) => e.id === article.id)?.summary?.title ?? article.id;
  const titleTag = renderToStaticMarkup(
    <title>{documentTitle(`${title(left)} ↔ ${title(right)}`)}</title>,
  );
  return { titleTag, html };
}

/**
 * Build time only: a view drawn the same in every interface language before the app starts, once
 * per language (the page keeps the reader's: src/styles.css, /boot.js), with the English title
 * (boot.js takes the kept language's). Leaves the build's language at English, as it found it.
 */
async function prerenderEveryLanguage(
  area: Area,
  path: string,
  View: () => ReactElement,
  title: MessageId,
): Promise<{ titleTag: string; html: string }> {
  let html = '';
  for (const locale of LOCALES) {
    await loadLocale(locale);
    await loadAreas([area]);
    html += renderToStaticMarkup(
      <Router ssrPath={path}>
        <View />
      </Router>,
    );
  }
  await loadLocale('en');
  const titleTag = renderToStaticMarkup(<title>{documentTitle(t(title))}</title>);
  return { titleTag, html };
}

/** Build time only: the notebook as a first visit sees it (nothing saved yet). */
export const prerenderNotebook = () =>
  prerenderEveryLanguage('notebook', '/notebook', StaticNotebook, 'notebook.title');

/**
 * Build time only: the search view before its results (the field, the filter, the loading
 * state). /boot.js puts the query in the field and /search-first.js draws the results
 * (src/features/search/search-first.ts).
 */
export const prerenderSearch = () =>
  prerenderEveryLanguage('search', '/search', StaticSearch, 'search.title');
