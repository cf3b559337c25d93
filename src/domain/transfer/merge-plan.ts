/**
 * Deciding what an import does to the data already here, record by record (by id):
 * - not here → new; identical → unchanged;
 * - different → updated when the file's copy is newer (`updatedAt` for highlights and articles,
 *   `lastReview` for reviews, or a colour still as Sidenote seeded it); otherwise a conflict, where
 *   the copy here is kept unless the strategy is `theirs`. Tags, links and added articles carry no
 *   modification time, so any difference is a conflict.
 * - A tag whose name matches a tag here (ignoring case) is that tag: highlights and articles in
 *   the file are re-pointed to it, and it keeps its colour and description. A link between two
 *   highlights already linked here is that link.
 */
import type { ArticleState, HighlightLink, Tag } from '@/domain/annotations/types';
import { RECORD_KEY } from './order';
import { sameRecord } from './same-record';
import { tagNameKey } from '../annotations/tag-name';
import { TRANSFER_KINDS, type BackupData, type TransferKind } from './types';
import { articleStateParts, type ArticleStateParts } from './describe-counts';

export type ImportStrategy = 'keep-newer' | 'theirs';
export type TransferCounts = Record<TransferKind, number>;

export interface ImportConflict {
  kind: TransferKind;
  id: string;
  reason: string;
}

export interface ImportPreview {
  new: TransferCounts;
  updated: TransferCounts;
  unchanged: TransferCounts;
  /** Records that differ where the copy here may be newer; kept unless the strategy is `theirs`. */
  conflicts: ImportConflict[];
  /** Of the new and updated article states, how many carry a note and how many tags. */
  articleParts: { new: ArticleStateParts; updated: ArticleStateParts };
}

export interface ImportPlan extends ImportPreview {
  /** The records to write, per table, with tag ids already mapped. */
  writes: BackupData;
}

/** Records here that share an id with the file (links: also those touching its highlights). */
export type LocalRecords = { [K in TransferKind]: ReadonlyMap<string, BackupData[K][number]> } & {
  /** Every tag here, for matching names. */
  allTags: readonly Tag[];
};

export interface PlanOptions {
  strategy: ImportStrategy;
  /** Colours as a new database seeds them: a colour here still equal to its seed is not the user's. */
  seedColors?: BackupData['colors'];
}

export function zeroCounts(): TransferCounts {
  return Object.fromEntries(TRANSFER_KINDS.map((k) => [k, 0])) as TransferCounts;
}

const time = (iso: string | undefined) => (iso === undefined ? -Infinity : Date.parse(iso));

/** Why the copy here wins over a different one in the file, or undefined when the file's is newer. */
function keepReason(
  kind: TransferKind,
  here: unknown,
  file: unknown,
  seeds: PlanOptions['seedColors'],
): string | undefined {
  const stamp = (r: unknown, field: string) =>
    time((r as Record<string, string | undefined>)[field]);
  const compare = (field: string) => {
    const [h, f] = [stamp(here, field), stamp(file, field)];
    if (f > h) return undefined;
    return h > f
      ? 'changed here after the file was made'
      : 'changed both here and in the file at the same time';
  };
  switch (kind) {
    case 'highlights':
    case 'articleStates':
      return compare('updatedAt');
    case 'reviews':
      return compare('lastReview');
    case 'colors': {
      const seed = seeds?.find((c) => c.id === (here as { id: string }).id);
      return seed && sameRecord(seed, here) ? undefined : 'its meaning was changed here';
    }
    default:
      return 'differs from the copy here, and neither says which is newer';
  }
}

const pairKey = (l: HighlightLink) => [l.fromId, l.toId].sort().join('\u0000');

/** Maps file tag ids onto tags here with the same name. */
function tagMapping(file: readonly Tag[], allHere: readonly Tag[]): Map<string, string> {
  const byName = new Map(allHere.map((t) => [tagNameKey(t.name), t.id]));
  const mapping = new Map<string, string>();
  for (const tag of file) {
    const here = byName.get(tagNameKey(tag.name));
    if (here !== undefined && here !== tag.id) mapping.set(tag.id, here);
  }
  return mapping;
}

/** The file's records with tag ids and link ids mapped onto the ones here. */
function mapIncoming(
  file: BackupData,
  local: LocalRecords,
  mapping: ReadonlyMap<string, string>,
): BackupData {
  const remap = (tags: readonly string[]) => [...new Set(tags.map((t) => mapping.get(t) ?? t))];
  const linksByPair = new Map([...local.links.values()].map((l) => [pairKey(l), l.id]));
  return {
    ...file,
    highlights: file.highlights.map((h) => ({ ...h, tags: remap(h.tags) })),
    articleStates: file.articleStates.map((s) => ({ ...s, tags: remap(s.tags) })),
    tags: file.tags.filter((t) => !mapping.has(t.id)),
    links: file.links.map((l) => {
      const here = local.links.has(l.id) ? undefined : linksByPair.get(pairKey(l));
      return here === undefined ? l : { ...l, id: here };
    }),
  };
}

function addParts(parts: ArticleStateParts, state: ArticleState) {
  const one = articleStateParts([state]);
  parts.notes += one.notes;
  parts.tagged += one.tagged;
}

export function planImport(
  file: BackupData,
  local: LocalRecords,
  options: PlanOptions,
): ImportPlan {
  const mapping = tagMapping(file.tags, local.allTags);
  const incoming = mapIncoming(file, local, mapping);
  const mergeTargets = new Set(mapping.values());
  const plan: ImportPlan = {
    new: zeroCounts(),
    updated: zeroCounts(),
    unchanged: zeroCounts(),
    conflicts: [],
    articleParts: { new: { notes: 0, tagged: 0 }, updated: { notes: 0, tagged: 0 } },
    writes: {
      highlights: [],
      articleStates: [],
      tags: [],
      colors: [],
      links: [],
      reviews: [],
      userArticles: [],
    },
  };
  plan.unchanged.tags = mapping.size;
  for (const kind of TRANSFER_KINDS) {
    const key = RECORD_KEY[kind] as (r: unknown) => string;
    const here = local[kind] as ReadonlyMap<string, unknown>;
    const writes = plan.writes[kind] as unknown[];
    for (const record of incoming[kind] as unknown[]) {
      const id = key(record);
      const current = here.get(id);
      if (current === undefined) {
        plan.new[kind] += 1;
        writes.push(record);
        if (kind === 'articleStates') addParts(plan.articleParts.new, record as ArticleState);
      } else if (sameRecord(current, record)) {
        plan.unchanged[kind] += 1;
      } else {
        const blocked = kind === 'tags' && mergeTargets.has(id);
        const reason = blocked
          ? 'another tag in the file has this tag’s name'
          : keepReason(kind, current, record, options.seedColors);
        if (reason === undefined) {
          plan.updated[kind] += 1;
          writes.push(record);
          if (kind === 'articleStates') addParts(plan.articleParts.updated, record as ArticleState);
        } else {
          plan.conflicts.push({ kind, id, reason });
          if (options.strategy === 'theirs' && !blocked) writes.push(record);
        }
      }
    }
  }
  return plan;
}
