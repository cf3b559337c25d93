/**
 * Checks that need the whole file: unique ids and tag names, and references that resolve
 * (colours, tags, link ends and reviews point at records that exist).
 */
import { ErrorList, formatPath } from './errors';
import { RECORD_KEY } from './order';
import { tagNameKey } from '../annotations/tag-name';
import type { BackupData, TransferErrorCode } from './types';

export interface CrossCheckOptions {
  /** Colour ids the importing Sidenote already has (its palette): highlights may use these too. */
  knownColorIds?: readonly string[];
}

function checkUnique<T>(
  errors: ErrorList,
  table: keyof BackupData,
  rows: readonly T[],
  field: string,
  key: (row: T) => string,
  code: TransferErrorCode,
): void {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const k = key(row);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else {
      errors.add(formatPath(['data', table, i, field]), code, {
        first: formatPath(['data', table, first]),
      });
    }
  });
}

export function crossCheck(
  data: BackupData,
  errors: ErrorList,
  options: CrossCheckOptions = {},
): void {
  checkUnique(errors, 'highlights', data.highlights, 'id', RECORD_KEY.highlights, 'duplicate.id');
  checkUnique(
    errors,
    'articleStates',
    data.articleStates,
    'articleId',
    RECORD_KEY.articleStates,
    'duplicate.article',
  );
  checkUnique(errors, 'tags', data.tags, 'id', RECORD_KEY.tags, 'duplicate.id');
  checkUnique(errors, 'tags', data.tags, 'name', (t) => tagNameKey(t.name), 'duplicate.tagName');
  checkUnique(errors, 'colors', data.colors, 'id', RECORD_KEY.colors, 'duplicate.id');
  checkUnique(errors, 'links', data.links, 'id', RECORD_KEY.links, 'duplicate.id');
  checkUnique(
    errors,
    'links',
    data.links,
    'toId',
    (l) => [l.fromId, l.toId].sort().join('\u0000'),
    'duplicate.linkPair',
  );
  checkUnique(
    errors,
    'reviews',
    data.reviews,
    'highlightId',
    RECORD_KEY.reviews,
    'duplicate.highlight',
  );
  checkUnique(
    errors,
    'userArticles',
    data.userArticles,
    'id',
    RECORD_KEY.userArticles,
    'duplicate.id',
  );

  const colorIds = new Set([...data.colors.map((c) => c.id), ...(options.knownColorIds ?? [])]);
  const tagIds = new Set(data.tags.map((t) => t.id));
  const highlightIds = new Set(data.highlights.map((h) => h.id));
  const missing = (
    path: (string | number)[],
    code: 'missingColor' | 'missingTag' | 'missingHighlight',
    id: string,
  ) => errors.add(formatPath(path), code, { id });

  data.highlights.forEach((h, i) => {
    if (!colorIds.has(h.colorId)) {
      missing(['data', 'highlights', i, 'colorId'], 'missingColor', h.colorId);
    }
    h.tags.forEach((tag, j) => {
      if (!tagIds.has(tag)) missing(['data', 'highlights', i, 'tags', j], 'missingTag', tag);
    });
  });
  data.articleStates.forEach((s, i) => {
    s.tags.forEach((tag, j) => {
      if (!tagIds.has(tag)) missing(['data', 'articleStates', i, 'tags', j], 'missingTag', tag);
    });
  });
  data.links.forEach((l, i) => {
    for (const end of ['fromId', 'toId'] as const) {
      if (!highlightIds.has(l[end])) {
        missing(['data', 'links', i, end], 'missingHighlight', l[end]);
      }
    }
  });
  data.reviews.forEach((r, i) => {
    if (!highlightIds.has(r.highlightId)) {
      missing(['data', 'reviews', i, 'highlightId'], 'missingHighlight', r.highlightId);
    }
  });
}
