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
import { useAllHighlights, useAllLinks, useArticleStates, useColors, useTags } from '@/db/live';
import { useAllMemberHighlights, useSyncAccount } from '@/db/live/sync';
import type { ArticleState, Highlight } from '@/domain/annotations/types';
import { resolveTagValues, tagFilterValues } from '@/domain/annotations/tag-name';
import { buttonClass } from '@/shared/ui/button-class';
import { EmptyState, Loading } from '@/shared/ui/states';
import { Page } from '@/shared/ui/page';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { NotebookFilters } from './notebook-filters';
import { NotebookList } from './notebook-list';
import { TagMatrix } from './tag-matrix';
import { NotebookEmpty, NotebookHeader } from './notebook-frame';
import { useT } from '@/shared/i18n';
import { resolveDetails } from '@/domain/article/details';
import {
  articleOutlets,
  matchesOutlet,
  outletOptions,
  OUTLET_PARAM,
  readOutletParam,
} from '@/domain/library/outlets';
import { OutletFilter } from './outlet-filter';
import { useStableDetails, type DetailsById } from '@/shared/article-details/use-stable-details';

const NO_STATES: Readonly<Record<string, ArticleState>> = {};
const NO_DETAILS: DetailsById = {};

/** Every highlight across all articles, grouped and filtered; the URL holds the view. */
export function NotebookPage() {
  const t = useT();
  useDocumentTitle(t('notebook.title'));
  const [params, setParams] = useSearchParams();
  const tags = useTags();
  // Tags by name in the URL (readable, shareable); older links with ids still work.
  const query = params.toString();
  const { grouping, filter } = useMemo(() => {
    const parsed = readNotebookParams(new URLSearchParams(query));
    return {
      grouping: parsed.grouping,
      filter: { ...parsed.filter, tags: resolveTagValues(parsed.filter.tags, tags ?? []) },
    };
  }, [query, tags]);
  const forUrl = (f: NotebookFilter) => ({ ...f, tags: tagFilterValues(f.tags, tags ?? []) });
  const view = params.get('view') === 'matrix' ? 'matrix' : 'list';
  const mine = useAllHighlights();
  // Whose highlights: mine (the default), everyone's in my study groups, or one member's.
  const who = params.get('who') ?? 'mine';
  const members = useAllMemberHighlights();
  const account = useSyncAccount();
  const names = useMemo(() => {
    const map = new Map<string, string>();
    account?.groups.forEach((g) => g.members.forEach((m) => map.set(m.id, m.name)));
    return map;
  }, [account]);
  const { highlights, authors } = useMemo(() => {
    const authors = new Map<string, string>();
    if (who === 'mine' || !mine) return { highlights: mine, authors };
    const theirs: Highlight[] = (members ?? [])
      .filter((m) => who === 'everyone' || m.authorId === who)
      .map(({ groupId: _g, authorId, tagNames: _t, ...h }) => {
        authors.set(h.id, names.get(authorId) ?? t('notebook.formerMember'));
        return { ...h, tags: [] };
      });
    return { highlights: [...(who === 'everyone' ? mine : []), ...theirs], authors };
  }, [who, mine, members, names, t]);
  const memberIds = useMemo(() => [...new Set((members ?? []).map((m) => m.authorId))], [members]);
  const links = useAllLinks();
  const articleStates = useArticleStates();
  const colors = useColors();
  const manifest = useManifest();
  const details = useStableDetails(articleStates) ?? NO_DETAILS;

  // Titles as the reader set them, else as derived; outlets likewise.
  const articles = useMemo(
    () =>
      (manifest.data?.articles ?? []).flatMap((a) =>
        a.summary
          ? [
              {
                id: a.id,
                title: resolveDetails(a.summary, details[a.id]?.details).title.value ?? a.file,
              },
            ]
          : [],
      ),
    [manifest.data, details],
  );
  const outlets = useMemo(
    () => articleOutlets(manifest.data?.articles ?? [], details),
    [manifest.data, details],
  );
  const outletChoices = useMemo(() => outletOptions(outlets), [outlets]);
  const outletKeys = readOutletParam(new URLSearchParams(query)).join(',');
  const outletFilter = useMemo(() => (outletKeys ? outletKeys.split(',') : []), [outletKeys]);
  const shown = useMemo(
    () =>
      (highlights ?? []).filter(
        (h) => matchesFilter(h, filter) && matchesOutlet(outlets, h.articleId, outletFilter),
      ),
    [highlights, filter, outlets, outletFilter],
  );
  const matrixArticles = useMemo(
    () => articles.filter((a) => matchesOutlet(outlets, a.id, outletFilter)),
    [articles, outlets, outletFilter],
  );
  const groups = useMemo(
    () =>
      groupHighlights(shown, grouping, {
        articles,
        tags: tags ?? [],
        colors: colors ?? [],
        outlets,
      }),
    [shown, grouping, articles, tags, colors, outlets],
  );

  const update = (next: {
    grouping?: NotebookGrouping;
    filter?: NotebookFilter;
    view?: string;
    who?: string;
    outlets?: string[];
  }) => {
    const out: Record<string, string> = {
      ...writeNotebookParams(next.grouping ?? grouping, forUrl(next.filter ?? filter)),
    };
    const o = next.outlets ?? outletFilter;
    if (o.length > 0) out[OUTLET_PARAM] = o.join(',');
    const v = next.view ?? view;
    if (v === 'matrix') out.view = v;
    const w = next.who ?? who;
    if (w !== 'mine') out.who = w;
    setParams(out, { replace: true });
  };

  const loading = !highlights || !tags || !colors || manifest.isPending;
  return (
    <Page width="4xl">
      <NotebookHeader view={view} onSelect={(v) => update({ view: v })} />
      {loading ? (
        <Loading label={t('notebook.loading')} />
      ) : highlights.length === 0 && who === 'mine' && memberIds.length === 0 ? (
        <NotebookEmpty />
      ) : view === 'matrix' ? (
        <>
          <OutletFilter
            options={outletChoices}
            value={outletFilter}
            onChange={(keys) => update({ outlets: keys })}
            className="mb-4"
          />
          <TagMatrix
            highlights={highlights}
            tags={tags}
            articles={matrixArticles}
            outlets={outlets}
            articleStates={articleStates ?? NO_STATES}
            onOpen={(tagId, articleId) =>
              setParams(
                writeNotebookParams(
                  'article',
                  forUrl({ articles: [articleId], tags: [tagId], colors: [] }),
                ),
              )
            }
          />
        </>
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
            outletFilter={
              <OutletFilter
                options={outletChoices}
                value={outletFilter}
                onChange={(keys) => update({ outlets: keys })}
              />
            }
          />
          <div className="mb-3 flex flex-wrap items-center justify-end gap-2">
            {memberIds.length > 0 && (
              <label className="mr-auto flex items-center gap-2 text-sm text-ink-2">
                {t('notebook.whose.label')}
                <select
                  value={who}
                  onChange={(e) => update({ who: e.target.value })}
                  className="h-8 rounded-lg border border-line bg-surface px-2 text-sm text-ink"
                >
                  <option value="mine">{t('notebook.whose.mine')}</option>
                  <option value="everyone">{t('notebook.whose.everyone')}</option>
                  {memberIds.map((id) => {
                    const name = names.get(id);
                    return (
                      <option key={id} value={id}>
                        {name
                          ? t('notebook.whose.member', { name })
                          : t('notebook.whose.formerMember')}
                      </option>
                    );
                  })}
                </select>
              </label>
            )}
            <Link
              href={`/review${reviewQuery(forUrl(filter))}`}
              className={buttonClass('secondary', true)}
            >
              {t('notebook.review', {
                which: filter.articles.length + filter.tags.length > 0 ? 'these' : 'all',
              })}
            </Link>
          </div>
          {shown.length === 0 ? (
            <EmptyState title={t('notebook.noMatch.title')}>
              <button
                type="button"
                className={buttonClass('secondary', true)}
                onClick={() =>
                  update({ filter: { articles: [], tags: [], colors: [] }, outlets: [] })
                }
              >
                {t('notebook.noMatch.clear')}
              </button>
            </EmptyState>
          ) : (
            <NotebookList
              groups={groups}
              authors={authors}
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
