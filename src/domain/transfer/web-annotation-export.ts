import type { Highlight, HighlightColor, Tag } from '@/domain/annotations/types';
import {
  WEB_ANNOTATION_CONTEXT,
  articleUrl,
  idToIri,
  type WebAnnotation,
  type WebAnnotationCollection,
  type WebTextualBody,
} from './web-annotation-types';

/** What the export needs to know about an article. */
export interface AnnotationArticle {
  id: string;
  title: string;
  source?: string;
}

function bodiesOf(highlight: Highlight, tagsById: ReadonlyMap<string, Tag>): WebTextualBody[] {
  const bodies: WebTextualBody[] = [];
  if (highlight.note.trim() !== '') {
    bodies.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: highlight.note,
      format: 'text/markdown',
    });
  }
  for (const tagId of highlight.tags) {
    const tag = tagsById.get(tagId);
    if (tag) {
      bodies.push({
        id: idToIri(tag.id, 'tag'),
        type: 'TextualBody',
        purpose: 'tagging',
        value: tag.name,
      });
    }
  }
  return bodies;
}

function toAnnotation(
  highlight: Highlight,
  tagsById: ReadonlyMap<string, Tag>,
  colorsById: ReadonlyMap<string, HighlightColor>,
  article: AnnotationArticle | undefined,
  baseUrl: string,
): WebAnnotation {
  const { position, quote, textHash } = highlight.target;
  const bodies = bodiesOf(highlight, tagsById);
  const color = colorsById.get(highlight.colorId);
  return {
    id: idToIri(highlight.id, 'highlight'),
    type: 'Annotation',
    motivation: highlight.note.trim() !== '' ? 'commenting' : 'highlighting',
    created: highlight.createdAt,
    modified: highlight.updatedAt,
    ...(bodies.length > 0 && { body: bodies }),
    target: {
      source: articleUrl(baseUrl, highlight.articleId),
      selector: [
        { type: 'TextPositionSelector', start: position.start, end: position.end },
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          ...(quote.prefix !== '' && { prefix: quote.prefix }),
          ...(quote.suffix !== '' && { suffix: quote.suffix }),
        },
      ],
      ...(textHash !== '' && { 'sidenote:textHash': textHash }),
      ...(article && { 'sidenote:articleTitle': article.title }),
      ...(article?.source !== undefined && { 'sidenote:articleSource': article.source }),
    },
    ...(color && { 'sidenote:color': color.label }),
    'sidenote:colorId': highlight.colorId,
  };
}

/**
 * The highlights as one W3C `AnnotationCollection` (JSON-LD). Each highlight becomes an
 * Annotation targeting `<baseUrl>/read/<articleId>` with a position and a quote selector; its note
 * is a Markdown `TextualBody`, each tag a `tagging` body; the colour travels as `sidenote:color`.
 * Highlights come out in article then reading order.
 */
export function toWebAnnotations(
  highlights: readonly Highlight[],
  tags: readonly Tag[],
  colors: readonly HighlightColor[],
  articles: readonly AnnotationArticle[],
  baseUrl: string,
): WebAnnotationCollection {
  const tagsById = new Map(tags.map((t) => [t.id, t]));
  const colorsById = new Map(colors.map((c) => [c.id, c]));
  const articlesById = new Map(articles.map((a) => [a.id, a]));
  const ordered = [...highlights].sort(
    (a, b) =>
      (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0) ||
      a.target.position.start - b.target.position.start ||
      a.target.position.end - b.target.position.end ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const items = ordered.map((h) =>
    toAnnotation(h, tagsById, colorsById, articlesById.get(h.articleId), baseUrl),
  );
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Sidenote highlights',
    total: items.length,
    generator: { id: baseUrl, type: 'Software', name: 'Sidenote' },
    first: { type: 'AnnotationPage', items },
  };
}
