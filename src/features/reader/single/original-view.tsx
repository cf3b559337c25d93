import type { Article } from '@/domain/article/types';
import { useRichT, useT } from '@/shared/i18n';

/** The file exactly as shipped, so nothing the parser moved or dropped is ever out of reach. */
export function OriginalView({
  raw,
  article,
  file,
}: {
  raw: string;
  article: Article;
  file: string;
}) {
  const t = useT();
  const rich = useRichT();
  return (
    <section aria-labelledby="original-heading" className="font-sans">
      <h1 id="original-heading" className="text-lg font-semibold text-ink">
        {rich('reader.original.heading', {
          file: <span className="font-mono text-sm font-normal text-muted">{file}</span>,
        })}
      </h1>
      <p className="mt-1 text-sm text-ink-2">
        {t('reader.original.intro')}
        {article.removed.length > 0 && ` ${t('reader.original.removed')}`}
      </p>
      {article.removed.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-1.5">
          {article.removed.map((r, i) => (
            <li key={i} className="rounded bg-surface-2 px-2 py-0.5 font-mono text-xs text-ink-2">
              {r}
            </li>
          ))}
        </ul>
      )}
      <pre
        lang={article.language}
        className="mt-5 rounded-xl border border-line bg-surface p-4 font-mono text-[13px] leading-relaxed whitespace-pre-wrap text-ink"
      >
        {raw}
      </pre>
    </section>
  );
}
