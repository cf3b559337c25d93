import type { SearchArticle } from '@/domain/search';
import type { Article } from '@/domain/article/types';
import { summaryOutlet } from '@/domain/article/details';

/**
 * An article as the page sends it to be searched: a shipped file's bytes or the text of an
 * article the reader added, which the worker decodes and parses (so that parsing every article
 * never blocks the page: bench row 12), or one the page had parsed already (for the reader).
 */
export type SearchSource =
  { id: string; bytes: ArrayBuffer } | { id: string; raw: string } | { article: SearchArticle };

/** What search reads of a parsed article. */
export function searchArticle(a: Article): SearchArticle {
  return {
    id: a.id,
    title: a.title,
    text: a.text,
    paragraphs: a.paragraphs,
    // The outlet as derived (002: Infobae) beside the file's own source (Reuters, its credit).
    source: sourceAndOutlet(a.source, summaryOutlet(a)),
  };
}

function sourceAndOutlet(source?: string, outlet?: string): string | undefined {
  if (!outlet || outlet === source) return source;
  return source ? `${source} · ${outlet}` : outlet;
}
