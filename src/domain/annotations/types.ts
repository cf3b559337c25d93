/**
 * Annotations on articles. Highlights anchor to `Article.text` through W3C Web Annotation
 * selectors (https://www.w3.org/TR/annotation-model/#selectors), so they survive edits to the file.
 */

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface HighlightTarget {
  position: TextPositionSelector;
  quote: TextQuoteSelector;
  /** SHA-256 (hex) of the `Article.text` the selectors were made on. */
  textHash: string;
}

export interface Highlight {
  id: string;
  articleId: string;
  target: HighlightTarget;
  /** Id of a colour in the user's palette. */
  colorId: string;
  /** Markdown. Empty string when there is none. */
  note: string;
  /** Tag ids. */
  tags: string[];
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

export interface HighlightColor {
  id: string;
  /** What the colour means to the user ("key claim", "disputed", …). */
  label: string;
  /** A palette key the UI maps to light and dark shades. */
  swatch: 'yellow' | 'green' | 'blue' | 'pink' | 'purple' | 'orange';
  order: number;
}

export interface Tag {
  id: string;
  name: string;
  color: HighlightColor['swatch'] | 'gray';
  description: string;
  createdAt: string;
}

export type LinkRelation = 'same-event' | 'supports' | 'contradicts' | 'other';

export interface HighlightLink {
  id: string;
  fromId: string;
  toId: string;
  relation: LinkRelation;
  note: string;
  createdAt: string;
}

/** Per-article state that belongs to the user. */
export interface ArticleState {
  articleId: string;
  tags: string[];
  /** Markdown. */
  note: string;
  /** Offset into `Article.text` of the first paragraph in view when the reader was last left. */
  readingOffset: number;
  /** 0..1, how far the reader got. */
  progress: number;
  lastOpenedAt?: string;
  updatedAt: string;
  /** What the reader set or confirmed about the article (title, outlet, …); absent: derived. */
  details?: ArticleDetails;
  /** Speaker corrections: a quote's key (src/domain/quotes) → who says it; '' = not speech. */
  speakers?: Record<string, string>;
  /**
   * Suggested correspondences the reader dismissed, on the article of the pair whose id sorts
   * first: `<other article id>|<pair key>` (src/domain/alignment).
   */
  dismissedPairs?: string[];
}

/** The article's metadata as the reader set or confirmed it; a field not here is derived. */
export interface ArticleDetails {
  title?: string;
  outlet?: string;
  author?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  /** BCP 47, e.g. `de`. */
  language?: string;
  url?: string;
}

export const ARTICLE_DETAIL_FIELDS = [
  'title',
  'outlet',
  'author',
  'date',
  'language',
  'url',
] as const satisfies ReadonlyArray<keyof ArticleDetails>;
