/**
 * Valibot schemas for one record of each backup table (format version 2). Records are strict: a
 * field this build does not know is refused rather than silently dropped, so nothing a newer
 * Sidenote wrote is lost on the way in (it has to bump the format version instead).
 */
import * as v from 'valibot';
import { describeValue, encodeIssue } from './errors';
import { IMPORT_LIMITS } from './limits';
import { CURRENT_BACKUP_VERSION } from './migrations';
import type { TransferErrorCode, TransferErrorParams } from './types';

type Issue = v.BaseIssue<unknown>;

/** A check's message as a code (and values) for the interface to word: see `encodeIssue`. */
export const says = (code: TransferErrorCode, params?: TransferErrorParams) =>
  encodeIssue(code, params);

type Expected =
  Extract<TransferErrorCode, `expected.${string}`> extends `expected.${infer W}` ? W : never;

/** "expected a string, got the number 3" (`expected.string` with what was found). */
export const expected =
  (what: Expected, params: TransferErrorParams = {}) =>
  (issue: Issue): string =>
    encodeIssue(`expected.${what}`, { ...params, got: describeValue(issue.input) });

const longerThan = (max: number) => (issue: Issue) =>
  encodeIssue('tooLong', {
    length: typeof issue.input === 'string' ? issue.input.length : 0,
    max,
  });

export const text = (max: number) =>
  v.pipe(v.string(expected('string')), v.maxLength(max, longerThan(max)));

export const nonBlankText = (max: number) =>
  v.pipe(
    text(max),
    v.check((s) => s.trim() !== '', says('empty')),
  );

export const idSchema = v.pipe(
  v.string(expected('id')),
  v.minLength(1, says('emptyId')),
  v.maxLength(IMPORT_LIMITS.id, longerThan(IMPORT_LIMITS.id)),
);

export const timestampSchema = v.pipe(
  v.string(expected('timestamp')),
  v.isoTimestamp(expected('timestamp')),
  v.check((s) => !Number.isNaN(Date.parse(s)), says('notRealDate')),
);

export const countSchema = v.pipe(
  v.number(expected('number')),
  v.integer(says('wholeNumber')),
  v.minValue(0, says('zeroOrMore')),
  v.maxValue(Number.MAX_SAFE_INTEGER, says('tooLarge')),
);

const finiteSchema = v.pipe(v.number(expected('number')), v.finite(says('finite')));

const picklist = <const T extends readonly string[]>(options: T) =>
  v.picklist(options, expected('oneOf', { options: options.join(', ') }));

const literal = <const T extends string>(value: T) =>
  v.literal(value, expected('value', { value: `"${value}"` }));

export const SWATCHES = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;
const TAG_COLORS = [...SWATCHES, 'gray'] as const;
const RELATIONS = ['same-event', 'supports', 'contradicts', 'other'] as const;

export const tagIdsSchema = v.pipe(
  v.array(idSchema, expected('tagIds')),
  v.maxLength(
    IMPORT_LIMITS.tagsPerRecord,
    says('tooManyTags', { max: IMPORT_LIMITS.tagsPerRecord }),
  ),
  v.check((ids) => new Set(ids).size === ids.length, says('sameTagTwice')),
);

export const positionSelectorSchema = v.pipe(
  v.strictObject({
    type: literal('TextPositionSelector'),
    start: countSchema,
    end: countSchema,
  }),
  v.check((p) => p.end >= p.start, says('endBeforeStart')),
);

export const quoteSelectorSchema = v.strictObject({
  type: literal('TextQuoteSelector'),
  exact: v.pipe(text(IMPORT_LIMITS.quote), v.minLength(1, says('emptyQuote'))),
  prefix: text(IMPORT_LIMITS.context),
  suffix: text(IMPORT_LIMITS.context),
});

export const highlightSchema = v.strictObject({
  id: idSchema,
  articleId: idSchema,
  target: v.strictObject({
    position: positionSelectorSchema,
    quote: quoteSelectorSchema,
    textHash: text(IMPORT_LIMITS.textHash),
  }),
  colorId: idSchema,
  note: text(IMPORT_LIMITS.note),
  tags: tagIdsSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export const articleStateSchema = v.strictObject({
  articleId: idSchema,
  tags: tagIdsSchema,
  note: text(IMPORT_LIMITS.note),
  readingOffset: countSchema,
  progress: v.pipe(
    finiteSchema,
    v.minValue(0, says('zeroToOne')),
    v.maxValue(1, says('zeroToOne')),
  ),
  lastOpenedAt: v.optional(timestampSchema),
  updatedAt: timestampSchema,
  details: v.optional(
    v.strictObject({
      title: v.optional(text(IMPORT_LIMITS.articleLine)),
      outlet: v.optional(text(IMPORT_LIMITS.articleLine)),
      author: v.optional(text(IMPORT_LIMITS.articleLine)),
      date: v.optional(
        v.pipe(
          text(10),
          v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, expected('value', { value: 'YYYY-MM-DD' })),
        ),
      ),
      language: v.optional(text(35)),
      url: v.optional(text(IMPORT_LIMITS.articleLine)),
    }),
  ),
  speakers: v.optional(
    v.pipe(
      v.record(idSchema, text(IMPORT_LIMITS.articleLine), expected('object')),
      v.check(
        (map) => Object.keys(map).length <= IMPORT_LIMITS.items,
        says('tooManyRecords', { max: IMPORT_LIMITS.items }),
      ),
    ),
  ),
  dismissedPairs: v.optional(
    v.pipe(
      v.array(text(IMPORT_LIMITS.id * 2), expected('list')),
      v.maxLength(IMPORT_LIMITS.items, says('tooManyRecords', { max: IMPORT_LIMITS.items })),
    ),
  ),
});

export const tagSchema = v.strictObject({
  id: idSchema,
  name: nonBlankText(IMPORT_LIMITS.name),
  color: picklist(TAG_COLORS),
  description: text(IMPORT_LIMITS.description),
  createdAt: timestampSchema,
});

export const colorSchema = v.strictObject({
  id: idSchema,
  label: nonBlankText(IMPORT_LIMITS.name),
  swatch: picklist(SWATCHES),
  order: v.pipe(
    v.number(expected('number')),
    v.integer(says('wholeNumber')),
    v.minValue(-1_000_000, says('tooSmall')),
    v.maxValue(1_000_000, says('tooLarge')),
  ),
});

export const linkSchema = v.pipe(
  v.strictObject({
    id: idSchema,
    fromId: idSchema,
    toId: idSchema,
    relation: picklist(RELATIONS),
    note: text(IMPORT_LIMITS.note),
    createdAt: timestampSchema,
  }),
  v.check((l) => l.fromId !== l.toId, says('linksItself')),
);

export const reviewSchema = v.strictObject({
  highlightId: idSchema,
  due: timestampSchema,
  stability: v.pipe(finiteSchema, v.minValue(0, says('zeroOrMore'))),
  difficulty: finiteSchema,
  reps: countSchema,
  lapses: countSchema,
  state: v.pipe(countSchema, v.maxValue(3, says('reviewState'))),
  lastReview: v.optional(timestampSchema),
});

const ARTICLE_DATE_FORMS = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
} as const;

export const articleDateSchema = v.pipe(
  v.strictObject({
    iso: text(10),
    precision: picklist(['year', 'month', 'day'] as const),
  }),
  v.check((d) => ARTICLE_DATE_FORMS[d.precision].test(d.iso), says('articleDate')),
);

export const articleSummarySchema = v.strictObject({
  title: text(IMPORT_LIMITS.articleLine),
  titleSource: picklist(['text', 'derived'] as const),
  subtitle: v.optional(text(IMPORT_LIMITS.articleLine)),
  byline: v.optional(text(IMPORT_LIMITS.articleLine)),
  date: v.optional(articleDateSchema),
  source: v.optional(text(IMPORT_LIMITS.articleLine)),
  outlet: v.optional(text(IMPORT_LIMITS.articleLine)),
  agency: v.optional(text(IMPORT_LIMITS.articleLine)),
  language: v.pipe(text(35), v.minLength(1, says('emptyLanguage'))),
  wordCount: countSchema,
  readingMinutes: countSchema,
  excerpt: text(IMPORT_LIMITS.excerpt),
});

export const userArticleSchema = v.strictObject({
  id: idSchema,
  fileName: nonBlankText(IMPORT_LIMITS.fileName),
  raw: text(IMPORT_LIMITS.articleRaw),
  addedAt: timestampSchema,
  summary: v.optional(articleSummarySchema),
});

export const envelopeSchema = v.strictObject({
  format: literal('sidenote-backup'),
  version: v.literal(
    CURRENT_BACKUP_VERSION,
    expected('value', { value: String(CURRENT_BACKUP_VERSION) }),
  ),
  exportedAt: timestampSchema,
  app: v.strictObject({
    name: literal('Sidenote'),
    schemaVersion: v.pipe(countSchema, v.minValue(1, says('oneOrMore'))),
  }),
  data: v.strictObject({
    highlights: table(),
    articleStates: table(),
    tags: table(),
    colors: table(),
    links: table(),
    reviews: table(),
    userArticles: table(),
  }),
});

/** A table: an array of at most `IMPORT_LIMITS.items` records, each checked on its own later. */
function table() {
  return v.pipe(
    v.array(v.unknown(), expected('list')),
    v.maxLength(IMPORT_LIMITS.items, says('tooManyRecords', { max: IMPORT_LIMITS.items })),
  );
}
