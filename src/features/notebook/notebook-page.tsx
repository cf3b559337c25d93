import { useMemo } from 'react';
import { Link, useSearchParams } from 'wouter';
import {
  groupHighlights,
  matchesFilter,
  readNotebookParams,
  writeNotebookParams,
  type NotebookFilter,
  type NotebookGrouping,
} from '@/domain/notebook/notebook';
import { useManifest } from '@/shared/queries/articles';
import { useAllHighlights, useAllLinks, useColors, useTags } from '@/db/live';
import { buttonClass } from '@/shared/ui/button-class';
import { EmptyState, Loading } from '@/shared/ui/states';
import { Page, PageHeader } from '@/shared/ui/page';
import { TabList } from '@/shared/ui/tab-list';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { NotebookFilters } from './notebook-filters';
import { NotebookList } from './notebook-list';
import { TagMatrix } from './tag-matrix';

const VIEWS = [
  { id: 'list', label: 'Highlights' },
  { id: 'matrix', label: 'Tags × articles' },
] as const;

/** Every highlight across all articles, grouped and filtered; the URL holds the view. */
export function NotebookPage() {
  useDocumentTitle('Notebook');
  const [params, setParams] = useSearchParams();
  const { grouping, filter } = readNotebookParams(params);
  const view = params.get('view') === 'matrix' ? 'matrix' : 'list';
  const highlights = useAllHighlights();
  const links = useAllLinks();
  const tags = useTags();
  const colors = useColors();
  const manifest = useManifest();

  const articles = useMemo(
    () =>
      (manifest.data?.articles ?? [])
        .filter((a) => a.summary)
        .map((a) => ({ id: a.id, title: a.summary?.title ?? a.file })),
    [manifest.data],
  );
  const shown = useMemo(
    () => (highlights ?? []).filter((h) => matchesFilter(h, filter)),
    [highlights, filter],
  );
  const groups = useMemo(
    () => groupHighlights(shown, grouping, { articles, tags: tags ?? [], colors: colors ?? [] }),
    [shown, grouping, articles, tags, colors],
  );

  const update = (next: {
    grouping?: NotebookGrouping;
    filter?: NotebookFilter;
    view?: string;
  }) => {
    const out = writeNotebookParams(next.grouping ?? grouping, next.filter ?? filter);
    const v = next.view ?? view;
    setParams(v === 'matrix' ? { ...out, view: v } : out, { replace: true });
  };

  const loading = !highlights || !tags || !colors || manifest.isPending;
  return (
    <Page width="4xl">
      <PageHeader
        title="Notebook"
        gap="small"
        description="Every highlight across your articles. Pick one to open it in the text."
      >
        <TabList
          label="Notebook view"
          look="segmented"
          tabs={VIEWS}
          selected={view}
          onSelect={(v) => update({ view: v })}
        />
      </PageHeader>
      {loading ? (
        <Loading label="Loading your highlights…" />
      ) : highlights.length === 0 ? (
        <EmptyState title="No highlights yet">
          Open an article, select a passage and press <kbd>H</kbd>. Everything you highlight shows
          up here, by article, tag or colour.{' '}
          <Link href="/" className="text-accent underline">
            Go to the library
          </Link>
        </EmptyState>
      ) : view === 'matrix' ? (
        <TagMatrix
          highlights={highlights}
          tags={tags}
          articles={articles}
          onOpen={(tagId, articleId) =>
            setParams(
              writeNotebookParams('article', {
                articles: [articleId],
                tags: [tagId],
                colors: [],
              }),
            )
          }
        />
      ) : (
        <>
          <NotebookFilters
            grouping={grouping}
            filter={filter}
            articles={articles}
            tags={tags}
            colors={colors}
            onChange={update}
            shownCount={shown.length}
            totalCount={highlights.length}
          />
          <div className="mb-3 flex flex-wrap justify-end gap-2">
            <Link href={`/review${reviewQuery(filter)}`} className={buttonClass('secondary', true)}>
              Review {filter.articles.length + filter.tags.length > 0 ? 'these' : 'all'}
            </Link>
          </div>
          {shown.length === 0 ? (
            <EmptyState title="Nothing matches these filters">
              <button
                type="button"
                className={buttonClass('secondary', true)}
                onClick={() => update({ filter: { articles: [], tags: [], colors: [] } })}
              >
                Clear the filters
              </button>
            </EmptyState>
          ) : (
            <NotebookList
              groups={groups}
              articles={articles}
              tags={tags}
              colors={colors}
              links={links ?? []}
              highlights={highlights}
            />
          )}
        </>
      )}
    </Page>
  );
}

/** Review takes one article and one tag at most: the first of each filter. */
function reviewQuery(filter: NotebookFilter): string {
  const params = new URLSearchParams();
  if (filter.articles[0]) params.set('article', filter.articles[0]);
  if (filter.tags[0]) params.set('tag', filter.tags[0]);
  const q = params.toString();
  return q ? `?${q}` : '';
}
