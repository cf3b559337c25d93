import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'wouter';
import { useManifest } from '@/shared/queries/articles';
import {
  LIBRARY_SORTS,
  parseLibrarySort,
  sortEntries,
  type LibrarySort,
} from '@/domain/library/sort';
import { ErrorState, EmptyState, Loading } from '@/shared/ui/states';
import { Button } from '@/shared/ui/button';
import { PageHeader } from '@/shared/ui/page';
import type { ManifestEntry } from '@/domain/library/manifest';
import type { ArticleState } from '@/domain/annotations/types';
import { ArticleCard } from './article-card';
import { ArticleList } from './article-list';
import { pickableArticles } from './pickable';
import type { PickableArticle } from '@/shared/ui/article-picker';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import {
  useArticleStates,
  useHighlightCounts,
  useHighlightTagsByArticle,
  useTags,
} from '@/db/live';
import { TagFilterBar } from './tag-filter-bar';
import { OutletSelect } from './outlet-select';
import { useStableDetails, type DetailsById } from '@/shared/article-details/use-stable-details';
import { applyDetails } from '@/domain/article/details';
import {
  articleOutlets,
  matchesOutlet,
  outletOptions,
  readOutletParam,
  withOutletParam,
} from '@/domain/library/outlets';
import {
  matchesFilter,
  TAG_PARAM,
  tagSetsByArticle,
  tagsIn,
  toggleTag,
  usedTagIds,
  withTagFilter,
} from './tag-filter';
import { compareHref } from '@/shared/paths';
import { resolveTagValues, tagFilterValues } from '@/domain/annotations/tag-name';
import { useRichT, useT } from '@/shared/i18n';
import { manifestErrorMessage } from '@/shared/article-error-message';

const NO_TAGS: readonly string[] = [];
const NO_ENTRIES: readonly ManifestEntry[] = [];
const NO_STATES: Readonly<Record<string, ArticleState>> = {};
const NO_DETAILS: DetailsById = {};
const NO_HIGHLIGHT_TAGS: Readonly<Record<string, readonly string[]>> = {};

/** Entries with their summaries as shown (see `applyDetails`); unchanged ones kept as they are. */
function withDetails(
  entries: readonly ManifestEntry[],
  states: DetailsById,
): readonly ManifestEntry[] {
  // Nothing stored (a first visit, most libraries): nothing to apply to 10,000 entries.
  if (Object.keys(states).length === 0) return entries;
  let changed = false;
  const shown = entries.map((entry) => {
    if (!entry.summary) return entry;
    const summary = applyDetails(entry.summary, states[entry.id]?.details);
    if (summary === entry.summary) return entry;
    changed = true;
    return { ...entry, summary };
  });
  return changed ? shown : entries;
}

// The dialog parses files, so the parser loads only when someone adds an article.
const AddArticleDialog = lazy(() => import('./add-article-dialog'));
const ArticleDetailsDialog = lazy(() =>
  import('@/shared/article-details/article-details-dialog').then((m) => ({
    default: m.ArticleDetailsDialog,
  })),
);

export function LibraryPage() {
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string>();
  const manifest = useManifest();
  const [params, setParams] = useSearchParams();
  const [, navigate] = useLocation();
  const sort = parseLibrarySort(params.get('sort'));
  const t = useT();
  const rich = useRichT();
  useDocumentTitle(t('library.page.title'));
  const tags = useTags();
  const states = useArticleStates();
  const highlightTags = useHighlightTagsByArticle();
  const highlightCounts = useHighlightCounts();
  // Names (or ids, in older links) in the URL; one string keys the memo.
  const requested = params.getAll(TAG_PARAM).join('\n');
  // Tags deleted (or renamed) since the link was made are ignored once the tags have loaded.
  const active = useMemo(() => {
    const values = requested === '' ? [] : requested.split('\n');
    const ids = resolveTagValues(values, tags ?? []);
    return tags ? ids.filter((id) => tags.some((t) => t.id === id)) : ids;
  }, [requested, tags]);
  const setFilter = (ids: readonly string[]) =>
    setParams((prev) => withTagFilter(prev, tagFilterValues(ids, tags ?? [])));

  // Everything below is computed once per change of its inputs, never per card: with 10,000
  // articles the page re-renders as each live query arrives, and on every change of the data.
  const articles = manifest.data?.articles ?? NO_ENTRIES;
  // Titles, dates, authors and outlets as the reader set them, else as derived.
  const details = useStableDetails(states) ?? NO_DETAILS;
  const shownArticles = useMemo(() => withDetails(articles, details), [articles, details]);
  const all = useMemo(() => sortEntries(shownArticles, sort), [shownArticles, sort]);
  const outlets = useMemo(() => articleOutlets(articles, details), [articles, details]);
  const outletChoices = useMemo(() => outletOptions(outlets), [outlets]);
  const outletFilter = readOutletParam(params);
  const outletKeys = outletFilter.join(',');
  const setOutlet = (key: string) => setParams((prev) => withOutletParam(prev, key ? [key] : []));
  const tagSets = useMemo(
    () => tagSetsByArticle(states ?? NO_STATES, highlightTags ?? NO_HIGHLIGHT_TAGS),
    [states, highlightTags],
  );
  const entries = useMemo(() => {
    const keys = outletKeys === '' ? [] : outletKeys.split(',');
    if (active.length === 0 && keys.length === 0) return all;
    return all.filter(
      (e) => matchesOutlet(outlets, e.id, keys) && matchesFilter(tagsIn(tagSets, e.id), active),
    );
  }, [all, tagSets, active, outlets, outletKeys]);
  const filtering = active.length > 0 || outletFilter.length > 0;
  const used = useMemo(
    () =>
      tagSets.size === 0
        ? new Set<string>()
        : usedTagIds(new Set(articles.map((e) => e.id)), tagSets),
    [articles, tagSets],
  );
  const filterTags = (tags ?? []).filter((t) => used.has(t.id) || active.includes(t.id));
  const tagById = useMemo(() => new Map((tags ?? []).map((t) => [t.id, t])), [tags]);
  // The Side by side picker's list: shared by every card (each leaves itself out), and made when
  // a picker first opens, not before the first card is drawn (10,000 articles: bench row 6).
  const pickable = useMemo(() => {
    let list: readonly PickableArticle[] | undefined;
    return () => (list ??= pickableArticles(all));
  }, [all]);
  const onCompare = useCallback(
    (id: string, other: string) => navigate(compareHref(id, other)),
    [navigate],
  );
  const renderCard = useCallback(
    (entry: ManifestEntry) => (
      <ArticleCard
        entry={entry}
        tagIds={states?.[entry.id]?.tags ?? NO_TAGS}
        allTags={tags}
        tagById={tagById}
        highlightCount={highlightCounts?.[entry.id] ?? 0}
        others={pickable}
        onCompare={onCompare}
        onEditDetails={setEditing}
      />
    ),
    [states, tags, tagById, highlightCounts, pickable, onCompare],
  );
  const tagsReady = tags !== undefined && states !== undefined && highlightTags !== undefined;
  const clearFilters = () => setParams((prev) => withOutletParam(withTagFilter(prev, []), []));
  const editingSummary = editing ? articles.find((e) => e.id === editing)?.summary : undefined;

  if (manifest.isPending) return <Loading label={t('library.page.loading')} />;
  if (manifest.isError) {
    return (
      <ErrorState
        title={t('library.page.loadFailed')}
        message={manifestErrorMessage(t, manifest.error)}
        action={<Button onClick={() => manifest.refetch()}>{t('library.page.retry')}</Button>}
      />
    );
  }

  return (
    <div className="mx-auto w-full max-w-4xl px-4 pt-8 pb-16 sm:px-6">
      {adding && (
        <Suspense fallback={null}>
          <AddArticleDialog onClose={() => setAdding(false)} />
        </Suspense>
      )}
      {editingSummary && editing && (
        <Suspense fallback={null}>
          <ArticleDetailsDialog
            articleId={editing}
            input={editingSummary}
            onClose={() => setEditing(undefined)}
          />
        </Suspense>
      )}
      <PageHeader
        title={t('library.page.title')}
        description={t('library.page.description', { count: all.length })}
      >
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <Button compact icon="plus" onClick={() => setAdding(true)}>
            {t('library.page.add')}
          </Button>
          <label className="flex items-center gap-2 text-sm text-ink-2">
            {t('library.sort.label')}
            <select
              value={sort}
              onChange={(e) => {
                const next = e.target.value as LibrarySort;
                setParams(
                  (prev) => {
                    const updated = new URLSearchParams(prev);
                    if (next === 'newest') updated.delete('sort');
                    else updated.set('sort', next);
                    return updated;
                  },
                  { replace: true },
                );
              }}
              className="h-9 rounded-lg border border-line bg-surface px-2 text-sm text-ink"
            >
              {LIBRARY_SORTS.map((value) => (
                <option key={value} value={value}>
                  {t(`library.sort.${value}`)}
                </option>
              ))}
            </select>
          </label>
          {outletChoices.length > 0 && (
            <OutletSelect
              options={outletChoices}
              value={outletFilter[0] ?? ''}
              onChange={setOutlet}
            />
          )}
        </div>
      </PageHeader>
      {(filterTags.length > 0 || filtering) && (
        <TagFilterBar
          tags={filterTags}
          active={active}
          filtering={filtering}
          shown={entries.length}
          total={all.length}
          onToggle={(id) => setFilter(toggleTag(active, id))}
          onClear={clearFilters}
        />
      )}
      {filtering && (!tagsReady || states === undefined) ? (
        <Loading label={t('library.filter.loadingTags')} />
      ) : filtering && entries.length === 0 ? (
        <EmptyState
          title={
            outletFilter.length > 0
              ? t('library.filter.outlet.noMatch.title')
              : t('library.filter.noMatch.title')
          }
        >
          <p>
            {outletFilter.length > 0
              ? t('library.filter.outlet.noMatch.body', { count: all.length })
              : t('library.filter.noMatch.body', { count: all.length })}
          </p>
          <Button className="mt-3" compact onClick={clearFilters}>
            {t('library.filter.showAll')}
          </Button>
        </EmptyState>
      ) : all.length === 0 ? (
        <EmptyState title={t('library.page.empty.title')}>
          {rich('library.page.empty.body', {
            /* eslint-disable no-restricted-syntax -- a file type, a folder and a command: the same in every language */
            txt: <code>.txt</code>,
            folder: <code>public/seeds/</code>,
            command: <code>npm start</code>,
            /* eslint-enable no-restricted-syntax */
          })}
        </EmptyState>
      ) : (
        <ArticleList entries={entries} renderCard={renderCard} />
      )}
    </div>
  );
}
