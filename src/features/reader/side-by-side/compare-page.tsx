import { useEffect } from 'react';
import { useLocation, useSearchParams } from 'wouter';
import { useHighlight } from '@/db/live';
import { useUi } from '../reader-ui';
import { useArticle, useManifest } from '@/shared/queries/articles';
import { Button } from '@/shared/ui/button';
import { Main } from '@/shared/ui/page';
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
import { COMPARE_FRAME_CLASS, COMPARE_MAIN_CLASS, PaneTabs } from './compare-frame';

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
    <div className={COMPARE_FRAME_CLASS}>
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
      <PaneTabs
        titles={[title(left), title(right)]}
        pane={pane}
        onSelect={(side) => navigate(compareHref(left, right, { pane: side }), { replace: true })}
      />
      <AlignmentContext.Provider value={comparison}>
        <AlignmentBar pane={pane} comparing={left !== right} />
        <Main className={COMPARE_MAIN_CLASS}>
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
