import { articleDetail } from '@/domain/format/date';
import { summaryOutlet } from '@/domain/article/details';
import type { ManifestEntry } from '@/domain/library/manifest';
import type { PickableArticle } from '@/shared/ui/article-picker';

/**
 * Every readable article except `excludeIds`, in manifest order, for the side-by-side picker.
 * `readingTime` words the minutes in the interface's language ("9 min read").
 */
export function otherArticles(
  entries: ManifestEntry[],
  readingTime: (minutes: number) => string,
  ...excludeIds: string[]
): PickableArticle[] {
  return entries
    .filter((e) => e.summary && !excludeIds.includes(e.id))
    .map((e) => ({
      id: e.id,
      title: e.summary?.title ?? e.file,
      detail: articleDetail({
        ...e.summary,
        source: e.summary && summaryOutlet(e.summary),
        readingTime,
      }),
    }));
}
