import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import type { SearchResult, SearchSnippet } from '@/domain/search';
import { EmptyState, ErrorState, Loading } from '@/shared/ui/states';
import { Page } from '@/shared/ui/page';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { useSearchIndex } from './use-search-index';
import { useSearchResults } from './use-search-results';
import { useT } from '@/shared/i18n';
import { useArticleStates } from '@/db/live';
import {
  articleOutlets,
  matchesOutlet,
  outletOptions,
  readOutletParam,
  withOutletParam,
} from '@/domain/library/outlets';
import { useManifest } from '@/shared/queries/articles';
import { Button } from '@/shared/ui/button';
import { useStableDetails, type DetailsById } from '@/shared/article-details/use-stable-details';
import { startSearchWorkerEarly } from './search-client';
import { SearchFrame } from './search-frame';
import { dropSearchFirstAnswer, searchFirstAnswer } from './search-first-answer';
import {
  hrefFor,
  KIND_LABEL,
  RESULT_CLASS,
  resultKey,
  snippetLanguage,
  snippetParts,
  splitResults,
  type ResultArticle,
} from './result-parts';

// The worker starts as this code loads, before the page renders (on a cold load the first render
// waits for the article list), so its script loads and starts while the articles download and
// are parsed; the page takes it over (use-search-index.ts), or it stops unused (search-client.ts).
startSearchWorkerEarly();

const NO_DETAILS: DetailsById = {};

/** Full-text search across articles, quotes, notes and tags; `/search?q=` is bookmarkable. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  // What was typed into the page built for search before the app took over (its field, which
  // this render replaces), read again once the app's field is in place: typing may go on while
  // this first render is drawn in slices.
  const [typed] = useState(fieldBeforeApp);
  const [query, setQuery] = useState(typed?.value ?? params.get('q') ?? '');
  const inputRef = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (!typed) return;
    // The page's field is outside React: what it holds now is read once, here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (typed.value !== query) setQuery(typed.value);
    inputRef.current?.setSelectionRange(typed.selectionStart, typed.selectionEnd);
    // Once, as the app's field replaces the page's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed]);
  const index = useSearchIndex();
  const { articles, loading } = index;
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
  // The results /search-first.js drew before the app started stay on screen until the app's
  // own index answers (the same results: they are drawn only where nothing is saved).
  const [drawn] = useState(() => (outlet ? undefined : searchFirstAnswer(query)));
  useEffect(() => dropSearchFirstAnswer(), []);
  const setQueryParam = (q: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (q) next.set('q', q);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  useEffect(() => {
    if (typed && typed.value !== (params.get('q') ?? '')) setQueryParam(typed.value);
    // Once, for what was typed before the app.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed]);
  // Built and searched in the search worker; the answer comes back as a transition.
  const { answer, failed: searchFailed } = useSearchResults(
    index.client,
    index.version,
    query,
    keep,
    drawn,
  );
  const failed = index.failed ?? searchFailed;
  const results = answer?.results ?? [];
  const hidden = answer?.hidden ?? 0;
  const { inText, inNotes } = splitResults(results);

  return (
    <Page width="3xl">
      <SearchFrame
        query={query}
        onQuery={(q) => {
          setQuery(q);
          setQueryParam(q);
        }}
        inputRef={inputRef}
        outlet={outlet}
        outletChoices={outletChoices}
        onOutlet={setOutlet}
      >
        {failed !== undefined ? (
          <ErrorState title={t('search.failed.title')} message={failed} />
        ) : loading && !answer ? (
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
          <div className={RESULT_CLASS.list}>
            <p className={RESULT_CLASS.count}>{t('search.count', { count: results.length })}</p>
            {inNotes.length > 0 && (
              <ResultList
                heading={t('search.section.notes')}
                results={inNotes}
                articles={articles}
              />
            )}
            {inText.length > 0 && (
              <ResultList heading={t('search.section.text')} results={inText} articles={articles} />
            )}
            {hidden > 0 && <OutletHidden count={hidden} onShowAll={() => setOutlet('')} />}
          </div>
        )}
      </SearchFrame>
    </Page>
  );
}

/**
 * The field of the page built for search (static-search.tsx), which the app's first render is
 * about to replace: what was typed into it before the app came, and the caret.
 */
function fieldBeforeApp(): HTMLInputElement | undefined {
  return (
    document.querySelector<HTMLInputElement>('[data-prerendered] input[type=search]') ?? undefined
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
  articles,
}: {
  heading: string;
  results: SearchResult[];
  articles: Map<string, ResultArticle>;
}) {
  const t = useT();
  return (
    <section aria-label={heading}>
      <h2 className={RESULT_CLASS.sectionHeading}>{heading}</h2>
      <ol className={RESULT_CLASS.items}>
        {results.map((r, i) => (
          <li key={resultKey(r, i)}>
            <Link href={hrefFor(r)} className={RESULT_CLASS.link}>
              <span className={RESULT_CLASS.kindAndTitle}>
                {t(KIND_LABEL[r.kind])} · {articles.get(r.articleId)?.title ?? r.articleId}
              </span>
              <Snippet snippet={r.snippet} lang={snippetLanguage(r, articles.get(r.articleId))} />
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The matched words are marked; everything is rendered as text. */
function Snippet({ snippet, lang }: { snippet: SearchSnippet; lang: string | undefined }) {
  return (
    <span lang={lang} className={RESULT_CLASS.snippet}>
      {snippetParts(snippet).map((p, i) =>
        p.hit ? (
          <mark key={i} className={RESULT_CLASS.hit}>
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </span>
  );
}
