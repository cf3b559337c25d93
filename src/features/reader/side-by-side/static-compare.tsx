import type { Article } from '@/domain/article/types';
import type { ManifestEntry } from '@/domain/library/manifest';
import { buttonClass } from '@/shared/ui/button-class';
import { Icon } from '@/shared/ui/icons';
import { Main } from '@/shared/ui/page';
import { TopBar } from '@/shared/ui/top-bar';
import { useT } from '@/shared/i18n';
import { ArticleView } from '../article/article-view';
import { LibraryLink } from '../article/reader-frame';
import {
  COMPARE_FRAME_CLASS,
  COMPARE_MAIN_CLASS,
  PANE_BEHIND_CLASS,
  PANE_FRONT_CLASS,
  PANE_SCROLL_CLASS,
  PaneHeader,
  PaneTabs,
  WaitingBar,
} from './compare-frame';

/**
 * Side by side as it is drawn before the app starts: the page built for each pair of shipped
 * articles at build time (src/app/prerender.tsx). The same frame, pane bars and article markup as
 * the app's view, the left article in front on a phone; no highlights, no comparison yet, and its
 * controls wait for the app, which replaces the page in place once it has both articles.
 */
export function StaticCompare(props: { left: Article; right: Article; entries: ManifestEntry[] }) {
  const { left, right, entries } = props;
  const t = useT();
  const title = (article: Article) =>
    entries.find((e) => e.id === article.id)?.summary?.title ?? article.id;
  const pane = (side: 'left' | 'right', article: Article) => (
    <section
      aria-label={t('reader.compare.pane', { side })}
      className={side === 'left' ? PANE_FRONT_CLASS : PANE_BEHIND_CLASS}
    >
      <PaneHeader side={side} id={article.id} entries={entries}>
        {/* The close button's place and look; it is a button once the app has taken over. */}
        <span aria-hidden="true" className={`${buttonClass('ghost', true)} h-9 w-9 px-0`}>
          <Icon name="close" />
        </span>
      </PaneHeader>
      <div className={PANE_SCROLL_CLASS}>
        <div className="relative">
          <div>
            <ArticleView
              article={article}
              level={2}
              textLabel={t('reader.compare.textLabel', { side })}
            />
          </div>
        </div>
      </div>
    </section>
  );
  return (
    <div data-prerendered="" className={COMPARE_FRAME_CLASS}>
      <TopBar>
        <LibraryLink />
        <h1 className="sr-only">{t('reader.page.sideBySide')}</h1>
      </TopBar>
      <PaneTabs titles={[title(left), title(right)]} pane="left" />
      <WaitingBar />
      <Main className={COMPARE_MAIN_CLASS}>
        {pane('left', left)}
        {pane('right', right)}
      </Main>
    </div>
  );
}
