/**
 * Reading `linking` annotations back as links between highlights
 * (docs/decisions/0020-links-in-web-annotation.md). A linking annotation has two targets; each
 * end is found by the highlight annotation it names (`sidenote:highlight`, or a target that is
 * just that annotation's IRI), then by its passage (the same article, position and quote as a
 * highlight annotation in the file). An end may also be a highlight already here
 * (`knownHighlightIds`). A link with an end found nowhere is dropped and counted, not refused:
 * the rest of the file is still good, and the import says what it left out.
 */
import { RELATIONS } from '@/domain/annotations/links';
import type { Highlight, HighlightLink, LinkRelation } from '@/domain/annotations/types';
import { formatPath, type PathKey } from './errors';
import { IMPORT_LIMITS } from './limits';
import { linkSchema } from './schema';
import { list, type Context } from './web-annotation-parts';
import { articleIdFromUrl, iriToId } from './web-annotation-types';
import {
  annotationSchema,
  checkAt,
  hasType,
  isRecord,
  noteBodySchema,
  type FoundAnnotation,
} from './web-annotation-read';

/** Why something in the file was left out (worded by `transfer.import.dropped.<code>`). */
export type ImportDropCode = 'linkEndsMissing' | 'bodiesLeftOut';

/** What an import left out, with how many and where. */
export interface ImportDrop {
  code: ImportDropCode;
  count: number;
  /** Where in the file (the first few). */
  paths: string[];
}

/** A link annotation has motivation `linking` and exactly two targets. */
export function isLinkingAnnotation(value: unknown): boolean {
  return (
    isRecord(value) &&
    hasType(value.motivation, 'linking') &&
    Array.isArray(value.target) &&
    value.target.length === 2
  );
}

/** Where a link's ends can be: the highlights of the file, and those already here. */
export class LinkEnds {
  private readonly ids: Set<string>;
  private readonly byPassage = new Map<string, string>();

  constructor(fileHighlights: readonly Highlight[], knownIds: readonly string[] = []) {
    this.ids = new Set([...fileHighlights.map((h) => h.id), ...knownIds]);
    for (const h of fileHighlights) {
      const key = LinkEnds.passageKey(h.articleId, h.target.position, h.target.quote.exact);
      if (!this.byPassage.has(key)) this.byPassage.set(key, h.id);
    }
  }

  private static passageKey(
    articleId: string,
    position: { start: number; end: number },
    exact: string,
  ): string {
    return JSON.stringify([articleId, position.start, position.end, exact]);
  }

  private byIri(iri: unknown): string | undefined {
    if (typeof iri !== 'string') return undefined;
    const id = iriToId(iri);
    return id !== undefined && this.ids.has(id) ? id : undefined;
  }

  private byTarget(target: Record<string, unknown>): string | undefined {
    const articleId =
      typeof target.source === 'string' ? articleIdFromUrl(target.source) : undefined;
    if (articleId === undefined) return undefined;
    const selectors = list(target.selector).filter(isRecord);
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    if (
      typeof position?.start !== 'number' ||
      typeof position.end !== 'number' ||
      typeof quote?.exact !== 'string'
    ) {
      return undefined;
    }
    const key = LinkEnds.passageKey(
      articleId,
      { start: position.start, end: position.end },
      quote.exact,
    );
    return this.byPassage.get(key);
  }

  /** The highlight id of one end, or undefined when it is neither in the file nor here. */
  find(target: unknown): string | undefined {
    if (typeof target === 'string') return this.byIri(target);
    if (!isRecord(target)) return undefined;
    return (
      this.byIri(target['sidenote:highlight']) ?? this.byIri(target.id) ?? this.byTarget(target)
    );
  }

  /** True when `id` is a highlight of the file or one already here. */
  has(id: string): boolean {
    return this.ids.has(id);
  }
}

const RELATION_IDS: readonly string[] = RELATIONS.map((r) => r.id);

/** The relation (a `classifying` body naming one; else `other`) and the note of a link. */
function readLinkBodies(ctx: Context, annotation: Record<string, unknown>, path: PathKey[]) {
  let relation: LinkRelation | undefined;
  const notes: string[] = [];
  if (typeof annotation.bodyValue === 'string' && annotation.bodyValue.trim() !== '') {
    notes.push(annotation.bodyValue);
  }
  const single = !Array.isArray(annotation.body);
  list(annotation.body).forEach((body, j) => {
    const at = single ? [...path, 'body'] : [...path, 'body', j];
    if (!isRecord(body) || !hasType(body.type, 'TextualBody')) {
      ctx.leftOut.push(formatPath(at));
      return;
    }
    if (body.purpose === 'classifying') {
      const value = typeof body.value === 'string' ? body.value.trim().toLowerCase() : '';
      if (relation === undefined && RELATION_IDS.includes(value)) relation = value as LinkRelation;
    } else if (body.purpose === undefined || body.purpose === 'commenting') {
      const note = checkAt(noteBodySchema, body, at, ctx.errors);
      if (note && note.value.trim() !== '') notes.push(note.value);
    } else ctx.leftOut.push(formatPath(at));
  });
  return { relation: relation ?? 'other', note: notes.join('\n\n') };
}

export type LinkReading =
  | { kind: 'link'; link: HighlightLink }
  | { kind: 'dropped'; code: ImportDropCode }
  | { kind: 'refused' };

/** One linking annotation as a link, or why not (problems with the file go to `ctx.errors`). */
export function readLink(ctx: Context, found: FoundAnnotation, ends: LinkEnds): LinkReading {
  const { errors, now } = ctx;
  const annotation = checkAt(annotationSchema, found.value, found.path, errors);
  if (!annotation) return { kind: 'refused' };
  if (!hasType(annotation.type, 'Annotation')) {
    errors.add(formatPath([...found.path, 'type']), 'expectedAnnotation');
    return { kind: 'refused' };
  }
  const id = iriToId(annotation.id);
  if (id === undefined || id.length > IMPORT_LIMITS.id) {
    errors.add(formatPath([...found.path, 'id']), 'idTooLong', { max: IMPORT_LIMITS.id });
    return { kind: 'refused' };
  }
  const [fromId, toId] = list(annotation.target).map((t) => ends.find(t));
  if (fromId === undefined || toId === undefined)
    return { kind: 'dropped', code: 'linkEndsMissing' };
  const { relation, note } = readLinkBodies(ctx, annotation, found.path);
  const created = annotation.created ?? annotation.modified ?? now;
  const link = checkAt(
    linkSchema,
    { id, fromId, toId, relation, note, createdAt: new Date(created).toISOString() },
    found.path,
    errors,
  );
  return link ? { kind: 'link', link } : { kind: 'refused' };
}

/** What the import left out of the annotations it kept: bodies of kinds Sidenote has no place for. */
export function leftOutDrop(paths: readonly string[]): ImportDrop[] {
  if (paths.length === 0) return [];
  return [
    { code: 'bodiesLeftOut', count: paths.length, paths: paths.slice(0, IMPORT_LIMITS.errors) },
  ];
}

/** Adds one dropped annotation to the tally. */
export function addDrop(drops: ImportDrop[], code: ImportDropCode, path: string): void {
  const drop = drops.find((d) => d.code === code);
  if (!drop) drops.push({ code, count: 1, paths: [path] });
  else {
    drop.count += 1;
    if (drop.paths.length < IMPORT_LIMITS.errors) drop.paths.push(path);
  }
}
