import type MiniSearch from 'minisearch';
import type { Highlight, Tag } from '@/domain/annotations/types';

/** What a search result points at. */
export type SearchKind = 'article' | 'paragraph' | 'highlight' | 'note' | 'tag';

export interface TextRange {
  start: number;
  end: number;
}

/** What the index needs of an article (an `Article` fits). */
export interface SearchArticle {
  id: string;
  title: string;
  text: string;
  paragraphs: ReadonlyArray<TextRange>;
  source?: string;
}

export interface SearchInput {
  articles: ReadonlyArray<SearchArticle>;
  highlights: ReadonlyArray<Highlight>;
  tags: ReadonlyArray<Tag>;
}

export interface SearchSnippet {
  /** About 160 characters of the matched field, cut at word boundaries, "…" where cut. */
  text: string;
  /** Every matched word (or phrase) as a range into `text`, sorted, not overlapping. */
  matches: TextRange[];
}

export interface SearchResult {
  /**
   * `article`: the title or source matched. `paragraph`: article text. `highlight`: a quote.
   * `note`: a highlight's note. `tag`: one of a highlight's tag names.
   */
  kind: SearchKind;
  score: number;
  articleId: string;
  /** For `highlight`, `note` and `tag` results. */
  highlightId?: string;
  /** Offsets in `Article.text` of the paragraph, or of the highlight (its stored position). */
  start?: number;
  end?: number;
  /** For `paragraph` results: offsets in `Article.text` of the first matched word. */
  firstMatch?: TextRange;
  snippet: SearchSnippet;
}

export interface SearchOptions {
  /** At most this many results (default 50). */
  limit?: number;
  /** Only these kinds (default: all). */
  kinds?: ReadonlyArray<SearchKind>;
}

/** A tag whose name matched (see `searchTags`). */
export interface TagSearchResult {
  tagId: string;
  score: number;
  snippet: SearchSnippet;
}

/** The fields a document can have; each document fills the ones of its type. */
export interface IndexDoc {
  id: string;
  title?: string;
  source?: string;
  text?: string;
  quote?: string;
  note?: string;
  tagNames?: string;
  tagName?: string;
}

export type IndexField = Exclude<keyof IndexDoc, 'id'>;

/** What an indexed document stands for. */
export type DocRef =
  | { type: 'article'; articleId: string }
  | { type: 'paragraph'; articleId: string; start: number; end: number }
  | { type: 'highlight'; highlightId: string }
  | { type: 'tag'; tagId: string };

/**
 * The search index: MiniSearch plus the source data that snippets are cut from. Treat as
 * opaque; change it only through the functions in this module.
 */
export interface SearchIndex {
  readonly mini: MiniSearch<IndexDoc>;
  readonly refs: Map<string, DocRef>;
  readonly articles: Map<string, SearchArticle>;
  readonly highlights: Map<string, Highlight>;
  readonly tags: Map<string, Tag>;
}
