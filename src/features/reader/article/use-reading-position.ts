import { useEffect, type RefObject } from 'react';
import type { Article } from '@/domain/article/types';
import { getDb, hasStoredData, readStored } from '@/db/connect';
import { defaultArticleState, getArticleState, saveReadingPosition } from '@/db/article-state-repo';
import { rememberPlace } from './places';

const SAVE_DELAY_MS = 400;
const LINES_IN_VIEW_PX = 96;

/**
 * Restores where the reader left an article and remembers it while they read.
 * The position is the text offset of the first paragraph in view, so it survives a
 * change of font size or width. `mode` says whether the window or `container` scrolls.
 */
export function useReadingPosition(
  article: Article | undefined,
  container: RefObject<HTMLElement | null>,
  mode: 'window' | 'element',
) {
  const articleId = article?.id;
  useEffect(() => {
    const root = container.current;
    if (!articleId || !root) return;
    const scroller = mode === 'window' ? window : root;
    let cancelled = false;
    let restored = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const paragraphs = () => Array.from(root.querySelectorAll<HTMLElement>('[data-start]'));
    const topEdge = () => (mode === 'window' ? 56 : root.getBoundingClientRect().top);

    const save = () => {
      const list = paragraphs();
      const edge = topEdge();
      // The first paragraph with a few lines still in view is the one being read.
      const first = list.find((p) => p.getBoundingClientRect().bottom > edge + LINES_IN_VIEW_PX);
      const offset = Number(first?.dataset.start ?? 0);
      const { scrollTop, scrollHeight, clientHeight } =
        mode === 'window' ? document.documentElement : root;
      const progress = scrollHeight > clientHeight ? scrollTop / (scrollHeight - clientHeight) : 1;
      rememberPlace(articleId, offset > 0);
      getDb()
        .then((db) => saveReadingPosition(db, articleId, offset, progress))
        .catch(() => {
          // Losing a reading position is not worth interrupting the reader for.
        });
    };

    const onScroll = () => {
      if (!restored) return;
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    };

    readStored((db) => getArticleState(db, articleId), defaultArticleState(articleId))
      .then((state) => {
        if (cancelled) return;
        if (state.readingOffset > 0 && !window.location.hash) {
          const target = paragraphs()
            .filter((p) => Number(p.dataset.start) <= state.readingOffset)
            .at(-1);
          if (target) settleScroll(target, root, mode, topEdge);
        }
      })
      .catch(() => undefined)
      .finally(() => {
        restored = true;
        // Opening an article notes when it was opened; on a first visit (nothing saved yet) that
        // waits for the first scroll, so a page only looked at creates no database (decision 0025).
        // A scroll made before now was not heard: the place it reached is saved here.
        const moved = (mode === 'window' ? window.scrollY : root.scrollTop) > 0;
        void hasStoredData().then((stored) => {
          if ((stored || moved) && !cancelled) save();
        });
      });

    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [articleId, container, mode]);
}

/**
 * Scrolls so `target` sits just below `edge()`, then checks again for a few frames: paragraphs
 * above it may still change height (fonts loading, skipped layout) and push it away.
 * (Explicit offsets, because `scrollIntoView` is ignored before the first paint in Chromium.)
 */
function settleScroll(
  target: HTMLElement,
  root: HTMLElement,
  mode: 'window' | 'element',
  edge: () => number,
) {
  const gap = 16;
  const step = (left: number) => {
    const delta = target.getBoundingClientRect().top - edge() - gap;
    if (Math.abs(delta) > 1) {
      if (mode === 'window') window.scrollBy(0, delta);
      else root.scrollTop += delta;
    }
    if (left > 0) requestAnimationFrame(() => step(left - 1));
  };
  step(10);
}
