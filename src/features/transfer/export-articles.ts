import type { ArticleState } from '@/domain/annotations/types';
import { applyDetails, summaryOutlet } from '@/domain/article/details';
import type { ManifestEntry } from '@/domain/library/manifest';
import type { AnnotationArticle } from '@/domain/transfer';

/**
 * The articles as the W3C export names them (`sidenote:articleTitle`, `sidenote:articleSource`):
 * title and outlet as the library shows them, the reader's details over the derived values, so
 * 002 goes out as Infobae's (its page) and not as Reuters' (the agency it credits). An article
 * with no outlet goes out with none. Articles the app cannot read are left out.
 */
export function annotationArticles(
  entries: readonly ManifestEntry[],
  states: readonly ArticleState[],
): AnnotationArticle[] {
  const details = new Map(states.map((s) => [s.articleId, s.details]));
  return entries.flatMap((e) => {
    if (!e.summary) return [];
    const shown = applyDetails(e.summary, details.get(e.id));
    const source = summaryOutlet(shown);
    return [source ? { id: e.id, title: shown.title, source } : { id: e.id, title: shown.title }];
  });
}
