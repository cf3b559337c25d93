import type { Article, Paragraph } from '@/domain/article/types';
import { articleDetail } from '@/domain/format/date';

/** Above this many paragraphs, off-screen ones skip layout (CSS content-visibility). */
const LONG_ARTICLE_PARAGRAPHS = 400;

interface ArticleViewProps {
  article: Article;
  /** Text size in px and line length in characters, from the reader preferences. */
  fontSize: number;
  measureCh: number;
  /** Heading level of the title: 1 in the single reader, 2 inside a side-by-side pane. */
  level?: 1 | 2;
}

/** The article as the reader shows it: header, paragraphs from the text model, provenance. */
export function ArticleView({ article, fontSize, measureCh, level = 1 }: ArticleViewProps) {
  const Title = level === 1 ? 'h1' : 'h2';
  return (
    <article
      lang={article.language}
      className="prose-reader mx-auto text-ink"
      style={{ fontSize: `${fontSize}px`, maxWidth: `${measureCh}ch` }}
      data-long={article.paragraphs.length > LONG_ARTICLE_PARAGRAPHS ? '' : undefined}
    >
      <header className="mb-8 font-sans">
        <p className="text-xs font-medium uppercase tracking-wide text-muted">
          {articleDetail(article)}
        </p>
        <Title className="mt-2 font-serif text-[1.4em] sm:text-[1.65em] leading-tight font-semibold tracking-tight text-balance">
          {article.title}
        </Title>
        {article.titleSource === 'derived' && (
          <p className="mt-2 text-xs text-muted" lang="en">
            The file has no title; this one is taken from its first sentence.
          </p>
        )}
        {article.subtitle && (
          <p className="mt-3 font-serif text-[1.1em] leading-snug text-ink-2">{article.subtitle}</p>
        )}
        {article.byline && (
          <p className="mt-3 text-sm text-ink-2" lang="en">
            By <span lang={article.language}>{article.byline}</span>
          </p>
        )}
      </header>
      <div>
        {groupParagraphs(article.paragraphs).map((group) =>
          group.kind === 'meta' ? (
            <MetaBlock key={group.items[0]?.start} group={group.items} article={article} />
          ) : (
            group.items.map((p) => (
              <ParagraphView
                key={p.start}
                paragraph={p}
                text={article.text}
                articleLang={article.language}
              />
            ))
          ),
        )}
      </div>
      {article.sourceLines.length > 0 && (
        <footer className="mt-10 border-t border-line pt-4 font-sans text-sm text-muted">
          <h2 className="sr-only" lang="en">
            Source
          </h2>
          {article.sourceLines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </footer>
      )}
    </article>
  );
}

/** Runs of consecutive `meta` paragraphs (a teaser, its headline) are shown in one box. */
function groupParagraphs(paragraphs: Paragraph[]) {
  const groups: Array<{ kind: 'meta' | 'flow'; items: Paragraph[] }> = [];
  for (const p of paragraphs) {
    const kind = p.kind === 'meta' ? 'meta' : 'flow';
    const last = groups.at(-1);
    if (last?.kind === kind && (kind === 'flow' || last.items[0]?.lang === p.lang))
      last.items.push(p);
    else groups.push({ kind, items: [p] });
  }
  return groups;
}

function MetaBlock({ group, article }: { group: Paragraph[]; article: Article }) {
  const lang = group[0]?.lang && group[0].lang !== article.language ? group[0].lang : undefined;
  return (
    <div className="my-6 rounded-lg bg-surface-2 px-4 py-3 text-[0.88em] text-ink-2">
      <p
        className="mb-1 font-sans text-[0.75em] font-semibold tracking-wide text-muted uppercase"
        lang="en"
      >
        {lang === 'en' ? 'Teaser of the English original' : 'From the page'}
      </p>
      {group.map((p, i) => {
        const content = article.text.slice(p.start, p.end);
        const isHeadline =
          i === 0 && group.length > 1 && content.length < 140 && !/[.!?:]$/.test(content);
        return (
          <p
            key={p.start}
            data-start={p.start}
            data-end={p.end}
            lang={lang}
            className={isHeadline ? 'mb-1 font-semibold text-ink' : 'mt-1'}
          >
            {content}
          </p>
        );
      })}
    </div>
  );
}

function ParagraphView({
  paragraph,
  text,
  articleLang,
}: {
  paragraph: Paragraph;
  text: string;
  articleLang: string;
}) {
  const content = text.slice(paragraph.start, paragraph.end);
  const common = {
    'data-start': paragraph.start,
    'data-end': paragraph.end,
    lang: paragraph.lang && paragraph.lang !== articleLang ? paragraph.lang : undefined,
  };
  if (paragraph.kind === 'caption') {
    return (
      <p
        {...common}
        className="my-5 border-l-2 border-line pl-3 font-sans text-[0.8em] leading-normal text-muted"
      >
        <span className="mr-1.5 text-[0.85em] font-semibold uppercase tracking-wide" lang="en">
          Caption
        </span>
        {content}
      </p>
    );
  }
  return <p {...common}>{content}</p>;
}
