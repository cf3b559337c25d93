/** Test helpers: small articles, highlights and tags, and the seed files. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle, type Article } from '@/domain/article';
import type { Highlight, Tag } from '@/domain/annotations/types';
import type { SearchArticle } from './types';

/** An article whose paragraphs are joined by a blank line, as the parser does. */
export function makeArticle(
  id: string,
  title: string,
  paragraphs: string[],
  source?: string,
): SearchArticle {
  const ranges: { start: number; end: number }[] = [];
  let text = '';
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    ranges.push({ start: text.length, end: text.length + p.length });
    text += p;
  }
  return source === undefined
    ? { id, title, text, paragraphs: ranges }
    : { id, title, text, paragraphs: ranges, source };
}

/** A highlight on the first occurrence of `quote` in the article. */
export function makeHighlight(
  id: string,
  article: SearchArticle,
  quote: string,
  note = '',
  tags: string[] = [],
): Highlight {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in ${article.id}: ${quote}`);
  return {
    id,
    articleId: article.id,
    target: {
      position: { type: 'TextPositionSelector', start, end: start + quote.length },
      quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
      textHash: 'test',
    },
    colorId: 'yellow',
    note,
    tags,
    createdAt: '2024-06-01T00:00:00.000Z',
    updatedAt: '2024-06-01T00:00:00.000Z',
  };
}

export function makeTag(id: string, name: string): Tag {
  return { id, name, color: 'gray', description: '', createdAt: '2024-06-01T00:00:00.000Z' };
}

const SEED_DIR = path.resolve(import.meta.dirname, '../../../public/seeds');

/** Every seed in `public/seeds/`, parsed. */
export function loadSeeds(): Article[] {
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const result = parseArticle(
        file.replace(/\.txt$/, ''),
        readFileSync(path.join(SEED_DIR, file), 'utf8'),
      );
      if (!result.ok) throw new Error(`${file}: ${result.error.code}`);
      return result.article;
    });
}
