import { useEffect } from 'react';
import { useLocation, useSearchParams } from 'wouter';
import { useHighlight } from '@/db/live';
import { useUi } from '@/shared/stores/ui';
import { useManifest } from '@/shared/queries/articles';
import { Button } from '@/shared/ui/button';
import { TopBar } from '@/shared/ui/top-bar';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { ArticlePane } from './article-pane';
import { DisplaySettings } from '@/shared/ui/display-settings';
import { LibraryLink } from './reader-frame';
import { compareHref, readerHref } from '@/shared/paths';

/** Two articles next to each other; on a phone they stack behind a switcher. */
export function ComparePage({ left, right }: { left: string; right: string }) {
  const manifest = useManifest();
  const [params] = useSearchParams();
  const [, navigate] = useLocation();
  const pane = params.get('pane') === 'right' ? 'right' : 'left';
  const entries = manifest.data?.articles ?? [];
  const title = (id: string) => entries.find((e) => e.id === id)?.summary?.title ?? id;
  useDocumentTitle(manifest.data ? `${title(left)} ↔ ${title(right)}` : 'Side by side');

  // Following a link on a phone shows the pane the partner passage is in.
  const followedId = useUi((s) => (s.focusSource === 'link' ? s.focusedHighlightId : undefined));
  const followed = useHighlight(followedId);
  const followedSide =
    followed?.articleId === right && followed.articleId !== left
      ? 'right'
      : followed?.articleId === left
        ? 'left'
        : undefined;
  useEffect(() => {
    if (followedSide && followedSide !== pane)
      navigate(compareHref(left, right, { pane: followedSide }), { replace: true });
  }, [followedSide, left, right, pane, navigate]);

  return (
    <div className="flex h-dvh flex-col">
      <TopBar>
        <LibraryLink />
        <h1 className="sr-only">Side by side</h1>
        <div className="ml-auto flex items-center gap-1 sm:gap-2">
          <Button
            compact
            variant="ghost"
            icon="swap"
            onClick={() =>
              navigate(compareHref(right, left, { pane: pane === 'left' ? 'right' : 'left' }))
            }
          >
            <span className="hidden sm:inline">Swap sides</span>
            <span className="sr-only sm:hidden">Swap sides</span>
          </Button>
          <DisplaySettings />
        </div>
      </TopBar>
      <div
        role="tablist"
        aria-label="Show article"
        className="flex gap-1 border-b border-line bg-surface-2 p-1 md:hidden"
      >
        {(['left', 'right'] as const).map((side) => (
          <button
            key={side}
            type="button"
            role="tab"
            aria-selected={pane === side}
            onClick={() => navigate(compareHref(left, right, { pane: side }), { replace: true })}
            className="min-w-0 flex-1 truncate rounded-md px-2 py-1.5 text-sm text-ink-2 aria-selected:bg-surface aria-selected:font-medium aria-selected:text-ink aria-selected:shadow-sm"
          >
            {side === 'left' ? '1' : '2'} · {title(side === 'left' ? left : right)}
          </button>
        ))}
      </div>
      <main id="main" className="grid min-h-0 flex-1 md:grid-cols-2 md:divide-x md:divide-line">
        <ArticlePane
          id={left}
          otherId={right}
          side="left"
          entries={entries}
          hidden={pane !== 'left'}
          onChangeArticle={(id) => navigate(compareHref(id, right, { pane }))}
          onClose={() => navigate(readerHref(right))}
        />
        <ArticlePane
          id={right}
          otherId={left}
          side="right"
          entries={entries}
          hidden={pane !== 'right'}
          onChangeArticle={(id) => navigate(compareHref(left, id, { pane }))}
          onClose={() => navigate(readerHref(left))}
        />
      </main>
    </div>
  );
}
