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
import {
  PANE_BEHIND_CLASS,
  PANE_FRONT_CLASS,
  PANE_SCROLL_CLASS,
  PaneHeader,
} from './compare-frame';

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
      className={hidden ? PANE_BEHIND_CLASS : PANE_FRONT_CLASS}
    >
      <PaneHeader side={side} id={id} entries={entries} onChangeArticle={onChangeArticle}>
        <OnlyHere side={side} />
        <IconButton icon="close" label={t('reader.compare.close', { side })} onClick={onClose} />
      </PaneHeader>
      <div
        ref={scroller}
        data-testid={`pane-${side}-scroll`}
        tabIndex={0}
        className={PANE_SCROLL_CLASS}
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
