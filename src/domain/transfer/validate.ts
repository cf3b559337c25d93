/** Checking a (migrated) backup file against the current schema, one record at a time. */
import * as v from 'valibot';
import { ErrorList, decodeIssue, describeValue, formatPath, type PathKey } from './errors';
import {
  articleStateSchema,
  colorSchema,
  envelopeSchema,
  highlightSchema,
  linkSchema,
  reviewSchema,
  tagSchema,
  userArticleSchema,
} from './schema';
import type { Backup, BackupData, TransferErrorCode, TransferErrorParams } from './types';

type Issue = v.BaseIssue<unknown>;

/** One problem per field: after the first failed check of a value, the rest are skipped. */
export const CHECK_CONFIG = { abortPipeEarly: true } as const;

const OBJECT_TYPES = new Set(['object', 'strict_object', 'loose_object']);

/** What an issue means to a person: "is missing", "is not a field …", or the schema's message. */
function issueMessage(issue: Issue): { code: TransferErrorCode; params?: TransferErrorParams } {
  if (issue.kind === 'schema' && OBJECT_TYPES.has(issue.type)) {
    const last = issue.path?.[issue.path.length - 1];
    if (last?.origin === 'key' && issue.expected === 'never') return { code: 'unknownField' };
    if (last?.origin === 'key' && issue.input === undefined) return { code: 'missing' };
    return { code: 'expected.object', params: { got: describeValue(issue.input) } };
  }
  return decodeIssue(issue.message);
}

function issuePath(issue: Issue): PathKey[] {
  return (issue.path ?? []).map((item) =>
    typeof item.key === 'number' ? item.key : String(item.key),
  );
}

/** Adds each issue as an error at `prefix` + the issue's own path. */
export function addIssues(
  issues: readonly Issue[],
  prefix: readonly PathKey[],
  errors: ErrorList,
): void {
  for (const issue of issues) {
    const { code, params } = issueMessage(issue);
    errors.add(formatPath([...prefix, ...issuePath(issue)]), code, params);
  }
}

/** Checks every row of one table, stopping when `errors` is full. */
export function checkRows<S extends v.GenericSchema>(
  table: keyof BackupData,
  rows: readonly unknown[],
  schema: S,
  errors: ErrorList,
): v.InferOutput<S>[] {
  const out: v.InferOutput<S>[] = [];
  for (let i = 0; i < rows.length && !errors.full; i += 1) {
    const result = v.safeParse(schema, rows[i], CHECK_CONFIG);
    if (result.success) out.push(result.output);
    else addIssues(result.issues, ['data', table, i], errors);
  }
  return out;
}

/** Every table of `data`, checked record by record. */
export function checkBackupData(
  data: Record<keyof BackupData, readonly unknown[]>,
  errors: ErrorList,
): BackupData {
  return {
    highlights: checkRows('highlights', data.highlights, highlightSchema, errors),
    articleStates: checkRows('articleStates', data.articleStates, articleStateSchema, errors),
    tags: checkRows('tags', data.tags, tagSchema, errors),
    colors: checkRows('colors', data.colors, colorSchema, errors),
    links: checkRows('links', data.links, linkSchema, errors),
    reviews: checkRows('reviews', data.reviews, reviewSchema, errors),
    userArticles: checkRows('userArticles', data.userArticles, userArticleSchema, errors),
  };
}

/** The file as a current-version `Backup`, or undefined with the problems added to `errors`. */
export function checkBackup(file: unknown, errors: ErrorList): Backup | undefined {
  const envelope = v.safeParse(envelopeSchema, file, CHECK_CONFIG);
  if (!envelope.success) {
    addIssues(envelope.issues, [], errors);
    return undefined;
  }
  const data = checkBackupData(envelope.output.data, errors);
  if (!errors.empty) return undefined;
  const { format, version, exportedAt, app } = envelope.output;
  return { format, version, exportedAt, app, data };
}
