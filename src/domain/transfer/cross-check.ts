/**
 * Checks that need the whole file: unique ids and tag names, and references that resolve
 * (colours, tags, link ends and reviews point at records that exist).
 */
import { ErrorList, formatPath } from './errors';
import { RECORD_KEY } from './order';
import { tagNameKey } from '../annotations/tag-name';
import type { BackupData } from './types';

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
  what: string,
): void {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const k = key(row);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else {
      errors.add(
        formatPath(['data', table, i, field]),
        `${what} as ${formatPath(['data', table, first])}`,
      );
    }
  });
}

export function crossCheck(
  data: BackupData,
  errors: ErrorList,
  options: CrossCheckOptions = {},
): void {
  checkUnique(errors, 'highlights', data.highlights, 'id', RECORD_KEY.highlights, 'is the same id');
  checkUnique(
    errors,
    'articleStates',
    data.articleStates,
    'articleId',
    RECORD_KEY.articleStates,
    'is the same article',
  );
  checkUnique(errors, 'tags', data.tags, 'id', RECORD_KEY.tags, 'is the same id');
  checkUnique(
    errors,
    'tags',
    data.tags,
    'name',
    (t) => tagNameKey(t.name),
    'is the same tag name (ignoring case)',
  );
  checkUnique(errors, 'colors', data.colors, 'id', RECORD_KEY.colors, 'is the same id');
  checkUnique(errors, 'links', data.links, 'id', RECORD_KEY.links, 'is the same id');
  checkUnique(
    errors,
    'links',
    data.links,
    'toId',
    (l) => [l.fromId, l.toId].sort().join('\u0000'),
    'links the same two highlights',
  );
  checkUnique(
    errors,
    'reviews',
    data.reviews,
    'highlightId',
    RECORD_KEY.reviews,
    'is the same highlight',
  );
  checkUnique(
    errors,
    'userArticles',
    data.userArticles,
    'id',
    RECORD_KEY.userArticles,
    'is the same id',
  );

  const colorIds = new Set([...data.colors.map((c) => c.id), ...(options.knownColorIds ?? [])]);
  const tagIds = new Set(data.tags.map((t) => t.id));
  const highlightIds = new Set(data.highlights.map((h) => h.id));
  const missing = (path: (string | number)[], message: string) =>
    errors.add(formatPath(path), message);

  data.highlights.forEach((h, i) => {
    if (!colorIds.has(h.colorId)) {
      missing(
        ['data', 'highlights', i, 'colorId'],
        `no colour "${h.colorId}" in this file or in Sidenote`,
      );
    }
    h.tags.forEach((tag, j) => {
      if (!tagIds.has(tag))
        missing(['data', 'highlights', i, 'tags', j], `no tag "${tag}" in this file`);
    });
  });
  data.articleStates.forEach((s, i) => {
    s.tags.forEach((tag, j) => {
      if (!tagIds.has(tag))
        missing(['data', 'articleStates', i, 'tags', j], `no tag "${tag}" in this file`);
    });
  });
  data.links.forEach((l, i) => {
    for (const end of ['fromId', 'toId'] as const) {
      if (!highlightIds.has(l[end])) {
        missing(['data', 'links', i, end], `no highlight "${l[end]}" in this file`);
      }
    }
  });
  data.reviews.forEach((r, i) => {
    if (!highlightIds.has(r.highlightId)) {
      missing(
        ['data', 'reviews', i, 'highlightId'],
        `no highlight "${r.highlightId}" in this file`,
      );
    }
  });
}
