/**
 * The subset of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) that
 * Sidenote writes. Positions count UTF-16 code units of the article's normalised text, as Sidenote
 * and Hypothesis do (the same as code points for German text without emoji).
 */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Sidenote's own terms ("sidenote:color", …). The prefix is defined in each file's `@context`, so
 * the JSON-LD stays valid; the namespace is a name, not an address to fetch.
 */
export const SIDENOTE_NAMESPACE = 'urn:sidenote:terms:';

export const WEB_ANNOTATION_CONTEXT = [
  ANNOTATION_CONTEXT,
  { sidenote: SIDENOTE_NAMESPACE },
] as const;

export interface WebTextualBody {
  type: 'TextualBody';
  /** `classifying`: a link's relation (its id, `contradicts`), on a `linking` annotation. */
  purpose: 'commenting' | 'tagging' | 'classifying';
  value: string;
  /** Highlight notes are Markdown; a link's note is plain text. */
  format?: 'text/markdown' | 'text/plain';
  /**
   * A tag body's tag id, so a round trip keeps the tag. Not the body's `id`: the W3C test suite
   * reads any body with an `id` as an External Web Resource, which may not have a purpose.
   */
  'sidenote:tagId'?: string;
}

export interface WebTextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface WebTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** A passage: the article's reader address with a position and a quote selector. */
export interface WebTarget {
  type: 'SpecificResource';
  source: string;
  selector: [WebTextPositionSelector, WebTextQuoteSelector];
  /** SHA-256 (hex) of the article text the selectors were made on. */
  'sidenote:textHash'?: string;
  'sidenote:articleTitle'?: string;
  'sidenote:articleSource'?: string;
  /** On a linking annotation's targets: the id of the highlight's own annotation in the file. */
  'sidenote:highlight'?: string;
}

/** A highlight. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: WebTextualBody[];
  target: WebTarget;
  /** What the highlight colour means to the user ("Key claim"). */
  'sidenote:color'?: string;
  /** The colour's id in Sidenote's palette, so a round trip keeps the same colour. */
  'sidenote:colorId': string;
}

/**
 * A link between two highlights: both passages are its targets; its bodies are the relation
 * (`classifying`, the relation's id) and, when there is one, the note (`commenting`, plain text).
 */
export interface WebLinkAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'linking';
  created: string;
  body: WebTextualBody[];
  target: [WebTarget, WebTarget];
}

export interface WebAnnotationPage {
  id: string;
  type: 'AnnotationPage';
  /** Highlights (article, then reading order), then links (oldest first). */
  items: (WebAnnotation | WebLinkAnnotation)[];
}

export interface WebAnnotationCollection {
  '@context': typeof WEB_ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { id: string; type: 'Software'; name: 'Sidenote' };
  first: WebAnnotationPage;
}

/** Is this item a link (rather than a highlight)? */
export const isLinkAnnotation = (
  item: WebAnnotation | WebLinkAnnotation,
): item is WebLinkAnnotation => item.motivation === 'linking';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URN_UUID = 'urn:uuid:';
const URN_HIGHLIGHT = 'urn:sidenote:highlight:';
const URN_TAG = 'urn:sidenote:tag:';
const URN_LINK = 'urn:sidenote:link:';
const URN = { highlight: URN_HIGHLIGHT, tag: URN_TAG, link: URN_LINK } as const;

/** An IRI for a Sidenote id: `urn:uuid:…` for UUIDs (what Sidenote makes), else a Sidenote URN. */
export function idToIri(id: string, kind: keyof typeof URN): string {
  if (UUID.test(id)) return `${URN_UUID}${id}`;
  return `${URN[kind]}${encodeURIComponent(id)}`;
}

/**
 * The Sidenote id for an annotation or tag IRI: the UUID of `urn:uuid:…`, the id in a Sidenote
 * URN, or the IRI itself (an annotation from another tool keeps its own id, so importing the same
 * file twice merges instead of duplicating). Undefined when a Sidenote URN is malformed.
 */
export function iriToId(iri: string): string | undefined {
  if (iri.startsWith(URN_UUID)) return iri.slice(URN_UUID.length);
  for (const prefix of Object.values(URN)) {
    if (iri.startsWith(prefix)) {
      try {
        return decodeURIComponent(iri.slice(prefix.length));
      } catch {
        return undefined;
      }
    }
  }
  return iri;
}

/** `<baseUrl>/read/<id>`: the reader address of an article. */
export function articleUrl(baseUrl: string, articleId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/read/${encodeURIComponent(articleId)}`;
}

const READ_PATH = /\/read\/([^/?#]+)\/?(?:[?#].*)?$/;

/** The article id in a reader address from any Sidenote (any host), or undefined. */
export function articleIdFromUrl(url: string): string | undefined {
  const encoded = READ_PATH.exec(url)?.[1];
  if (encoded === undefined) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}
