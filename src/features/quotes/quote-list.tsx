import { useId, useState } from 'react';
import { Link } from 'wouter';
import type {
  CorrectedQuote,
  LibraryCorrections,
  QuotesBySpeaker,
  SpeakerGroup,
} from '@/domain/quotes';
import { shorten } from '@/domain/text/excerpt';
import { getDb, setQuoteSpeaker } from '@/db';
import { readerHref } from '@/shared/paths';
import { showToast } from '@/shared/stores/toasts';
import { Button } from '@/shared/ui/button';
import { dbErrorText } from '@/shared/ui/error-text';
import { useT } from '@/shared/i18n';
import type { QuotedArticle } from './use-library-quotes';

interface ListProps {
  groups: QuotesBySpeaker;
  articles: QuotedArticle[];
  corrections: LibraryCorrections;
  /** A speaker key to show alone; '' shows everyone. */
  speaker: string;
  onClearSpeaker: () => void;
}

/** The quotes by speaker (most quoted first), then those the text attributes to nobody. */
export function QuoteList({ groups, articles, speaker, onClearSpeaker }: ListProps) {
  const t = useT();
  const listId = useId();
  const byId = new Map(articles.map((a) => [a.article.id, a]));
  const speakers = speaker ? groups.speakers.filter((g) => g.key === speaker) : groups.speakers;
  return (
    <section aria-labelledby={`${listId}-h`} className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${listId}-h`} className="font-serif text-xl font-semibold text-ink">
          {t('quotes.list.heading')}
        </h2>
        {speaker && (
          <Button compact variant="ghost" icon="close" onClick={onClearSpeaker}>
            {t('quotes.list.everyone')}
          </Button>
        )}
      </div>
      <datalist id={`${listId}-names`}>
        {groups.speakers.map((g) => (
          <option key={g.key} value={g.name} />
        ))}
      </datalist>
      {speakers.map((g) => (
        <SpeakerSection key={g.key} group={g} byId={byId} names={`${listId}-names`} />
      ))}
      {!speaker && groups.unattributed.length > 0 && (
        <section aria-label={t('quotes.unattributed')} className="space-y-2">
          <h3 className="font-sans text-base font-semibold text-ink">
            {t('quotes.unattributed')}{' '}
            <span className="font-normal text-muted">· {groups.unattributed.length}</span>
          </h3>
          <p className="text-sm text-ink-2">{t('quotes.unattributedHint')}</p>
          <ol className="space-y-3">
            {groups.unattributed.map(({ articleId, quote }) => (
              <QuoteItem
                key={`${articleId}:${quote.key}`}
                quote={quote}
                article={byId.get(articleId)}
                names={`${listId}-names`}
              />
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}

function SpeakerSection({
  group,
  byId,
  names,
}: {
  group: SpeakerGroup;
  byId: Map<string, QuotedArticle>;
  names: string;
}) {
  return (
    <section aria-label={group.name} className="space-y-2">
      <h3 className="font-sans text-base font-semibold text-ink">
        {group.name}
        {group.roles.length > 0 && (
          <span className="font-normal text-ink-2"> · {group.roles.join(', ')}</span>
        )}{' '}
        <span className="font-normal text-muted">· {group.quotes.length}</span>
      </h3>
      <ol className="space-y-3">
        {group.quotes.map(({ articleId, quote }) => (
          <QuoteItem
            key={`${articleId}:${quote.key}`}
            quote={quote}
            article={byId.get(articleId)}
            names={names}
          />
        ))}
      </ol>
    </section>
  );
}

function QuoteItem({
  quote,
  article,
  names,
}: {
  quote: CorrectedQuote;
  article: QuotedArticle | undefined;
  names: string;
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(quote.speaker?.name ?? '');
  if (!article) return null;
  const id = article.article.id;
  const save = async (speaker: string | undefined) => {
    try {
      await setQuoteSpeaker(await getDb(), id, quote.key, speaker);
      setEditing(false);
    } catch (err) {
      showToast({ tone: 'error', message: t('quotes.notSaved', { reason: dbErrorText(err) }) });
    }
  };
  // A quote the reader set to nobody has no speaker, but was still corrected by them.
  const how = quote.speaker?.source ?? (quote.original !== undefined ? 'reader' : undefined);
  return (
    <li className="rounded-xl border border-line bg-surface p-3">
      <q
        lang={article.article.language}
        className="font-serif text-[1.05em] leading-relaxed text-ink"
      >
        {shorten(quote.text, 420)}
      </q>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-ink-2">
        <span>
          {article.outlet ? `${article.outlet} · ` : ''}
          <span className="italic">{shorten(article.title, 70)}</span>
        </span>
        {how && <span className="text-muted">{t(`quotes.how.${how}`)}</span>}
        {quote.original !== undefined && (
          <span className="text-muted">
            {quote.original
              ? t('quotes.wasSpeaker', { name: quote.original.name })
              : t('quotes.wasNobody')}
          </span>
        )}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <Link
          href={readerHref(id, { kind: 'passage', start: quote.start, end: quote.end })}
          className="text-accent underline underline-offset-2"
        >
          {t('quotes.open')}
        </Link>
        {!editing && (
          <button
            type="button"
            className="text-ink-2 underline underline-offset-2"
            onClick={() => {
              setName(quote.speaker?.name ?? '');
              setEditing(true);
            }}
          >
            {t('quotes.correct')}
          </button>
        )}
        {quote.original !== undefined && !editing && (
          <button
            type="button"
            className="text-ink-2 underline underline-offset-2"
            onClick={() => void save(undefined)}
          >
            {t('quotes.resetSpeaker')}
          </button>
        )}
      </div>
      {editing && (
        <form
          className="mt-2 flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void save(name);
          }}
        >
          <label className="flex min-w-48 flex-1 flex-col text-xs text-ink-2">
            {t('quotes.speaker')}
            <input
              list={names}
              value={name}
              autoFocus
              onChange={(e) => setName(e.target.value)}
              className="mt-1 h-9 rounded-lg border border-line bg-surface px-2 text-sm text-ink"
            />
          </label>
          <Button compact type="submit" disabled={!name.trim()}>
            {t('quotes.save')}
          </Button>
          <Button compact variant="ghost" onClick={() => void save('')}>
            {t('quotes.nobody')}
          </Button>
          <Button compact variant="ghost" onClick={() => setEditing(false)}>
            {t('quotes.cancel')}
          </Button>
        </form>
      )}
    </li>
  );
}
