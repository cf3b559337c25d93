import { Link } from 'wouter';
import type { ArticleState, Highlight, Tag } from '@/domain/annotations/types';
import {
  articleTagMatrix,
  tagArticleMatrix,
  type NotebookArticle,
} from '@/domain/notebook/notebook';
import { readerHref } from '@/shared/paths';
import { EmptyState } from '@/shared/ui/states';
import { useT } from '@/shared/i18n';
import { NO_OUTLET_KEY, outletOptions, type ArticleOutlet } from '@/domain/library/outlets';

interface OutletGroup {
  key: string;
  name: string;
  articles: NotebookArticle[];
}

/** Articles grouped by outlet (by name, "no outlet" last), each group in the order given. */
function groupByOutlet(
  articles: readonly NotebookArticle[],
  outlets: ReadonlyMap<string, ArticleOutlet>,
): OutletGroup[] {
  const shown = new Map([...outlets].filter(([id]) => articles.some((a) => a.id === id)));
  return outletOptions(shown).map((o) => ({
    key: o.key,
    name: o.name,
    articles: articles.filter((a) => (outlets.get(a.id)?.key ?? NO_OUTLET_KEY) === o.key),
  }));
}

interface TagMatrixProps {
  highlights: Highlight[];
  tags: Tag[];
  articles: NotebookArticle[];
  /** Each article's outlet: the columns are grouped by it. */
  outlets: ReadonlyMap<string, ArticleOutlet>;
  /** Saved article states, for the tags on articles themselves. */
  articleStates: Readonly<Record<string, ArticleState>>;
  onOpen: (tagId: string, articleId: string) => void;
}

/** Which sources say what about a theme: tags down, articles across, highlight counts in the cells. */
export function TagMatrix(props: TagMatrixProps) {
  const { highlights, tags, outlets, articleStates, onOpen } = props;
  const t = useT();
  // Columns side by side by outlet: which outlets say what about a theme.
  const groups = groupByOutlet(props.articles, outlets);
  const articles = groups.flatMap((g) => g.articles);
  // A line before each outlet's first column, so its group reads down the table.
  const starts = new Set(groups.map((g) => g.articles[0]?.id));
  const edge = (articleId: string) => (starts.has(articleId) ? 'border-l border-line' : '');
  const { rows, max } = tagArticleMatrix(highlights, tags, articles);
  const articleRows = articleTagMatrix(articleStates, tags, articles);
  if (rows.length === 0 && articleRows.length === 0) {
    return (
      <EmptyState title={t('notebook.matrix.empty.title')}>
        {t('notebook.matrix.empty.body')}
      </EmptyState>
    );
  }
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-surface">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t('notebook.matrix.caption')}</caption>
        <thead>
          <tr>
            <th
              scope="col"
              className="sticky left-0 bg-surface p-2 pb-0 text-left text-xs font-medium text-muted"
            >
              {t('notebook.matrix.outlet')}
            </th>
            {groups.map((g) => {
              const outlet = g.key === NO_OUTLET_KEY ? t('notebook.matrix.noOutlet') : g.name;
              return (
                <th
                  key={g.key}
                  scope="colgroup"
                  colSpan={g.articles.length}
                  className="border-l border-line p-2 pb-0 text-left text-xs font-semibold tracking-wide text-ink uppercase"
                >
                  <span className="sr-only">
                    {t('notebook.matrix.outletGroup', { outlet, count: g.articles.length })}
                  </span>
                  <span aria-hidden="true">{outlet}</span>
                </th>
              );
            })}
            <td />
          </tr>
          <tr>
            <th
              scope="col"
              className="sticky left-0 bg-surface p-2 text-left font-medium text-muted"
            >
              {t('notebook.matrix.tag')}
            </th>
            {articles.map((a) => (
              <th
                key={a.id}
                scope="col"
                className={`max-w-40 min-w-28 p-2 text-left align-bottom text-xs font-medium text-ink-2 ${edge(a.id)}`}
              >
                <span className="line-clamp-3">{a.title}</span>
              </th>
            ))}
            <th scope="col" className="p-2 text-right text-xs font-medium text-muted">
              {t('notebook.matrix.all')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.tag.id} className="border-t border-line">
              <th
                scope="row"
                className="sticky left-0 bg-surface p-2 text-left font-medium text-ink"
              >
                {row.tag.name}
              </th>
              {row.cells.map((cell) => {
                const title =
                  articles.find((a) => a.id === cell.articleId)?.title ?? cell.articleId;
                return (
                  <td key={cell.articleId} className={`p-1 text-center ${edge(cell.articleId)}`}>
                    {cell.count > 0 ? (
                      <button
                        type="button"
                        onClick={() => onOpen(cell.tagId, cell.articleId)}
                        aria-label={t('notebook.matrix.cell', {
                          count: cell.count,
                          tag: row.tag.name,
                          title,
                        })}
                        className="h-9 w-full rounded-md font-semibold text-ink tabular-nums hover:ring-2 hover:ring-accent"
                        style={{
                          background: `color-mix(in srgb, var(--accent) ${Math.round(12 + (cell.count / max) * 45)}%, transparent)`,
                        }}
                      >
                        {cell.count}
                      </button>
                    ) : (
                      <span className="text-muted" aria-label={t('notebook.matrix.none')}>
                        ·
                      </span>
                    )}
                  </td>
                );
              })}
              <td className="p-2 text-right tabular-nums text-ink-2">{row.total}</td>
            </tr>
          ))}
        </tbody>
        {articleRows.length > 0 && (
          <tbody>
            <tr className="border-t-2 border-line">
              <th
                scope="rowgroup"
                colSpan={articles.length + 2}
                className="sticky left-0 bg-surface p-2 pt-3 text-left text-xs font-medium tracking-wide text-muted uppercase"
              >
                {t('notebook.matrix.articleTags')}
              </th>
            </tr>
            {articleRows.map((row) => (
              <tr key={row.tag.id} className="border-t border-line">
                <th
                  scope="row"
                  className="sticky left-0 bg-surface p-2 text-left font-medium text-ink"
                >
                  {row.tag.name}
                </th>
                {row.tagged.map((tagged, i) => {
                  const article = articles[i];
                  if (!article) return null;
                  return (
                    <td key={article.id} className={`p-1 text-center ${edge(article.id)}`}>
                      {tagged ? (
                        <Link
                          href={readerHref(article.id)}
                          aria-label={t('notebook.matrix.articleTagged', {
                            title: article.title,
                            tag: row.tag.name,
                          })}
                          className="grid h-9 w-full place-items-center rounded-md text-accent hover:ring-2 hover:ring-accent"
                        >
                          <span aria-hidden="true">●</span>
                        </Link>
                      ) : (
                        <span className="text-muted" aria-label={t('notebook.matrix.notTagged')}>
                          ·
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="p-2 text-right text-ink-2 tabular-nums">{row.total}</td>
              </tr>
            ))}
          </tbody>
        )}
      </table>
    </div>
  );
}
