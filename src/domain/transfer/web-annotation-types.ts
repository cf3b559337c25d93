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
  id?: string;
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging';
  value: string;
  format?: 'text/markdown';
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

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: WebTextualBody[];
  target: {
    source: string;
    selector: [WebTextPositionSelector, WebTextQuoteSelector];
    /** SHA-256 (hex) of the article text the selectors were made on. */
    'sidenote:textHash'?: string;
    'sidenote:articleTitle'?: string;
    'sidenote:articleSource'?: string;
  };
  /** What the highlight colour means to the user ("Key claim"). */
  'sidenote:color'?: string;
  /** The colour's id in Sidenote's palette, so a round trip keeps the same colour. */
  'sidenote:colorId': string;
}

export interface WebAnnotationPage {
  type: 'AnnotationPage';
  items: WebAnnotation[];
}

export interface WebAnnotationCollection {
  '@context': typeof WEB_ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { id: string; type: 'Software'; name: 'Sidenote' };
  first: WebAnnotationPage;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URN_UUID = 'urn:uuid:';
const URN_HIGHLIGHT = 'urn:sidenote:highlight:';
const URN_TAG = 'urn:sidenote:tag:';

/** An IRI for a Sidenote id: `urn:uuid:…` for UUIDs (what Sidenote makes), else a Sidenote URN. */
export function idToIri(id: string, kind: 'highlight' | 'tag'): string {
  if (UUID.test(id)) return `${URN_UUID}${id}`;
  return `${kind === 'highlight' ? URN_HIGHLIGHT : URN_TAG}${encodeURIComponent(id)}`;
}

/**
 * The Sidenote id for an annotation or tag IRI: the UUID of `urn:uuid:…`, the id in a Sidenote
 * URN, or the IRI itself (an annotation from another tool keeps its own id, so importing the same
 * file twice merges instead of duplicating). Undefined when a Sidenote URN is malformed.
 */
export function iriToId(iri: string): string | undefined {
  if (iri.startsWith(URN_UUID)) return iri.slice(URN_UUID.length);
  for (const prefix of [URN_HIGHLIGHT, URN_TAG]) {
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
