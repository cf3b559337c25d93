import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import type { SearchResult, SearchSnippet } from '@/domain/search';
import { EmptyState, ErrorState, Loading } from '@/shared/ui/states';
import { Icon } from '@/shared/ui/icons';
import { Page } from '@/shared/ui/page';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { useSearchIndex } from './use-search-index';
import { useSearchResults } from './use-search-results';
import { readerHref } from '@/shared/paths';
import { useT, type MessageId } from '@/shared/i18n';
import { useArticleStates } from '@/db/live';
import {
  articleOutlets,
  matchesOutlet,
  NO_OUTLET_KEY,
  outletOptions,
  readOutletParam,
  withOutletParam,
} from '@/domain/library/outlets';
import { useManifest } from '@/shared/queries/articles';
import { Button } from '@/shared/ui/button';
import { useStableDetails, type DetailsById } from '@/shared/article-details/use-stable-details';
import { startSearchWorkerEarly } from './search-client';

// The worker starts as this code loads, before the page renders (on a cold load the first render
// waits for the article list), so its script loads and starts while the articles download and
// are parsed; the page takes it over (use-search-index.ts), or it stops unused (search-client.ts).
startSearchWorkerEarly();

const NO_DETAILS: DetailsById = {};

const KIND_LABEL: Record<SearchResult['kind'], MessageId> = {
  article: 'search.kind.article',
  paragraph: 'search.kind.paragraph',
  highlight: 'search.kind.highlight',
  note: 'search.kind.note',
  tag: 'search.kind.tag',
};

/** Full-text search across articles, quotes, notes and tags; `/search?q=` is bookmarkable. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const index = useSearchIndex();
  const { titles, loading } = index;
  const t = useT();
  useDocumentTitle(query ? t('search.documentTitle.query', { query }) : t('search.title'));
  const manifest = useManifest();
  const details = useStableDetails(useArticleStates());
  const outlets = useMemo(
    () => articleOutlets(manifest.data?.articles ?? [], details ?? NO_DETAILS),
    [manifest.data, details],
  );
  const outletChoices = useMemo(() => outletOptions(outlets), [outlets]);
  const outlet = readOutletParam(params)[0] ?? '';
  const setOutlet = (key: string) =>
    setParams((prev) => withOutletParam(prev, key ? [key] : []), { replace: true });

  const keep = useMemo(
    () => (outlet ? (id: string) => matchesOutlet(outlets, id, [outlet]) : undefined),
    [outlet, outlets],
  );
  // Built and searched in the search worker; the answer comes back as a transition.
  const { answer, failed: searchFailed } = useSearchResults(
    index.client,
    index.version,
    query,
    keep,
  );
  const failed = index.failed ?? searchFailed;
  const results = answer?.results ?? [];
  const hidden = answer?.hidden ?? 0;
  const inText = results.filter((r) => r.kind === 'paragraph' || r.kind === 'article');
  const inNotes = results.filter((r) => r.kind !== 'paragraph' && r.kind !== 'article');

  return (
    <Page width="3xl">
      <h1 className="sr-only">{t('search.title')}</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()} className="relative">
        <Icon
          name="search"
          className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-muted"
        />
        <input
          type="search"
          aria-label={t('search.input.label')}
          placeholder={t('search.input.placeholder')}
          autoFocus
          value={query}
          onChange={(e) => {
            const q = e.target.value;
            setQuery(q);
            setParams(
              (prev) => {
                const next = new URLSearchParams(prev);
                if (q) next.set('q', q);
                else next.delete('q');
                return next;
              },
              { replace: true },
            );
          }}
          className="h-12 w-full rounded-xl border border-line bg-surface pr-3 pl-10 text-base text-ink shadow-sm"
        />
      </form>
      {/* Always in place (its outlets arrive with the library), so the results never move. */}
      <label className="mt-3 flex items-center gap-2 text-sm text-ink-2">
        {t('search.filter.outlet.label')}
        <select
          value={outlet}
          disabled={outletChoices.length === 0}
          onChange={(e) => setOutlet(e.target.value)}
          className="h-9 max-w-64 rounded-lg border border-line bg-surface px-2 text-sm text-ink"
        >
          <option value="">{t('search.filter.outlet.all')}</option>
          {outletChoices.map((o) => (
            <option key={o.key} value={o.key}>
              {o.key === NO_OUTLET_KEY ? t('search.filter.outlet.none') : o.name}
            </option>
          ))}
        </select>
      </label>
      <div className="mt-6" aria-live="polite">
        {failed !== undefined ? (
          <ErrorState title={t('search.failed.title')} message={failed} />
        ) : loading ? (
          <Loading label={t('search.loading')} />
        ) : !query.trim() ? (
          <EmptyState title={t('search.start.title')}>{t('search.start.body')}</EmptyState>
        ) : !answer ? null : results.length === 0 ? (
          <EmptyState title={t('search.none.title', { query: answer.query })}>
            {hidden > 0 ? (
              <OutletHidden count={hidden} onShowAll={() => setOutlet('')} />
            ) : (
              t('search.none.body')
            )}
          </EmptyState>
        ) : (
          <div className="space-y-8">
            <p className="text-sm text-muted">{t('search.count', { count: results.length })}</p>
            {inNotes.length > 0 && (
              <ResultList heading={t('search.section.notes')} results={inNotes} titles={titles} />
            )}
            {inText.length > 0 && (
              <ResultList heading={t('search.section.text')} results={inText} titles={titles} />
            )}
            {hidden > 0 && <OutletHidden count={hidden} onShowAll={() => setOutlet('')} />}
          </div>
        )}
      </div>
    </Page>
  );
}

/** How many results the outlet filter holds back, and a way to see them. */
function OutletHidden({ count, onShowAll }: { count: number; onShowAll: () => void }) {
  const t = useT();
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-ink-2">
      {t('search.filter.outlet.hidden', { count })}
      <Button compact onClick={onShowAll}>
        {t('search.filter.outlet.showAll')}
      </Button>
    </p>
  );
}

function ResultList({
  heading,
  results,
  titles,
}: {
  heading: string;
  results: SearchResult[];
  titles: Map<string, string>;
}) {
  const t = useT();
  return (
    <section aria-label={heading}>
      <h2 className="mb-2 text-sm font-semibold text-ink">{heading}</h2>
      <ol className="space-y-2">
        {results.map((r, i) => (
          <li key={`${r.kind}:${r.highlightId ?? r.articleId}:${r.start ?? i}`}>
            <Link
              href={hrefFor(r)}
              className="block rounded-xl border border-line bg-surface p-3 hover:border-accent"
            >
              <span className="block text-xs text-muted">
                {t(KIND_LABEL[r.kind])} · {titles.get(r.articleId) ?? r.articleId}
              </span>
              <Snippet snippet={r.snippet} />
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The matched words are marked; everything is rendered as text. */
function Snippet({ snippet }: { snippet: SearchSnippet }) {
  const parts: Array<{ text: string; hit: boolean }> = [];
  let at = 0;
  for (const m of snippet.matches) {
    if (m.start > at) parts.push({ text: snippet.text.slice(at, m.start), hit: false });
    parts.push({ text: snippet.text.slice(m.start, m.end), hit: true });
    at = m.end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), hit: false });
  return (
    <span lang="de" className="mt-1 block font-serif text-[0.95rem] leading-snug text-ink-2">
      {parts.map((p, i) =>
        p.hit ? (
          <mark key={i} className="rounded bg-[var(--hl-yellow)] px-0.5 text-ink">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </span>
  );
}

/** Highlights open on themselves; text hits open the reader with the matched words selected. */
function hrefFor(r: SearchResult): string {
  if (r.highlightId) return readerHref(r.articleId, r.highlightId);
  const range =
    r.firstMatch ??
    (r.start !== undefined && r.end !== undefined ? { start: r.start, end: r.end } : undefined);
  return readerHref(r.articleId, range && { kind: 'passage', ...range });
}
