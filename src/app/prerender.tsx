import { renderToStaticMarkup } from 'react-dom/server';
import { Router } from 'wouter';
import { decodeArticleBytes, parseArticle } from '@/domain/article';
import { StaticReader } from '@/features/reader/single/static-reader';
import { readerHref } from '@/shared/paths';
import { documentTitle } from '@/shared/ui/use-document-title';
import { loadAreas, loadLocale } from '@/shared/i18n';

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
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return undefined;
  const parsed = parseArticle(id, decoded.text);
  if (!parsed.ok) return undefined;
  const html = renderToStaticMarkup(
    <Router ssrPath={readerHref(id)}>
      <StaticReader article={parsed.article} />
    </Router>,
  );
  // React escapes the title, as it does the article.
  const titleTag = renderToStaticMarkup(<title>{documentTitle(parsed.article.title)}</title>);
  return { titleTag, html };
}
