import { articleDetail } from '@/domain/format/date';
import type { ManifestEntry } from '@/domain/library/manifest';
import type { PickableArticle } from '@/shared/ui/article-picker';

/** Every readable article except `excludeId`, in manifest order, for the side-by-side picker. */
export function otherArticles(
  entries: ManifestEntry[],
  ...excludeIds: string[]
): PickableArticle[] {
  return entries
    .filter((e) => e.summary && !excludeIds.includes(e.id))
    .map((e) => ({
      id: e.id,
      title: e.summary?.title ?? e.file,
      detail: articleDetail(e.summary ?? {}),
    }));
}
