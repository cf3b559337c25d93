/**
 * Finding and checking annotations in a W3C Web Annotation file from any tool: a single
 * Annotation, a list, an AnnotationPage or an AnnotationCollection with embedded pages. Objects
 * are loose (other tools add their own fields); the fields Sidenote reads are checked strictly.
 */
import * as v from 'valibot';
import { ErrorList, formatPath, type PathKey } from './errors';
import { IMPORT_LIMITS } from './limits';
import {
  countSchema,
  expected,
  idSchema,
  nonBlankText,
  says,
  text,
  timestampSchema,
} from './schema';
import { CHECK_CONFIG, addIssues } from './validate';

/** An annotation found in the file, with where it was. */
export interface FoundAnnotation {
  value: unknown;
  path: PathKey[];
}

const IRI_MAX = 2_000;
const MAX_PAGES = 10_000;

const typeSchema = v.union([v.string(), v.array(v.string())], expected('typeName'));

export const annotationSchema = v.looseObject({
  id: v.pipe(
    v.string(expected('iri')),
    v.minLength(1, says('emptyIri')),
    v.maxLength(IRI_MAX, says('longerThan', { max: IRI_MAX })),
  ),
  type: typeSchema,
  created: v.optional(timestampSchema),
  modified: v.optional(timestampSchema),
  target: v.unknown(),
  body: v.optional(v.unknown()),
  bodyValue: v.optional(text(IMPORT_LIMITS.note)),
  'sidenote:color': v.optional(text(IMPORT_LIMITS.name)),
  'sidenote:colorId': v.optional(idSchema),
});

export const targetSchema = v.looseObject({
  source: v.pipe(
    v.string(expected('address')),
    v.minLength(1, says('emptyAddress')),
    v.maxLength(IRI_MAX, says('longerThan', { max: IRI_MAX })),
  ),
  selector: v.unknown(),
  'sidenote:textHash': v.optional(text(IMPORT_LIMITS.textHash)),
});

export const positionSchema = v.pipe(
  v.looseObject({ type: v.literal('TextPositionSelector'), start: countSchema, end: countSchema }),
  v.check((p) => p.end >= p.start, says('endBeforeStart')),
);

export const quoteSchema = v.looseObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(text(IMPORT_LIMITS.quote), v.minLength(1, says('emptyQuote'))),
  prefix: v.optional(text(IMPORT_LIMITS.context)),
  suffix: v.optional(text(IMPORT_LIMITS.context)),
});

export const tagBodySchema = v.looseObject({
  /** The tag's id as Sidenote writes it now. */
  'sidenote:tagId': v.optional(idSchema),
  /** The tag's IRI, as Sidenote wrote it before (and other tools may). */
  id: v.optional(
    v.pipe(v.string(expected('iriShort')), v.maxLength(IRI_MAX, says('tooLongPlain'))),
  ),
  value: nonBlankText(IMPORT_LIMITS.name),
});

export const noteBodySchema = v.looseObject({ value: text(IMPORT_LIMITS.note) });

/** Checks `value` against `schema`, adding problems at `path`. */
export function checkAt<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  path: readonly PathKey[],
  errors: ErrorList,
): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, value, CHECK_CONFIG);
  if (result.success) return result.output;
  addIssues(result.issues, path, errors);
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when a `type` value names `name` (also as `oa:name`). */
export function hasType(value: unknown, name: string): boolean {
  const types = Array.isArray(value) ? value : [value];
  return types.some((t) => t === name || t === `oa:${name}`);
}

function addItems(items: unknown, path: PathKey[], found: FoundAnnotation[], errors: ErrorList) {
  if (!Array.isArray(items)) {
    errors.add(formatPath(path), 'notAnnotationList');
    return;
  }
  if (found.length + items.length > IMPORT_LIMITS.items) {
    errors.add(formatPath(path), 'tooManyAnnotations', { max: IMPORT_LIMITS.items });
    return;
  }
  items.forEach((value, i) => found.push({ value, path: [...path, i] }));
}

/** Walks a page and the pages embedded after it (`next`). */
function addPages(page: unknown, path: PathKey[], found: FoundAnnotation[], errors: ErrorList) {
  let current = page;
  let at = path;
  for (let n = 0; n < MAX_PAGES && !errors.full; n += 1) {
    if (!isRecord(current) || !hasType(current.type, 'AnnotationPage')) {
      errors.add(formatPath(at), typeof current === 'string' ? 'pageIsAddress' : 'expectedPage');
      return;
    }
    addItems(current.items, [...at, 'items'], found, errors);
    if (current.next === undefined) return;
    current = current.next;
    at = [...at, 'next'];
  }
}

/** Every annotation in the file, or none with the problems added to `errors`. */
export function findAnnotations(root: unknown, errors: ErrorList): FoundAnnotation[] {
  const found: FoundAnnotation[] = [];
  if (Array.isArray(root)) addItems(root, [], found, errors);
  else if (isRecord(root) && hasType(root.type, 'AnnotationCollection')) {
    if (root.first !== undefined) addPages(root.first, ['first'], found, errors);
  } else if (isRecord(root) && hasType(root.type, 'AnnotationPage')) {
    addPages(root, [], found, errors);
  } else if (isRecord(root) && hasType(root.type, 'Annotation')) {
    found.push({ value: root, path: [] });
  } else {
    errors.add('', 'notWebAnnotation');
  }
  return found;
}
