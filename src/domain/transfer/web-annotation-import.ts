/**
 * Importing W3C Web Annotations (from Sidenote or another tool) as highlights and tags. The
 * result is a backup holding only those, so it takes the same path as a backup file: the same
 * schema, reference checks, preview and one-transaction write.
 *
 * Rules: every annotation needs an id, a target whose `source` is a Sidenote reader address
 * (`…/read/<article id>`, any host) and both a TextPositionSelector and a TextQuoteSelector. An
 * annotation on any other page, or on an article not in `articleIds`, refuses the whole file
 * (Sidenote has nowhere to show it); the errors list each such source. Notes come from text bodies,
 * tags from `tagging` bodies (by name); bodies of other kinds (links to other resources, images)
 * are left out and counted in `dropped`. A `linking` annotation with two targets is a link between two highlights
 * (web-annotation-links.ts); one whose passages are neither in the file nor here is left out and
 * counted in `dropped`.
 */
import type { Highlight, HighlightLink } from '@/domain/annotations/types';
import { acceptBackupValue, summarizeBackup } from './backup';
import { ErrorList, formatPath, transferError, type PathKey } from './errors';
import { IMPORT_LIMITS } from './limits';
import { CURRENT_BACKUP_VERSION } from './migrations';
import { sortBackupData } from './order';
import { parseJsonSafely } from './safe-json';
import {
  BACKUP_FORMAT,
  type Backup,
  type ImportResult,
  type TransferError,
  type TransferErrorParams,
} from './types';
import {
  colorIdFor,
  list,
  readBodies,
  readSelectors,
  type Context,
  type WebAnnotationImportOptions,
} from './web-annotation-parts';
import {
  LinkEnds,
  addDrop,
  isLinkingAnnotation,
  leftOutDrop,
  readLink,
  type ImportDrop,
} from './web-annotation-links';
import { articleIdFromUrl, iriToId } from './web-annotation-types';
import {
  annotationSchema,
  checkAt,
  findAnnotations,
  hasType,
  targetSchema,
  type FoundAnnotation,
} from './web-annotation-read';

export { FALLBACK_COLOR_ID, type WebAnnotationImportOptions } from './web-annotation-parts';
export type { ImportDrop, ImportDropCode } from './web-annotation-links';

/** An accepted file also says what it left out (links whose passages are nowhere). */
export type WebAnnotationImportResult =
  | (Extract<ImportResult, { ok: true }> & { dropped: ImportDrop[] })
  | Extract<ImportResult, { ok: false }>;

/** Where each record of the backup came from in the file, per table. */
interface SourcePaths {
  highlights: readonly string[];
  links: readonly string[];
}

function toHighlight(ctx: Context, found: FoundAnnotation): Highlight | undefined {
  const { errors, options, now } = ctx;
  const annotation = checkAt(annotationSchema, found.value, found.path, errors);
  if (!annotation) return undefined;
  if (!hasType(annotation.type, 'Annotation')) {
    errors.add(formatPath([...found.path, 'type']), 'expectedAnnotation');
    return undefined;
  }
  const id = iriToId(annotation.id);
  if (id === undefined || id.length > IMPORT_LIMITS.id) {
    errors.add(formatPath([...found.path, 'id']), 'idTooLong', { max: IMPORT_LIMITS.id });
    return undefined;
  }
  const targets = list(annotation.target);
  const targetPath: PathKey[] = Array.isArray(annotation.target)
    ? [...found.path, 'target', 0]
    : [...found.path, 'target'];
  if (targets.length !== 1) {
    errors.add(formatPath([...found.path, 'target']), 'oneTarget');
    return undefined;
  }
  const target = checkAt(targetSchema, targets[0], targetPath, errors);
  if (!target) return undefined;
  const articleId = articleIdFromUrl(target.source);
  if (articleId === undefined || (options.articleIds && !options.articleIds.includes(articleId))) {
    const at = formatPath([...targetPath, 'source']);
    if (articleId === undefined) {
      errors.add(at, 'notArticleAddress', { source: target.source.slice(0, 200) });
    } else errors.add(at, 'notInLibrary', { id: articleId });
    return undefined;
  }
  const selectors = readSelectors(ctx, target.selector, [...targetPath, 'selector']);
  const { note, tags } = readBodies(ctx, annotation, found.path);
  if (!selectors) return undefined;
  const created = annotation.created ?? annotation.modified ?? now;
  const modified = annotation.modified ?? created;
  return {
    id,
    articleId,
    target: {
      position: {
        type: 'TextPositionSelector',
        start: selectors.position.start,
        end: selectors.position.end,
      },
      quote: {
        type: 'TextQuoteSelector',
        exact: selectors.quote.exact,
        prefix: selectors.quote.prefix ?? '',
        suffix: selectors.quote.suffix ?? '',
      },
      textHash: target['sidenote:textHash'] ?? '',
    },
    colorId: colorIdFor(annotation, options),
    note,
    tags,
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(modified).toISOString(),
  };
}

/**
 * Rewrites `data.highlights[i]` (or `data.links[i]`) in a backup-level path into the annotation's
 * own path (nothing for a file that is one annotation: `data.highlights[0].colorId` becomes
 * `colorId`).
 */
function relocate(text: string, paths: SourcePaths): string {
  return text.replace(
    /data\.(highlights|links)\[(\d+)\](\.?)/g,
    (whole, table: 'highlights' | 'links', i: string, dot: string) => {
      const path = paths[table][Number(i)];
      if (path === undefined) return whole;
      return path === '' ? '' : `${path}${dot}`;
    },
  );
}

function relocateError(error: TransferError, paths: SourcePaths): TransferError {
  const params: TransferErrorParams | undefined = error.params && { ...error.params };
  if (params && typeof params.first === 'string') params.first = relocate(params.first, paths);
  return transferError(relocate(error.path, paths), error.code, params);
}

/**
 * Reads a W3C Web Annotation file into highlights and tags. Never throws; refuses the whole file
 * with what is wrong and where (`first.items[3].target.selector`).
 */
export function fromWebAnnotations(
  json: string,
  options: WebAnnotationImportOptions = {},
): WebAnnotationImportResult {
  try {
    const parsed = parseJsonSafely(json);
    if (!parsed.ok) return parsed;
    const errors = new ErrorList();
    const found = findAnnotations(parsed.value, errors);
    if (!errors.empty) return errors.refuse();
    if (found.length === 0) return { ok: false, errors: [transferError('', 'noAnnotations')] };
    const now = options.now ?? new Date().toISOString();
    const ctx: Context = {
      errors,
      options,
      now,
      tags: new Map(),
      tagIds: new Map(),
      leftOut: [],
    };
    const highlights: Highlight[] = [];
    const paths: string[] = [];
    const seen = new Map<string, string>();
    const linking: FoundAnnotation[] = [];
    for (const item of found) {
      if (errors.full) break;
      if (isLinkingAnnotation(item.value)) {
        linking.push(item);
        continue;
      }
      const highlight = toHighlight(ctx, item);
      if (!highlight) continue;
      const path = formatPath(item.path);
      const first = seen.get(highlight.id);
      if (first !== undefined)
        errors.add(formatPath([...item.path, 'id']), 'duplicate.id', { first });
      seen.set(highlight.id, path);
      highlights.push(highlight);
      paths.push(path);
    }
    if (!errors.empty) return errors.refuse();
    // Links: between two highlights of the file (checked with them), or with an end here.
    const ends = new LinkEnds(highlights, options.knownHighlightIds);
    const inFile = new Set(highlights.map((h) => h.id));
    const links: HighlightLink[] = [];
    const linkPaths: string[] = [];
    const endsHere: HighlightLink[] = [];
    const dropped: ImportDrop[] = [];
    const pairs = new Map<string, string>();
    for (const item of linking) {
      if (errors.full) break;
      const path = formatPath(item.path);
      const read = readLink(ctx, item, ends);
      if (read.kind === 'dropped') addDrop(dropped, read.code, path);
      if (read.kind !== 'link') continue;
      const { link } = read;
      const first = seen.get(link.id);
      if (first !== undefined)
        errors.add(formatPath([...item.path, 'id']), 'duplicate.id', { first });
      seen.set(link.id, path);
      const pair = [link.fromId, link.toId].sort().join('\u0000');
      const samePair = pairs.get(pair);
      if (samePair !== undefined)
        errors.add(formatPath([...item.path, 'target']), 'duplicate.linkPair', {
          first: samePair,
        });
      pairs.set(pair, path);
      if (inFile.has(link.fromId) && inFile.has(link.toId)) {
        links.push(link);
        linkPaths.push(path);
      } else endsHere.push(link);
    }
    if (!errors.empty) return errors.refuse();
    dropped.push(...leftOutDrop(ctx.leftOut));
    const backup: Backup = {
      format: BACKUP_FORMAT,
      version: CURRENT_BACKUP_VERSION,
      exportedAt: now,
      // Informational only: these records did not come from a Sidenote database.
      app: { name: 'Sidenote', schemaVersion: 1 },
      data: {
        highlights,
        articleStates: [],
        tags: [...ctx.tags.values()],
        colors: [],
        links,
        reviews: [],
        userArticles: [],
      },
    };
    const knownColorIds = options.colors?.length
      ? options.colors.map((c) => c.id)
      : highlights.map((h) => h.colorId);
    const result = acceptBackupValue(backup, { knownColorIds });
    if (!result.ok) {
      const where = { highlights: paths, links: linkPaths };
      return { ok: false, errors: result.errors.map((e) => relocateError(e, where)) };
    }
    if (endsHere.length === 0) return { ...result, dropped };
    // Checked one by one above (the backup's cross-check wants both ends in the file).
    const data = sortBackupData({
      ...result.backup.data,
      links: [...result.backup.data.links, ...endsHere],
    });
    return {
      ok: true,
      backup: { ...result.backup, data },
      summary: summarizeBackup(data),
      dropped,
    };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, errors: [transferError('', 'unreadable', { reason })] };
  }
}
