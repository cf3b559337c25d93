/**
 * The invariants every `Article` must hold, as a checker that lists what is wrong. Used by the
 * tests and usable wherever an article comes from outside (an import, a cached copy).
 */
import type { Article } from './types';
import { PARAGRAPH_SEPARATOR } from './assemble';

export function checkArticleInvariants(article: Article): string[] {
  const problems: string[] = [];
  const { text, paragraphs } = article;
  if (paragraphs.length === 0 && text !== '') problems.push('text without paragraphs');
  let expectedStart = 0;
  paragraphs.forEach((p, i) => {
    const where = `paragraph ${i}`;
    if (p.start !== expectedStart)
      problems.push(`${where} starts at ${p.start}, expected ${expectedStart}`);
    if (!(p.end > p.start)) problems.push(`${where} is empty`);
    if (p.end > text.length) problems.push(`${where} ends after the text`);
    const slice = text.slice(p.start, p.end);
    if (slice !== slice.trim()) problems.push(`${where} is not trimmed`);
    if (slice.includes('\n')) problems.push(`${where} contains a line break`);
    if (p.lang === article.language) problems.push(`${where} repeats the article language`);
    expectedStart = p.end + PARAGRAPH_SEPARATOR.length;
  });
  const joined = paragraphs.map((p) => text.slice(p.start, p.end)).join(PARAGRAPH_SEPARATOR);
  if (joined !== text) problems.push('text is not exactly the paragraphs joined by a blank line');
  if (article.readingMinutes < 1) problems.push('reading time below one minute');
  if (!article.title) problems.push('no title');
  return problems;
}
