import { Link } from 'wouter';
import type { ManifestEntry } from '@/domain/library/manifest';
import { articleDetail } from '@/domain/format/date';
import { ArticlePicker, type PickableArticle } from '@/shared/ui/article-picker';
import { Icon } from '@/shared/ui/icons';

interface ArticleCardProps {
  entry: ManifestEntry;
  others: PickableArticle[];
  onCompare: (otherId: string) => void;
}

export function ArticleCard({ entry, others, onCompare }: ArticleCardProps) {
  const { summary } = entry;
  const href = `/read/${encodeURIComponent(entry.id)}`;
  if (!summary) {
    return (
      <article className="rounded-xl border border-danger/30 bg-danger-soft p-4 sm:p-5">
        <div className="flex items-start gap-3">
          <Icon name="alert" className="mt-1 shrink-0 text-danger" />
          <div>
            <h2 className="font-medium text-ink">
              <Link href={href} className="hover:underline">
                {entry.file}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-ink-2">
              {entry.error?.message ?? 'This file could not be read.'}
            </p>
          </div>
        </div>
      </article>
    );
  }
  return (
    <article className="group relative rounded-xl border border-line bg-surface p-4 transition-shadow hover:shadow-md hover:shadow-black/5 sm:p-5">
      <p className="text-xs font-medium uppercase tracking-wide text-muted">
        {articleDetail(summary)}
      </p>
      <h2
        className="mt-1.5 font-serif text-xl leading-snug font-semibold text-ink"
        lang={summary.language}
      >
        <Link
          href={href}
          className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none"
        >
          {summary.title}
        </Link>
      </h2>
      {summary.titleSource === 'derived' && (
        <p className="mt-1 text-xs text-muted">
          Title taken from the first sentence (the file has none)
        </p>
      )}
      <p className="mt-2 line-clamp-2 text-sm text-ink-2" lang={summary.language}>
        {summary.excerpt}
      </p>
      <div className="relative z-10 mt-3 flex flex-wrap items-center gap-2">
        {summary.byline && <span className="mr-auto text-sm text-ink-2">{summary.byline}</span>}
        <span className={summary.byline ? '' : 'ml-auto'}>
          <ArticlePicker
            articles={others}
            label="Side by side"
            ariaLabel={`Read “${summary.title}” side by side with…`}
            heading="Open next to this article"
            onPick={onCompare}
          />
        </span>
      </div>
    </article>
  );
}
