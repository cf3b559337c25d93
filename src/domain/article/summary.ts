/** What the library shows for an article without loading its text. */
import { truncateAtWord } from './derive-title';
import { deriveOutlet } from './outlets';
import type { Article, ArticleSummary } from './types';

export const EXCERPT_MAX = 200;

/** Body paragraphs joined by a space; all paragraphs when the article has no body. */
export function bodyText(article: Article, max = Infinity): string {
  const body = article.paragraphs.filter((p) => p.kind === 'body');
  const source = body.length > 0 ? body : article.paragraphs;
  const parts: string[] = [];
  let length = 0;
  for (const p of source) {
    if (length > max) break;
    const text = article.text.slice(p.start, p.end);
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join(' ');
}

export function summarizeArticle(article: Article): ArticleSummary {
  const summary: ArticleSummary = {
    title: article.title,
    titleSource: article.titleSource,
    language: article.language,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    excerpt: truncateAtWord(bodyText(article, EXCERPT_MAX), EXCERPT_MAX),
  };
  if (article.subtitle !== undefined) summary.subtitle = article.subtitle;
  if (article.byline !== undefined) summary.byline = article.byline;
  if (article.date !== undefined) summary.date = article.date;
  if (article.source !== undefined) summary.source = article.source;
  const { outlet, agency } = deriveOutlet(article);
  if (outlet !== undefined) summary.outlet = outlet;
  if (agency !== undefined) summary.agency = agency;
  return summary;
}
