import { useEffect } from 'react';
import { useLocation, useSearchParams } from 'wouter';
import { useHighlight } from '@/db/live';
import { useUi } from '../reader-ui';
import { useArticle, useManifest } from '@/shared/queries/articles';
import { Button } from '@/shared/ui/button';
import { Main } from '@/shared/ui/page';
import { TabList } from '@/shared/ui/tab-list';
import { TopBar } from '@/shared/ui/top-bar';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { CompareSide } from './compare-side';
import { DisplaySettings } from '@/shared/ui/display-settings';
import { LibraryLink } from '../article/reader-frame';
import { compareHref, readerHref } from '@/shared/paths';
import { useT } from '@/shared/i18n';
import { AlignmentContext } from './alignment/alignment-context';
import { AlignmentBar } from './alignment/alignment-bar';
import { useAlignmentController } from './alignment/use-alignment-controller';

/** Two articles next to each other; on a phone they stack behind a switcher. */
export function ComparePage({ left, right }: { left: string; right: string }) {
  const t = useT();
  const manifest = useManifest();
  const [params] = useSearchParams();
  const [, navigate] = useLocation();
  const pane = params.get('pane') === 'right' ? 'right' : 'left';
  const entries = manifest.data?.articles ?? [];
  const title = (id: string) => entries.find((e) => e.id === id)?.summary?.title ?? id;
  useDocumentTitle(
    manifest.data ? `${title(left)} ↔ ${title(right)}` : t('reader.page.sideBySide'),
  );

  const leftArticle = useArticle(left).article.data;
  const rightArticle = useArticle(right).article.data;
  const comparison = useAlignmentController(
    leftArticle?.ok ? leftArticle.article : undefined,
    rightArticle?.ok ? rightArticle.article : undefined,
    pane,
  );

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
    // Only the panes scroll: the page is exactly the window and clips (it is no scroll container,
    // so neither a wheel over the top bar nor scrollIntoView can move it).
    <div className="flex h-dvh flex-col overflow-clip">
      <TopBar>
        <LibraryLink />
        <h1 className="sr-only">{t('reader.page.sideBySide')}</h1>
        <div className="ml-auto flex items-center gap-1 sm:gap-2">
          <Button
            compact
            variant="ghost"
            icon="swap"
            onClick={() => {
              // On a phone the article in view stays in view (it moves to the other pane); side by
              // side, both are in view and the address carries no pane.
              const stacked = !window.matchMedia('(min-width: 48rem)').matches;
              const other = pane === 'left' ? 'right' : 'left';
              navigate(compareHref(right, left, { pane: stacked ? other : 'left' }));
            }}
          >
            <span className="hidden sm:inline">{t('reader.compare.swap')}</span>
            <span className="sr-only sm:hidden">{t('reader.compare.swap')}</span>
          </Button>
          <DisplaySettings />
        </div>
      </TopBar>
      <TabList
        label={t('reader.compare.showArticle')}
        look="bar"
        className="md:hidden"
        tabs={[
          { id: 'left', label: `1 · ${title(left)}` },
          { id: 'right', label: `2 · ${title(right)}` },
        ]}
        selected={pane}
        onSelect={(side) => navigate(compareHref(left, right, { pane: side }), { replace: true })}
      />
      <AlignmentContext.Provider value={comparison}>
        <AlignmentBar pane={pane} comparing={left !== right} />
        <Main className="grid min-h-0 flex-1 grid-rows-[minmax(0,1fr)] md:grid-cols-2 md:divide-x md:divide-line">
          <CompareSide
            id={left}
            otherId={right}
            side="left"
            entries={entries}
            hidden={pane !== 'left'}
            onChangeArticle={(id) => navigate(compareHref(id, right, { pane }))}
            onClose={() => navigate(readerHref(right))}
          />
          <CompareSide
            id={right}
            otherId={left}
            side="right"
            entries={entries}
            hidden={pane !== 'right'}
            onChangeArticle={(id) => navigate(compareHref(left, id, { pane }))}
            onClose={() => navigate(readerHref(left))}
          />
        </Main>
      </AlignmentContext.Provider>
    </div>
  );
}
