import type { Highlight, HighlightColor, HighlightLink, Tag } from '@/domain/annotations/types';
import {
  WEB_ANNOTATION_CONTEXT,
  articleUrl,
  idToIri,
  type WebAnnotation,
  type WebAnnotationCollection,
  type WebLinkAnnotation,
  type WebTarget,
  type WebTextualBody,
} from './web-annotation-types';

/** What the export needs to know about an article. */
export interface AnnotationArticle {
  id: string;
  title: string;
  source?: string;
}

export interface WebAnnotationExportOptions {
  /** Links between highlights: each whose two ends are exported becomes a `linking` annotation. */
  links?: readonly HighlightLink[];
  /** The collection's IRI (`urn:uuid:…` from the caller); its page is `<id>#page-1`. */
  id?: string;
}

/** The collection's IRI when the caller gives none (a test, a tool): a name, not an address. */
export const DEFAULT_COLLECTION_ID = 'urn:sidenote:annotations';

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
        type: 'TextualBody',
        purpose: 'tagging',
        value: tag.name,
        'sidenote:tagId': tag.id,
      });
    }
  }
  return bodies;
}

/** A highlight's passage as a SpecificResource: the article's address and both selectors. */
function targetOf(
  highlight: Highlight,
  article: AnnotationArticle | undefined,
  baseUrl: string,
): WebTarget {
  const { position, quote, textHash } = highlight.target;
  return {
    type: 'SpecificResource',
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
  };
}

function toAnnotation(
  highlight: Highlight,
  tagsById: ReadonlyMap<string, Tag>,
  colorsById: ReadonlyMap<string, HighlightColor>,
  article: AnnotationArticle | undefined,
  baseUrl: string,
): WebAnnotation {
  const bodies = bodiesOf(highlight, tagsById);
  const color = colorsById.get(highlight.colorId);
  return {
    id: idToIri(highlight.id, 'highlight'),
    type: 'Annotation',
    motivation: highlight.note.trim() !== '' ? 'commenting' : 'highlighting',
    created: highlight.createdAt,
    modified: highlight.updatedAt,
    ...(bodies.length > 0 && { body: bodies }),
    target: targetOf(highlight, article, baseUrl),
    ...(color && { 'sidenote:color': color.label }),
    'sidenote:colorId': highlight.colorId,
  };
}

/**
 * A link as a `linking` annotation (docs/decisions/0020-links-in-web-annotation.md): its targets
 * are both passages, each naming its highlight's annotation (`sidenote:highlight`); its bodies
 * are the relation (`classifying`, the relation's id) and the note (`commenting`, plain text).
 */
function toLinkAnnotation(
  link: HighlightLink,
  from: Highlight,
  to: Highlight,
  articleOf: (h: Highlight) => AnnotationArticle | undefined,
  baseUrl: string,
): WebLinkAnnotation {
  const end = (h: Highlight): WebTarget => ({
    ...targetOf(h, articleOf(h), baseUrl),
    'sidenote:highlight': idToIri(h.id, 'highlight'),
  });
  const body: WebTextualBody[] = [
    { type: 'TextualBody', purpose: 'classifying', value: link.relation },
  ];
  if (link.note.trim() !== '') {
    body.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: link.note,
      format: 'text/plain',
    });
  }
  return {
    id: idToIri(link.id, 'link'),
    type: 'Annotation',
    motivation: 'linking',
    created: link.createdAt,
    body,
    target: [end(from), end(to)],
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The highlights as one W3C `AnnotationCollection` (JSON-LD). Each highlight becomes an
 * Annotation targeting `<baseUrl>/read/<articleId>` with a position and a quote selector; its note
 * is a Markdown `TextualBody`, each tag a `tagging` body; the colour travels as `sidenote:color`.
 * Highlights come out in article then reading order, then the links between them (oldest first)
 * as `linking` annotations; a link with an end that is not exported (a group member's highlight)
 * is left out.
 */
export function toWebAnnotations(
  highlights: readonly Highlight[],
  tags: readonly Tag[],
  colors: readonly HighlightColor[],
  articles: readonly AnnotationArticle[],
  baseUrl: string,
  options: WebAnnotationExportOptions = {},
): WebAnnotationCollection {
  const tagsById = new Map(tags.map((t) => [t.id, t]));
  const colorsById = new Map(colors.map((c) => [c.id, c]));
  const articlesById = new Map(articles.map((a) => [a.id, a]));
  const highlightsById = new Map(highlights.map((h) => [h.id, h]));
  const articleOf = (h: Highlight) => articlesById.get(h.articleId);
  const ordered = [...highlights].sort(
    (a, b) =>
      compare(a.articleId, b.articleId) ||
      a.target.position.start - b.target.position.start ||
      a.target.position.end - b.target.position.end ||
      compare(a.id, b.id),
  );
  const links = [...(options.links ?? [])]
    .sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.id, b.id))
    .flatMap((link) => {
      const from = highlightsById.get(link.fromId);
      const to = highlightsById.get(link.toId);
      return from && to && from !== to
        ? [toLinkAnnotation(link, from, to, articleOf, baseUrl)]
        : [];
    });
  const items = [
    ...ordered.map((h) => toAnnotation(h, tagsById, colorsById, articleOf(h), baseUrl)),
    ...links,
  ];
  const id = options.id ?? DEFAULT_COLLECTION_ID;
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Sidenote highlights',
    total: items.length,
    generator: { id: baseUrl, type: 'Software', name: 'Sidenote' },
    first: { id: `${id}#page-1`, type: 'AnnotationPage', items },
  };
}
