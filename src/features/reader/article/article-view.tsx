import { memo, useId, useMemo, useState, type Ref } from 'react';
import type { Article, Paragraph } from '@/domain/article/types';
import { articleDetail } from '@/domain/format/date';
import { groupRangesByParagraph } from '@/domain/segments';
import { resolveDetails } from '@/domain/article/details';
import { useStoredDetails } from './stored-details';
import { ParagraphText, type MarkRange } from './paragraph-text';
import { useLocale, useRichT, useT } from '@/shared/i18n';

/**
 * Above this many paragraphs, or highlights (each drawn as a few elements: 5,000 overlapping
 * ones made 2,300 marks), off-screen paragraphs skip style, layout and paint (CSS
 * content-visibility) until they come near the screen (benchmark row 4).
 */
const LONG_ARTICLE_PARAGRAPHS = 400;
const LONG_ARTICLE_MARKS = 1000;
const NO_MARKS: MarkRange[] = [];

interface ArticleViewProps {
  article: Article;
  /** Heading level of the title: 1 in the single reader, 2 inside a side-by-side pane. */
  level?: 1 | 2;
  /** Highlights to draw, oldest first (the newest is drawn on top where they overlap). */
  marks?: MarkRange[];
  focusedId?: string;
  /** The element holding the paragraphs: selections inside it can be highlighted. */
  textRef?: Ref<HTMLDivElement>;
  /** Accessible name of the text region, which takes focus for keyboard selection. */
  textLabel?: string;
}

/**
 * The article as the reader shows it: header, paragraphs from the text model, provenance. Text
 * size and line length come from CSS variables on <html> (the reader preferences), so the
 * markup is the same before the app starts (a prerendered page) and after.
 */
export function ArticleView(props: ArticleViewProps) {
  const { article, level = 1, marks = NO_MARKS, focusedId, textRef } = props;
  const t = useT();
  const rich = useRichT();
  // Interface text inside the article says which language it is in, not the article's.
  const locale = useLocale();
  const { textLabel = t('reader.article.textLabel') } = props;
  const hintId = useId();
  const Title = level === 1 ? 'h1' : 'h2';
  const byParagraph = useStableGroups(
    useMemo(() => groupRangesByParagraph(article.paragraphs, marks), [article.paragraphs, marks]),
  );
  const groups = useMemo(() => groupParagraphs(article.paragraphs), [article.paragraphs]);
  // The header shows the details as the reader set them, else as derived from the file.
  const stored = useStoredDetails(article.id);
  const details = useMemo(() => resolveDetails(article, stored), [article, stored]);
  const language = details.language.value ?? article.language;
  const byline = details.author.value;
  return (
    <article
      lang={language}
      className="prose-reader mx-auto text-ink"
      data-long={
        article.paragraphs.length > LONG_ARTICLE_PARAGRAPHS || marks.length > LONG_ARTICLE_MARKS
          ? ''
          : undefined
      }
    >
      <header className="mb-8 font-sans">
        <p className="text-xs font-medium tracking-wide text-muted uppercase" data-ui-words="">
          {articleDetail({
            source: details.outlet.value,
            date: details.articleDate,
            language,
            readingMinutes: article.readingMinutes,
            readingTime: (minutes) => t('reader.readingTime', { minutes }),
          })}
        </p>
        <Title className="mt-2 font-serif text-[1.4em] leading-tight font-semibold tracking-tight text-balance sm:text-[1.65em]">
          {details.title.value ?? article.title}
        </Title>
        {details.titleFromBody && (
          <p className="mt-2 text-xs text-muted" lang={locale} data-ui-words="">
            {t('reader.article.derivedTitle')}
          </p>
        )}
        {article.subtitle && (
          <p className="mt-3 font-serif text-[1.1em] leading-snug text-ink-2">{article.subtitle}</p>
        )}
        {byline && (
          <p className="mt-3 text-sm text-ink-2" lang={locale} data-ui-words="">
            {rich('reader.article.byline', {
              name: <span lang={language}>{byline}</span>,
            })}
          </p>
        )}
      </header>
      <p id={hintId} className="sr-only" lang={locale}>
        {t('reader.article.keyboardHint')}
      </p>
      <div
        ref={textRef}
        data-article-text={article.id}
        role="region"
        aria-label={textLabel}
        aria-describedby={hintId}
        tabIndex={0}
        className="rounded-sm focus-visible:outline-offset-8"
      >
        {groups.map((group) => (
          <ParagraphGroup
            key={group.items[0]?.paragraph.start}
            group={group}
            article={article}
            byParagraph={byParagraph}
            focusedId={focusedId}
          />
        ))}
      </div>
      {article.sourceLines.length > 0 && (
        <footer className="mt-10 border-t border-line pt-4 font-sans text-sm text-muted">
          <h2 className="sr-only" lang={locale}>
            {t('reader.article.source')}
          </h2>
          {article.sourceLines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </footer>
      )}
    </article>
  );
}

const sameMarks = (a: readonly MarkRange[], b: readonly MarkRange[]) =>
  a.length === b.length &&
  a.every((m, i) => {
    const o = b[i];
    return (
      o !== undefined &&
      m.id === o.id &&
      m.start === o.start &&
      m.end === o.end &&
      m.swatch === o.swatch
    );
  });

/**
 * Keeps each paragraph's previous mark list where its marks did not change, so a new highlight
 * re-renders only the paragraphs it touches (ParagraphText is memoised on `marks`).
 */
function useStableGroups(next: MarkRange[][]): MarkRange[][] {
  const [kept, setKept] = useState({ next, stable: next });
  if (kept.next === next) return kept.stable;
  const stable = next.map((marks, i) => {
    const old = kept.stable[i];
    return old && sameMarks(old, marks) ? old : marks;
  });
  setKept({ next, stable });
  return stable;
}

interface Group {
  kind: 'meta' | 'flow';
  items: Array<{ paragraph: Paragraph; index: number }>;
}

/** Runs of consecutive `meta` paragraphs (a teaser and its headline) are shown in one box. */
function groupParagraphs(paragraphs: Paragraph[]): Group[] {
  const groups: Group[] = [];
  paragraphs.forEach((paragraph, index) => {
    const kind = paragraph.kind === 'meta' ? 'meta' : 'flow';
    const last = groups.at(-1);
    const sameLang = last?.items[0]?.paragraph.lang === paragraph.lang;
    if (last?.kind === kind && (kind === 'flow' || sameLang)) last.items.push({ paragraph, index });
    else groups.push({ kind, items: [{ paragraph, index }] });
  });
  return groups;
}

const ParagraphGroup = memo(function ParagraphGroup({
  group,
  article,
  byParagraph,
  focusedId,
}: {
  group: Group;
  article: Article;
  byParagraph: MarkRange[][];
  focusedId?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const lang = (p: Paragraph) => (p.lang && p.lang !== article.language ? p.lang : undefined);
  const paragraph = (p: Paragraph, index: number, className?: string, label?: string) => {
    const marks = byParagraph[index] ?? NO_MARKS;
    return (
      <ParagraphText
        key={p.start}
        paragraph={p}
        text={article.text}
        marks={marks}
        // Only the paragraph holding the focused highlight re-renders when focus moves.
        focusedId={marks.some((m) => m.id === focusedId) ? focusedId : undefined}
        lang={lang(p)}
        className={className}
        label={label}
      />
    );
  };
  if (group.kind === 'flow') {
    return group.items.map(({ paragraph: p, index }) =>
      p.kind === 'caption'
        ? paragraph(
            p,
            index,
            'my-5 border-l-2 border-line pl-3 font-sans text-[0.8em] leading-normal text-muted',
            t('reader.article.caption'),
          )
        : paragraph(p, index),
    );
  }
  const first = group.items[0]?.paragraph;
  const teaser = first && lang(first) === 'en';
  return (
    <div className="my-6 rounded-lg bg-surface-2 px-4 py-3 text-[0.88em] text-ink-2">
      <p
        className="mb-1 font-sans text-[0.75em] font-semibold tracking-wide text-muted uppercase"
        lang={locale}
        data-ui-words=""
      >
        {teaser ? t('reader.article.teaser') : t('reader.article.fromPage')}
      </p>
      {group.items.map(({ paragraph: p, index }, i) => {
        const content = article.text.slice(p.start, p.end);
        const headline =
          i === 0 && group.items.length > 1 && content.length < 140 && !/[.!?:]$/.test(content);
        return paragraph(p, index, headline ? 'mb-1 font-semibold text-ink' : 'mt-1');
      })}
    </div>
  );
});
