/** Test support for the Web Annotation tests: a sample export and a foreign-looking annotation. */
import { highlight, sampleData } from './backup.fixture';
import type { ImportResult } from './types';
import { toWebAnnotations, type AnnotationArticle } from './web-annotation-export';

export const BASE = 'http://127.0.0.1:4173';
export const ARTICLES: AnnotationArticle[] = [
  { id: 'nato-2022', title: 'Die NATO und Russland', source: 'WSWS.ORG' },
  { id: 'ukraine-2024', title: 'Ukraine: Bilanz' },
];
export const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** The sample data plus a highlight with a UUID id, and its export (its link `l1` included). */
export function exportSample() {
  const data = sampleData();
  data.highlights.push(highlight(UUID, { note: 'Mit [Link](https://example.org)', tags: ['t1'] }));
  return {
    data,
    collection: toWebAnnotations(data.highlights, data.tags, data.colors, ARTICLES, BASE, {
      links: data.links,
    }),
  };
}

export function refused(result: ImportResult): string[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors.map((e) => (e.path === '' ? e.code : `${e.path}: ${e.code}`));
}

/** A minimal annotation as another tool might write it, with `patch` applied. */
export function annotation(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${UUID}`,
    type: 'Annotation',
    target: {
      source: 'https://sidenote.example/read/nato-2022',
      selector: [
        { type: 'TextQuoteSelector', exact: 'die Größe', prefix: 'über ' },
        { type: 'TextPositionSelector', start: 5, end: 14 },
      ],
    },
    ...patch,
  };
}
