/** Reading the pieces of one annotation: colour, tags and note from its bodies, selectors. */
import type { HighlightColor, Tag } from '@/domain/annotations/types';
import { ErrorList, formatPath, type PathKey } from './errors';
import { tagNameKey } from '../annotations/tag-name';
import { iriToId } from './web-annotation-types';
import {
  checkAt,
  hasType,
  isRecord,
  noteBodySchema,
  positionSchema,
  quoteSchema,
  tagBodySchema,
} from './web-annotation-read';

/** The first colour of a new Sidenote's palette (`src/db/default-colors.ts`). */
export const FALLBACK_COLOR_ID = 'key-claim';

export interface WebAnnotationImportOptions {
  /** The palette to map colours onto (by id, then by label); the first is used otherwise. */
  colors?: readonly HighlightColor[];
  /** When given, every annotation must be on one of these articles. */
  articleIds?: readonly string[];
  /** ISO time for annotations without `created`/`modified`, and for new tags. */
  now?: string;
  /** Highlights already here: a linking annotation's end may be one of these, not in the file. */
  knownHighlightIds?: readonly string[];
}

export interface Context {
  errors: ErrorList;
  options: WebAnnotationImportOptions;
  now: string;
  /** Tags by name key, so one name is one tag however many annotations use it. */
  tags: Map<string, Tag>;
  tagIds: Map<string, string>;
  /** Where a body was left out (not a note, tag or link relation): the import says so. */
  leftOut: string[];
}

export const list = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export function colorIdFor(
  annotation: { 'sidenote:color'?: string; 'sidenote:colorId'?: string },
  options: WebAnnotationImportOptions,
): string {
  const palette = options.colors;
  const id = annotation['sidenote:colorId'];
  if (!palette || palette.length === 0) return id ?? FALLBACK_COLOR_ID;
  if (id !== undefined && palette.some((c) => c.id === id)) return id;
  const label = annotation['sidenote:color']?.trim().toLowerCase();
  const byLabel = palette.find((c) => c.label.trim().toLowerCase() === label);
  return byLabel?.id ?? palette[0]?.id ?? FALLBACK_COLOR_ID;
}

function tagFor(
  ctx: Context,
  body: { value: string; id?: string; 'sidenote:tagId'?: string },
  path: PathKey[],
): string | undefined {
  const name = body.value;
  const key = tagNameKey(name);
  const known = ctx.tags.get(key);
  if (known) return known.id;
  const given = body['sidenote:tagId'] ?? (body.id === undefined ? undefined : iriToId(body.id));
  const id = given ?? `tag:${key}`;
  const other = ctx.tagIds.get(id);
  if (other !== undefined) {
    const field = body['sidenote:tagId'] === undefined ? 'id' : 'sidenote:tagId';
    ctx.errors.add(formatPath([...path, field]), 'tagIdConflict', {
      first: other,
      second: name.trim(),
    });
    return undefined;
  }
  const tag: Tag = {
    id,
    name: name.trim().replace(/\s+/g, ' '),
    color: 'gray',
    description: '',
    createdAt: ctx.now,
  };
  ctx.tags.set(key, tag);
  ctx.tagIds.set(id, tag.name);
  return id;
}

/** The note (text bodies joined) and tag ids of one annotation. */
export function readBodies(ctx: Context, annotation: Record<string, unknown>, path: PathKey[]) {
  const notes: string[] = [];
  const tags: string[] = [];
  if (typeof annotation.bodyValue === 'string' && annotation.bodyValue.trim() !== '')
    notes.push(annotation.bodyValue);
  const bodies = list(annotation.body);
  const single = !Array.isArray(annotation.body);
  bodies.forEach((body, j) => {
    const at = single ? [...path, 'body'] : [...path, 'body', j];
    if (!isRecord(body) || !hasType(body.type, 'TextualBody')) {
      ctx.leftOut.push(formatPath(at));
      return;
    }
    const purpose =
      body.purpose ?? (hasType(annotation.motivation, 'tagging') ? 'tagging' : undefined);
    if (purpose === 'tagging') {
      const tag = checkAt(tagBodySchema, body, at, ctx.errors);
      const id = tag && tagFor(ctx, tag, at);
      if (id !== undefined && !tags.includes(id)) tags.push(id);
    } else {
      const note = checkAt(noteBodySchema, body, at, ctx.errors);
      if (note && note.value.trim() !== '') notes.push(note.value);
    }
  });
  return { note: notes.join('\n\n'), tags };
}

export function readSelectors(ctx: Context, selector: unknown, path: PathKey[]) {
  const selectors = list(selector);
  const single = !Array.isArray(selector);
  const at = (i: number) => (single ? path : [...path, i]);
  const p = selectors.findIndex((s) => isRecord(s) && s.type === 'TextPositionSelector');
  const q = selectors.findIndex((s) => isRecord(s) && s.type === 'TextQuoteSelector');
  if (p < 0 || q < 0) {
    ctx.errors.add(formatPath(path), 'needsSelectors');
    return undefined;
  }
  const position = checkAt(positionSchema, selectors[p], at(p), ctx.errors);
  const quote = checkAt(quoteSchema, selectors[q], at(q), ctx.errors);
  return position && quote ? { position, quote } : undefined;
}
