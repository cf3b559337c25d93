import { useState } from 'react';
import { describeRange } from '@/domain/anchoring';
import type { Article } from '@/domain/article/types';
import type { Highlight } from '@/domain/annotations/types';
import { useColors, useTags } from '@/db/live';
import { useUi } from '../reader-ui';
import { ColorLegend } from './color-legend';
import { HighlightCard } from './highlight-card';
import { changeHighlight } from './actions';
import type { ArticleHighlights } from './use-article-highlights';
import { MemberCard } from './member-card';
import { useArticleMemberHighlights } from './use-member-highlights';
import { useRichT, useT } from '@/shared/i18n';

/** Cards rendered at a time: thousands of cards would make every style change in the reader slow. */
const PAGE = 150;

interface HighlightListProps {
  article: Article;
  highlights: ArticleHighlights;
}

/** The article's highlights in reading order, filterable by colour and tag, orphans last. */
export function HighlightList({ article, highlights }: HighlightListProps) {
  const t = useT();
  const rich = useRichT();
  const colors = useColors() ?? [];
  const tags = useTags() ?? [];
  const focusedId = useUi((s) => s.focusedHighlightId);
  const selection = useUi((s) => (s.selection?.articleId === article.id ? s.selection : undefined));
  const [colorFilter, setColorFilter] = useState<string[]>([]);
  const [tagFilter, setTagFilter] = useState('');
  // Whose highlights: 'everyone', 'mine', or one group member's id.
  const [whose, setWhose] = useState('everyone');
  const members = useArticleMemberHighlights(article);
  const { orphans } = highlights;
  const anchored = whose === 'everyone' || whose === 'mine' ? highlights.anchored : [];
  const shared = members.anchored.filter(
    (m) =>
      (whose === 'everyone' || whose === m.highlight.authorId) &&
      (colorFilter.length === 0 || colorFilter.includes(m.highlight.colorId)),
  );

  const matches = (h: Highlight) =>
    (colorFilter.length === 0 || colorFilter.includes(h.colorId)) &&
    (tagFilter === '' || h.tags.includes(tagFilter));
  const shown = anchored.filter((a) => matches(a.highlight));
  // Long lists render in pages, always far enough to include the highlight in focus.
  const [pages, setPages] = useState(1);
  const focusedIndex = shown.findIndex((a) => a.highlight.id === focusedId);
  const limit = Math.max(pages * PAGE, focusedIndex + 1);
  const visible = shown.slice(0, limit);
  const usedTags = tags.filter((t) => anchored.some((a) => a.highlight.tags.includes(t.id)));
  const total = anchored.length + orphans.length;

  const reattachTo = (highlight: Highlight, start: number, end: number) => {
    const { position, quote } = describeRange(article.text, start, end);
    void changeHighlight(highlight, {
      target: { position, quote, textHash: highlights.textHash ?? highlight.target.textHash },
    });
  };
  const reattach = (highlight: Highlight) => {
    if (selection) reattachTo(highlight, selection.start, selection.end);
  };

  return (
    <div className="space-y-4 font-sans">
      {members.authors.size > 0 && (
        <label className="flex items-center gap-2 text-sm text-ink-2">
          {t('reader.list.whose')}
          <select
            value={whose}
            onChange={(e) => setWhose(e.target.value)}
            className="h-8 min-w-0 flex-1 rounded-lg border border-line bg-surface px-2 text-sm text-ink"
          >
            <option value="everyone">{t('reader.list.everyone')}</option>
            <option value="mine">{t('reader.list.mine')}</option>
            {[...members.authors].map(([id, name]) => (
              <option key={id} value={id}>
                {t('reader.list.someones', { name })}
              </option>
            ))}
          </select>
        </label>
      )}
      <ColorLegend
        colors={colors}
        counts={countBy(anchored.map((a) => a.highlight.colorId))}
        active={colorFilter}
        onToggle={(id) =>
          setColorFilter((f) => (f.includes(id) ? f.filter((x) => x !== id) : [...f, id]))
        }
      />
      {usedTags.length > 0 && (
        <label className="flex items-center gap-2 text-sm text-ink-2">
          {t('reader.list.tag')}
          <select
            value={tagFilter}
            onChange={(e) => setTagFilter(e.target.value)}
            className="h-8 min-w-0 flex-1 rounded-lg border border-line bg-surface px-2 text-sm text-ink"
          >
            <option value="">{t('reader.list.allTags')}</option>
            {usedTags.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {highlights.loading ? null : total === 0 &&
        whose !== 'everyone' &&
        whose !== 'mine' ? null : total === 0 ? (
        <p className="rounded-xl border border-dashed border-line p-4 text-sm text-ink-2">
          {rich('reader.list.empty', {
            h: <kbd className="rounded border border-line px-1">H</kbd>,
            // eslint-disable-next-line no-restricted-syntax -- a key's name, not translated
            shift: <kbd className="rounded border border-line px-1">Shift</kbd>,
          })}
        </p>
      ) : (
        <>
          <p className="text-xs text-muted" aria-live="polite">
            {shown.length === anchored.length
              ? t('reader.list.count', { count: anchored.length })
              : t('reader.list.filtered', { shown: shown.length, total: anchored.length })}
          </p>
          <ol className="space-y-2" aria-label={t('reader.list.label')}>
            {visible.map((a) => (
              <li key={a.highlight.id}>
                <HighlightCard
                  item={a}
                  colors={colors}
                  tags={tags}
                  lang={article.language}
                  focused={a.highlight.id === focusedId}
                />
              </li>
            ))}
          </ol>
          {visible.length < shown.length && (
            <button
              type="button"
              className="w-full rounded-lg border border-line py-2 text-sm text-ink-2 hover:bg-surface-2"
              onClick={() => setPages((p) => p + 1)}
            >
              {t('reader.list.more', {
                count: Math.min(PAGE, shown.length - visible.length),
                rest: shown.length - visible.length,
              })}
            </button>
          )}
        </>
      )}
      {shared.length > 0 && (
        <section aria-labelledby={`shared-${article.id}`} className="space-y-2">
          <h3 id={`shared-${article.id}`} className="text-sm font-semibold text-ink">
            {t('reader.list.shared')}
          </h3>
          <ol className="space-y-2" aria-label={t('reader.list.sharedLabel')}>
            {shared.map((m) => (
              <li key={m.highlight.id}>
                <MemberCard
                  item={m}
                  colors={colors}
                  lang={article.language}
                  focused={m.highlight.id === focusedId}
                />
              </li>
            ))}
          </ol>
        </section>
      )}
      {orphans.length > 0 && (
        <section aria-labelledby={`orphans-${article.id}`} className="space-y-2">
          <h3 id={`orphans-${article.id}`} className="text-sm font-semibold text-danger">
            {t('reader.list.orphans', { count: orphans.length })}
          </h3>
          <p className="text-xs text-ink-2">{t('reader.list.orphansHelp')}</p>
          <ol className="space-y-2">
            {orphans.map((o) => (
              <li key={o.highlight.id}>
                <HighlightCard
                  item={o}
                  colors={colors}
                  tags={tags}
                  lang={article.language}
                  focused={o.highlight.id === focusedId}
                  canReattach={selection !== undefined}
                  onReattach={() => reattach(o.highlight)}
                  articleText={article.text}
                  onReattachTo={(start, end) => reattachTo(o.highlight, start, end)}
                />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
