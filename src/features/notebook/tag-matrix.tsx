import type { Highlight, Tag } from '@/domain/annotations/types';
import { tagArticleMatrix, type NotebookArticle } from '@/domain/notebook/notebook';
import { EmptyState } from '@/shared/ui/states';

interface TagMatrixProps {
  highlights: Highlight[];
  tags: Tag[];
  articles: NotebookArticle[];
  onOpen: (tagId: string, articleId: string) => void;
}

/** Which sources say what about a theme: tags down, articles across, highlight counts in the cells. */
export function TagMatrix({ highlights, tags, articles, onOpen }: TagMatrixProps) {
  const { rows, max } = tagArticleMatrix(highlights, tags, articles);
  if (rows.length === 0) {
    return (
      <EmptyState title="No tagged highlights yet">
        Tag highlights in the reader (select one, then add tags in its card). This table then shows
        how many highlights each article has for each tag.
      </EmptyState>
    );
  }
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-surface">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Highlights per tag and article</caption>
        <thead>
          <tr>
            <th
              scope="col"
              className="sticky left-0 bg-surface p-2 text-left font-medium text-muted"
            >
              Tag
            </th>
            {articles.map((a) => (
              <th
                key={a.id}
                scope="col"
                className="max-w-40 min-w-28 p-2 text-left align-bottom text-xs font-medium text-ink-2"
              >
                <span className="line-clamp-3">{a.title}</span>
              </th>
            ))}
            <th scope="col" className="p-2 text-right text-xs font-medium text-muted">
              All
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
                  <td key={cell.articleId} className="p-1 text-center">
                    {cell.count > 0 ? (
                      <button
                        type="button"
                        onClick={() => onOpen(cell.tagId, cell.articleId)}
                        aria-label={`${cell.count} ${cell.count === 1 ? 'highlight' : 'highlights'} tagged ${row.tag.name} in “${title}”`}
                        className="h-9 w-full rounded-md font-semibold text-ink tabular-nums hover:ring-2 hover:ring-accent"
                        style={{
                          background: `color-mix(in srgb, var(--accent) ${Math.round(12 + (cell.count / max) * 45)}%, transparent)`,
                        }}
                      >
                        {cell.count}
                      </button>
                    ) : (
                      <span className="text-muted" aria-label="none">
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
      </table>
    </div>
  );
}
