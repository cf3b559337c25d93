import { isTyping } from '@/shared/ui/is-typing';
import { useEffect, useMemo, useRef } from 'react';
import type { Article } from '@/domain/article/types';
import type { HighlightColor } from '@/domain/annotations/types';
import { pickHighlight } from '@/domain/annotations/range';
import { useColors } from '@/db/live';
import { usePreferences } from '@/shared/stores/preferences';
import { readReaderFragment } from '@/shared/paths';
import { showToast } from '@/shared/stores/toasts';
import { t } from '@/shared/i18n';
import { useUi } from '../reader-ui';
import { ArticleView } from '../article/article-view';
import type { MarkRange } from '../article/paragraph-text';
import { removeHighlight, changeHighlight, undoLast } from './actions';
import { KeyboardCaret } from './keyboard-caret';
import { SelectionToolbar } from './selection-toolbar';
import { rangeForOffsets } from './text-offsets';
import type { ArticleHighlights } from './use-article-highlights';
import { inCreationOrder } from '@/domain/annotations/anchor-stored';
import { useCreateHighlight } from './use-create-highlight';
import { useArticleMemberHighlights } from './use-member-highlights';
import { moveCaretByKey, useTextSelection } from './use-text-selection';

interface HighlightableArticleProps {
  article: Article;
  highlights: ArticleHighlights;
  level?: 1 | 2;
  textLabel?: string;
}

const NO_COLORS: HighlightColor[] = [];

/** The article with its highlights drawn, a toolbar by any selection, and the reader's shortcuts. */
export function HighlightableArticle(props: HighlightableArticleProps) {
  const { article, highlights, level, textLabel } = props;
  const textRef = useRef<HTMLDivElement>(null);
  const { colorId, setColorId } = usePreferences();
  const colors = useColors() ?? NO_COLORS;
  const focusedId = useUi((s) => s.focusedHighlightId);
  const selection = useTextSelection(textRef, article.text);
  const { anchored, asRead, textHash } = highlights;
  const members = useArticleMemberHighlights(article);

  useEffect(() => {
    const ui = useUi.getState();
    if (selection)
      ui.setSelection({ articleId: article.id, start: selection.start, end: selection.end });
    else if (ui.selection?.articleId === article.id) ui.setSelection(undefined);
  }, [article.id, selection]);

  const marks = useMemo<MarkRange[]>(() => {
    const swatch = new Map(colors.map((c) => [c.id, c.swatch]));
    // Group members' highlights first: where one of yours overlaps, yours gives the colour.
    const shared = members.anchored.map((m) => ({
      id: m.highlight.id,
      start: m.start,
      end: m.end,
      swatch: 'member',
    }));
    const own = inCreationOrder(anchored, asRead);
    const marks: MarkRange[] = shared;
    for (const a of own) {
      marks.push({
        id: a.highlight.id,
        start: a.start,
        end: a.end,
        swatch: swatch.get(a.highlight.colorId) ?? 'yellow',
      });
    }
    return marks;
  }, [anchored, asRead, colors, members]);

  const create = useCreateHighlight(textRef, article, textHash, selection, setColorId);

  // Shortcuts: h highlights, 1–5 pick a colour (and highlight a selection, or recolour the
  // highlight in focus), Delete removes the focused highlight, Ctrl+Z undoes.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target)) return;
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') {
        if (!textRef.current?.isConnected) return;
        e.preventDefault();
        void undoLast();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      // A selection anywhere (e.g. in the other pane) wins over the highlight in focus here.
      const selectingElsewhere = !selection && document.getSelection()?.isCollapsed === false;
      const focused = selectingElsewhere
        ? undefined
        : anchored.find((a) => a.highlight.id === useUi.getState().focusedHighlightId);
      const n = Number(e.key);
      const onControl =
        e.target instanceof HTMLElement && e.target.closest('button, a, [role="toolbar"]');
      if ((e.key.toLowerCase() === 'h' || (e.key === 'Enter' && !onControl)) && selection) {
        e.preventDefault();
        const color = colors.find((c) => c.id === colorId) ?? colors[0];
        if (color) void create(color);
      } else if (Number.isInteger(n) && n >= 1 && n <= colors.length) {
        const color = colors[n - 1];
        if (!color) return;
        if (selection) {
          e.preventDefault();
          void create(color);
        } else if (focused) {
          e.preventDefault();
          setColorId(color.id);
          void changeHighlight(focused.highlight, { colorId: color.id });
        } else if (textRef.current?.contains(document.activeElement)) {
          setColorId(color.id);
        }
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && focused && !selection) {
        e.preventDefault();
        void removeHighlight(focused.highlight);
      } else if (e.key === 'Escape' && focused) {
        useUi.getState().focusHighlight(undefined);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [anchored, colorId, colors, create, selection, setColorId]);

  // Focus from the list or a link (#h-<id>) brings the highlight into view in the text.
  const focusSource = useUi((s) => s.focusSource);
  useEffect(() => {
    if (!focusedId || focusSource === 'text') return;
    const mark = textRef.current?.querySelector(
      `mark[data-highlight-ids~="${CSS.escape(focusedId)}"]`,
    );
    if (!mark) return;
    // A pane that is about to be shown (following a link on a phone) has no layout yet: wait for it.
    let frame = 0;
    let tries = 60;
    const scroll = () => {
      if (mark.getClientRects().length === 0 && tries-- > 0) {
        frame = requestAnimationFrame(scroll);
        return;
      }
      mark.scrollIntoView({
        block: 'center',
        behavior: focusSource === 'list' ? 'smooth' : 'auto',
      });
    };
    scroll();
    return () => cancelAnimationFrame(frame);
  }, [focusedId, focusSource, marks]);

  // A link to a passage (#t-<start>-<end>, from search) selects it and brings it into view.
  useEffect(() => {
    const target = readReaderFragment(window.location.hash);
    const root = textRef.current;
    if (target?.kind !== 'passage' || !root) return;
    const range = rangeForOffsets(root, target.start, target.end);
    if (!range) return;
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }, [article.id]);

  // A deep link to a highlight focuses it once the highlights are anchored.
  const loaded = !highlights.loading;
  useEffect(() => {
    const target = readReaderFragment(window.location.hash);
    const id = target?.kind === 'highlight' ? target.id : undefined;
    if (!loaded || !id) return;
    if (anchored.some((a) => a.highlight.id === id)) {
      useUi.getState().focusHighlight(id, 'link');
    } else if (
      !highlights.orphans.some((o) => o.highlight.id === id) &&
      !members.anchored.some((m) => m.highlight.id === id)
    ) {
      showToast({ tone: 'info', message: t('reader.actions.goneLink') });
    }
    // Only when the article's highlights first arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, article.id]);

  // A click on a highlight picks it (the shortest first; clicking again cycles overlaps).
  const onClick = (e: React.MouseEvent) => {
    const mark = (e.target as Element).closest('mark[data-highlight-ids]');
    if (!mark || !document.getSelection()?.isCollapsed) return;
    const ids = (mark.getAttribute('data-highlight-ids') ?? '').split(' ');
    const lengths = new Map(
      [...members.anchored, ...anchored].map((a) => [a.highlight.id, a.end - a.start]),
    );
    const id = pickHighlight(ids, lengths, useUi.getState().focusedHighlightId);
    useUi.getState().focusHighlight(id, 'text');
  };

  return (
    <>
      <div
        onClick={onClick}
        onKeyDown={(e) => {
          if (textRef.current && moveCaretByKey(e.nativeEvent, textRef.current)) e.preventDefault();
        }}
      >
        <ArticleView
          article={article}
          level={level}
          marks={marks}
          focusedId={focusedId}
          textRef={textRef}
          textLabel={textLabel}
        />
      </div>
      <KeyboardCaret root={textRef} />
      {selection && colors.length > 0 && (
        <SelectionToolbar
          selection={selection}
          colors={colors}
          currentColorId={colorId}
          onHighlight={(c, then) => void create(c, then)}
        />
      )}
    </>
  );
}
