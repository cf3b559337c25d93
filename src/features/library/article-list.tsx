import { lazy, Suspense, type ReactNode } from 'react';
import type { ManifestEntry } from '@/domain/library/manifest';
import { useT } from '@/shared/i18n';

/**
 * Up to this many articles the list is a plain `<ul>`: every card is in the DOM, as the usual
 * handful of articles needs. Longer lists are virtualised (docs/decisions/0011-virtual-library.md).
 */
export const VIRTUALISE_ABOVE = 50;

/**
 * The list item of a card. It is lifted above its neighbours while one of its menus is open
 * (a trigger with `aria-expanded="true"`), so a popover that reaches over the next card is
 * drawn on top of it rather than under it. Nothing in the list clips its overflow.
 */
export const LIFT_WHILE_OPEN = 'has-[[aria-expanded=true]]:z-20';

export interface ArticleListProps {
  entries: readonly ManifestEntry[];
  renderCard: (entry: ManifestEntry) => ReactNode;
}

/** Cards drawn plainly while the virtualiser loads: more than the tallest window holds. */
const FIRST_CARDS = 12;

// The virtualiser (about 10 KB gzipped) loads only for a long library, not on every first page.
const VirtualArticleList = lazy(() =>
  import('./virtual-article-list').then((m) => ({ default: m.VirtualArticleList })),
);

/** The library's list of cards: plain when short, virtualised when long. */
export function ArticleList({ entries, renderCard }: ArticleListProps) {
  if (entries.length <= VIRTUALISE_ABOVE) {
    return <PlainArticleList entries={entries} renderCard={renderCard} />;
  }
  // While the virtualiser loads, the first cards are drawn plainly: the reader sees the top of
  // the list at once, and the virtual list draws the same cards in the same places.
  const first = entries.slice(0, FIRST_CARDS);
  return (
    <Suspense fallback={<PlainArticleList entries={first} renderCard={renderCard} />}>
      <VirtualArticleList entries={entries} renderCard={renderCard} />
    </Suspense>
  );
}

function PlainArticleList({ entries, renderCard }: ArticleListProps) {
  const t = useT();
  return (
    <ul className="grid gap-3" aria-label={t('library.list.label')}>
      {entries.map((entry) => (
        <li key={entry.id} className={`relative ${LIFT_WHILE_OPEN}`}>
          {renderCard(entry)}
        </li>
      ))}
    </ul>
  );
}
