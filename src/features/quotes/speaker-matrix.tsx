import type { SpeakerTable } from '@/domain/quotes';
import { useT } from '@/shared/i18n';
import type { QuotedArticle } from './use-library-quotes';

/**
 * The speaker × article table: who is quoted how often in which article. A count opens that
 * speaker's quotes in that article; a name opens all of theirs.
 */
export function SpeakerMatrix({
  table,
  articles,
  onPick,
}: {
  table: SpeakerTable;
  articles: QuotedArticle[];
  onPick: (speaker: string, article?: string) => void;
}) {
  const t = useT();
  const byId = new Map(articles.map((a) => [a.article.id, a]));
  const column = (id: string) => byId.get(id);
  return (
    <section aria-labelledby="speaker-matrix" className="space-y-2">
      <h2 id="speaker-matrix" className="font-serif text-xl font-semibold text-ink">
        {t('quotes.matrix.heading')}
      </h2>
      <div className="overflow-x-auto rounded-xl border border-line">
        <table className="w-full border-collapse text-sm">
          <thead className="bg-surface-2 text-left text-xs text-ink-2">
            <tr>
              <th scope="col" className="sticky left-0 bg-surface-2 px-3 py-2 font-medium">
                {t('quotes.matrix.speaker')}
              </th>
              {table.articles.map((id) => (
                <th
                  key={id}
                  scope="col"
                  title={column(id)?.title}
                  className="max-w-32 px-2 py-2 text-center font-medium"
                >
                  <span className="line-clamp-2">{column(id)?.outlet ?? column(id)?.title}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key} className="border-t border-line">
                <th
                  scope="row"
                  className="sticky left-0 bg-paper px-3 py-1.5 text-left font-normal"
                >
                  <button
                    type="button"
                    className="text-left text-ink underline-offset-2 hover:underline"
                    onClick={() => onPick(row.key)}
                  >
                    <span className="font-medium">{row.name}</span>
                    {row.roles[0] && (
                      <span className="hidden text-muted sm:inline"> · {row.roles[0]}</span>
                    )}
                  </button>
                </th>
                {table.articles.map((id) => {
                  const n = row.counts[id] ?? 0;
                  return (
                    <td key={id} className="px-2 py-1.5 text-center tabular-nums">
                      {n > 0 ? (
                        <button
                          type="button"
                          aria-label={t('quotes.matrix.cell', {
                            count: n,
                            speaker: row.name,
                            article: column(id)?.title ?? id,
                          })}
                          className="min-w-8 rounded-md bg-accent-soft px-2 py-0.5 font-semibold text-accent hover:bg-accent hover:text-accent-ink"
                          onClick={() => onPick(row.key, id)}
                        >
                          {n}
                        </button>
                      ) : (
                        <span className="text-muted" aria-hidden>
                          ·
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr className="border-t border-line text-muted">
              <th
                scope="row"
                className="sticky left-0 bg-paper px-3 py-1.5 text-left font-normal italic"
              >
                {t('quotes.unattributed')}
              </th>
              {table.articles.map((id) => (
                <td key={id} className="px-2 py-1.5 text-center tabular-nums">
                  {table.unattributed[id] ?? <span aria-hidden>·</span>}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
