import type { Article } from '@/domain/article/types';
import { Main } from '@/shared/ui/page';
import { TopBar } from '@/shared/ui/top-bar';
import { ArticleView } from '../article/article-view';
import { LibraryLink, READER_MAIN_CLASS, ReaderColumns } from '../article/reader-frame';

/**
 * The reader as it is drawn before the app starts: the page built for each shipped article at
 * build time (src/app/prerender.tsx). The same frame and article markup as the app's reader,
 * without highlights or controls; the app replaces it, in place, once it has the article.
 */
export function StaticReader({ article }: { article: Article }) {
  return (
    <div data-prerendered="">
      <TopBar>
        <LibraryLink />
      </TopBar>
      <Main className={READER_MAIN_CLASS}>
        <ReaderColumns text={<ArticleView article={article} />} />
      </Main>
    </div>
  );
}
