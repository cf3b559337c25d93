import { useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { groupQuotesBySpeaker, speakerTable } from '@/domain/quotes';
import { EmptyState, ErrorState, Loading } from '@/shared/ui/states';
import { Page, PageHeader } from '@/shared/ui/page';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { useT } from '@/shared/i18n';
import { QuoteList } from './quote-list';
import { SpeakerMatrix } from './speaker-matrix';
import { useLibraryQuotes } from './use-library-quotes';

/**
 * Who is quoted (`/quotes`, or one article: `/quotes?article=<id>`): every direct quotation with
 * its speaker where the text says it, a speaker × article table, each quote opening its place.
 */
export function QuotesPage() {
  const t = useT();
  useDocumentTitle(t('quotes.title'));
  const [params, setParams] = useSearchParams();
  const articleId = params.get('article') ?? '';
  const speaker = params.get('speaker') ?? '';
  const { articles, corrections, loading, failed } = useLibraryQuotes();
  const quoted = useMemo(() => articles.filter((a) => a.quotes.length > 0), [articles]);
  const shown = useMemo(
    () => (articleId ? articles.filter((a) => a.article.id === articleId) : quoted),
    [articles, quoted, articleId],
  );
  const groups = useMemo(
    () =>
      groupQuotesBySpeaker(
        shown.map((a) => ({ id: a.article.id, quotes: a.quotes })),
        corrections,
      ),
    [shown, corrections],
  );
  const table = useMemo(
    () =>
      speakerTable(
        quoted.map((a) => ({ id: a.article.id, quotes: a.quotes })),
        corrections,
      ),
    [quoted, corrections],
  );
  const set = (next: { article?: string; speaker?: string }) =>
    setParams(
      (p) => {
        for (const [k, v] of Object.entries(next)) {
          if (v) p.set(k, v);
          else p.delete(k);
        }
        return p;
      },
      { replace: true },
    );
  const total = shown.reduce((n, a) => n + a.quotes.length, 0);

  return (
    <Page width="4xl" sections>
      <PageHeader title={t('quotes.title')} gap="none" description={t('quotes.description')}>
        <label className="flex flex-col text-xs text-ink-2">
          {t('quotes.article')}
          <select
            value={articleId}
            onChange={(e) => set({ article: e.target.value, speaker: '' })}
            className="mt-1 h-9 max-w-72 rounded-lg border border-line bg-surface px-2 text-sm text-ink"
          >
            <option value="">{t('quotes.allArticles')}</option>
            {articles.map((a) => (
              <option key={a.article.id} value={a.article.id}>
                {a.outlet ? `${a.outlet} · ${a.title}` : a.title}
              </option>
            ))}
          </select>
        </label>
      </PageHeader>
      {failed !== undefined ? (
        <ErrorState title={t('quotes.failed')} message={failed} />
      ) : loading ? (
        <Loading label={t('quotes.loading')} />
      ) : total === 0 ? (
        <EmptyState title={t('quotes.none')}>{t('quotes.noneHint')}</EmptyState>
      ) : (
        <>
          {!articleId && (
            <SpeakerMatrix
              table={table}
              articles={quoted}
              onPick={(s, article) => set({ speaker: s, article })}
            />
          )}
          <QuoteList
            groups={groups}
            articles={articles}
            corrections={corrections}
            speaker={speaker}
            onClearSpeaker={() => set({ speaker: '' })}
          />
        </>
      )}
    </Page>
  );
}
