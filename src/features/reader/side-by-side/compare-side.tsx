import { useMemo, useRef } from 'react';
import type { ManifestEntry } from '@/domain/library/manifest';
import { useArticle } from '@/shared/queries/articles';
import { IconButton } from '@/shared/ui/button';
import { SideReader } from './side-reader';
import { PaneContext } from '../highlights/pane-context';
import { ArticleProblem } from '../article/article-problem';
import { useReadingPosition } from '../article/use-reading-position';
import { useT } from '@/shared/i18n';
import { useArticleState } from '@/db/live';
import { StoredDetailsContext } from '../article/stored-details';
import { AlignmentGutter } from './alignment/alignment-gutter';
import { OnlyHere } from './alignment/only-here';

interface CompareSideProps {
  id: string;
  /** The article in the other pane, for linking passages across. */
  otherId: string;
  side: 'left' | 'right';
  entries: ManifestEntry[];
  hidden: boolean;
  onChangeArticle: (id: string) => void;
  onClose: () => void;
}

/** One side of side-by-side reading: its own article picker, its own scroll, its own position. */
export function CompareSide({
  id,
  otherId,
  side,
  entries,
  hidden,
  onChangeArticle,
  onClose,
}: CompareSideProps) {
  const t = useT();
  const { entry, manifest, article } = useArticle(id);
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const loaded = article.data?.ok ? article.data : undefined;
  // The header shows the details the reader set (title, outlet, …) over the derived ones.
  const details = useArticleState(id)?.details;
  const stored = useMemo(() => ({ [id]: details }), [id, details]);
  useReadingPosition(loaded?.article, scroller, 'element');

  return (
    <section
      aria-label={t('reader.compare.pane', { side })}
      className={`${hidden ? 'hidden md:flex' : 'flex'} relative min-h-0 min-w-0 flex-col bg-paper`}
    >
      <div className="flex items-center gap-2 border-b border-line bg-surface/60 px-3 py-2">
        <label className="sr-only" htmlFor={`pane-${side}`}>
          {t('reader.compare.choose', { side })}
        </label>
        <select
          id={`pane-${side}`}
          value={id}
          onChange={(e) => onChangeArticle(e.target.value)}
          className="h-9 min-w-0 flex-1 truncate rounded-lg border border-line bg-surface px-2 text-sm text-ink"
        >
          {!entry && <option value={id}>{id}</option>}
          {entries.map((e) => (
            <option key={e.id} value={e.id} disabled={!e.summary}>
              {e.summary?.title ?? t('reader.compare.unreadable', { file: e.file })}
            </option>
          ))}
        </select>
        <OnlyHere side={side} />
        <IconButton icon="close" label={t('reader.compare.close', { side })} onClick={onClose} />
      </div>
      <div
        ref={scroller}
        data-testid={`pane-${side}-scroll`}
        tabIndex={0}
        className="min-h-0 flex-1 overflow-y-auto px-5 pt-6 pb-24 sm:px-8"
      >
        <div ref={content} className="relative">
          <ArticleProblem id={id} entry={entry} manifest={manifest} article={article} />
          {loaded && (
            <PaneContext.Provider
              value={{
                side,
                otherArticleId: otherId,
                otherTitle: entries.find((e) => e.id === otherId)?.summary?.title ?? otherId,
              }}
            >
              <StoredDetailsContext value={stored}>
                <SideReader article={loaded.article} side={side} />
              </StoredDetailsContext>
            </PaneContext.Provider>
          )}
          {loaded && <AlignmentGutter side={side} content={content} />}
        </div>
      </div>
    </section>
  );
}
