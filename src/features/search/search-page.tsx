import { useDeferredValue, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import { search, type SearchResult, type SearchSnippet } from '@/domain/search';
import { EmptyState, Loading } from '@/shared/ui/states';
import { Icon } from '@/shared/ui/icons';
import { Page } from '@/shared/ui/page';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { useSearchIndex } from './use-search-index';
import { readerHref } from '@/shared/paths';
import { useT, type MessageId } from '@/shared/i18n';

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
  const deferred = useDeferredValue(query);
  const { index, titles, loading } = useSearchIndex();
  const t = useT();
  useDocumentTitle(query ? t('search.documentTitle.query', { query }) : t('search.title'));

  const results = useMemo(
    () => (index && deferred.trim() ? search(index, deferred, { limit: 80 }) : []),
    [index, deferred],
  );
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
            setQuery(e.target.value);
            setParams(e.target.value ? { q: e.target.value } : {}, { replace: true });
          }}
          className="h-12 w-full rounded-xl border border-line bg-surface pr-3 pl-10 text-base text-ink shadow-sm"
        />
      </form>
      <div className="mt-6" aria-live="polite">
        {loading ? (
          <Loading label={t('search.loading')} />
        ) : !deferred.trim() ? (
          <EmptyState title={t('search.start.title')}>{t('search.start.body')}</EmptyState>
        ) : results.length === 0 ? (
          <EmptyState title={t('search.none.title', { query: deferred })}>
            {t('search.none.body')}
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
          </div>
        )}
      </div>
    </Page>
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
