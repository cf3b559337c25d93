import { normalizeTagName, tagNameKey } from '@/domain/annotations/tag-name';
import type { Tag } from '@/domain/annotations/types';
import { newId, nowAfter, nowIso } from './clock';
import type { SidenoteDb } from './database';
import { InvalidInputError } from './errors';

export type TagColor = Tag['color'];

export interface TagUsage {
  highlights: number;
  articles: number;
}

export type RenameTagResult =
  | { status: 'renamed'; tag: Tag }
  /** Another tag already has this name (ignoring case): offer to merge into `existing`. */
  | { status: 'exists'; existing: Tag }
  | { status: 'empty' }
  | { status: 'not-found' };

export interface MergeTagsResult {
  into: Tag;
  /** How many highlights and article states were rewritten. */
  highlights: number;
  articles: number;
  /** What `unmergeTags` needs to put things back; absent when nothing changed. */
  undo?: MergedTag;
}

/** A merged tag and the records that carried it (and whether they already had the target). */
export interface MergedTag {
  from: Tag;
  intoId: string;
  highlights: { id: string; hadInto: boolean }[];
  articles: { id: string; hadInto: boolean }[];
}

/** Everything `deleteTag` removed, so an undo can put it back with `restoreTag`. */
export interface DeletedTag {
  tag: Tag;
  highlightIds: string[];
  articleIds: string[];
}

export { normalizeTagName };

async function findByName(db: SidenoteDb, name: string): Promise<Tag | undefined> {
  const key = tagNameKey(name);
  return db.tags.filter((t) => tagNameKey(t.name) === key).first();
}

/** All tags, by name. */
export async function listTags(db: SidenoteDb): Promise<Tag[]> {
  const tags = await db.tags.toArray();
  return tags.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

/** Creates a tag, or returns the existing one with the same name (ignoring case and spacing). */
export async function createTag(
  db: SidenoteDb,
  name: string,
  options: { color?: TagColor; description?: string } = {},
): Promise<Tag> {
  const clean = normalizeTagName(name);
  if (clean === '')
    throw new InvalidInputError('Type a name for the tag.', { code: 'tags.error.nameEmpty' });
  // Read and write in one transaction: IndexedDB serialises it against other tabs' writes.
  return db.transaction('rw', db.tags, async () => {
    const existing = await findByName(db, clean);
    if (existing) return existing;
    const tag: Tag = {
      id: newId(),
      name: clean,
      color: options.color ?? 'gray',
      description: options.description ?? '',
      createdAt: nowIso(),
    };
    await db.tags.add(tag);
    return tag;
  });
}

/** Renames a tag, refusing a name another tag has (the UI can then offer `mergeTags`). */
export async function renameTag(
  db: SidenoteDb,
  id: string,
  name: string,
): Promise<RenameTagResult> {
  const clean = normalizeTagName(name);
  if (clean === '') return { status: 'empty' };
  return db.transaction('rw', db.tags, async (): Promise<RenameTagResult> => {
    const current = await db.tags.get(id);
    if (!current) return { status: 'not-found' };
    const existing = await findByName(db, clean);
    if (existing && existing.id !== id) return { status: 'exists', existing };
    const tag: Tag = { ...current, name: clean };
    await db.tags.put(tag);
    return { status: 'renamed', tag };
  });
}

function replaceTag(tags: readonly string[], fromId: string, intoId: string): string[] {
  return [...new Set(tags.map((t) => (t === fromId ? intoId : t)))];
}

/**
 * Moves every use of `fromId` (highlights and articles) to `intoId` and deletes `fromId`, all in
 * one transaction. Rewritten records get a new `updatedAt`.
 */
export async function mergeTags(
  db: SidenoteDb,
  fromId: string,
  intoId: string,
): Promise<MergeTagsResult> {
  return db.transaction('rw', [db.tags, db.highlights, db.articleStates], async () => {
    const [from, into] = await db.tags.bulkGet([fromId, intoId]);
    if (!into)
      throw new InvalidInputError('The tag to merge into no longer exists.', {
        code: 'tags.error.mergeTargetGone',
      });
    if (!from || fromId === intoId) return { into, highlights: 0, articles: 0 };
    const undo: MergedTag = { from, intoId, highlights: [], articles: [] };
    const highlights = await db.highlights
      .where('tags')
      .equals(fromId)
      .modify((h) => {
        undo.highlights.push({ id: h.id, hadInto: h.tags.includes(intoId) });
        h.tags = replaceTag(h.tags, fromId, intoId);
        h.updatedAt = nowAfter(h.updatedAt);
      });
    const articles = await db.articleStates
      .where('tags')
      .equals(fromId)
      .modify((s) => {
        undo.articles.push({ id: s.articleId, hadInto: s.tags.includes(intoId) });
        s.tags = replaceTag(s.tags, fromId, intoId);
        s.updatedAt = nowAfter(s.updatedAt);
      });
    await db.tags.delete(fromId);
    return { into, highlights, articles, undo };
  });
}

export async function recolorTag(
  db: SidenoteDb,
  id: string,
  color: TagColor,
): Promise<Tag | undefined> {
  return db.transaction('rw', db.tags, async () => {
    const current = await db.tags.get(id);
    if (!current) return undefined;
    const tag: Tag = { ...current, color };
    await db.tags.put(tag);
    return tag;
  });
}

/** Deletes a tag and strips it from every highlight and article, in one transaction. */
export async function deleteTag(db: SidenoteDb, id: string): Promise<DeletedTag | undefined> {
  return db.transaction('rw', [db.tags, db.highlights, db.articleStates], async () => {
    const tag = await db.tags.get(id);
    if (!tag) return undefined;
    const highlightIds = (await db.highlights.where('tags').equals(id).primaryKeys()).map(String);
    const articleIds = (await db.articleStates.where('tags').equals(id).primaryKeys()).map(String);
    await db.highlights
      .where('tags')
      .equals(id)
      .modify((h) => {
        h.tags = h.tags.filter((t) => t !== id);
        h.updatedAt = nowAfter(h.updatedAt);
      });
    await db.articleStates
      .where('tags')
      .equals(id)
      .modify((s) => {
        s.tags = s.tags.filter((t) => t !== id);
        s.updatedAt = nowAfter(s.updatedAt);
      });
    await db.tags.delete(id);
    return { tag, highlightIds, articleIds };
  });
}

/** Undoes `deleteTag`: the tag comes back on the highlights and articles that still exist. */
export async function restoreTag(db: SidenoteDb, deleted: DeletedTag): Promise<void> {
  const { tag } = deleted;
  const addBack = (tags: string[]) => (tags.includes(tag.id) ? tags : [...tags, tag.id]);
  await db.transaction('rw', [db.tags, db.highlights, db.articleStates], async () => {
    await db.tags.put(tag);
    await db.highlights
      .where('id')
      .anyOf(deleted.highlightIds)
      .modify((h) => {
        h.tags = addBack(h.tags);
      });
    await db.articleStates
      .where('articleId')
      .anyOf(deleted.articleIds)
      .modify((s) => {
        s.tags = addBack(s.tags);
      });
  });
}

/** Put a record's tags back as they were before a merge: the old tag in the target's place. */
function unmergeTagList(tags: readonly string[], merged: MergedTag, hadInto: boolean): string[] {
  const { from, intoId } = merged;
  if (tags.includes(from.id)) return [...tags];
  if (hadInto || !tags.includes(intoId)) return [...tags, from.id];
  return tags.map((t) => (t === intoId ? from.id : t));
}

/**
 * Undoes `mergeTags`: the merged tag comes back, and the highlights and articles that had it get
 * it again in place of the target (which stays where they had it before the merge too).
 */
export async function unmergeTags(db: SidenoteDb, merged: MergedTag): Promise<void> {
  const had = (list: MergedTag['highlights']) => new Map(list.map((r) => [r.id, r.hadInto]));
  const highlights = had(merged.highlights);
  const articles = had(merged.articles);
  await db.transaction('rw', [db.tags, db.highlights, db.articleStates], async () => {
    await db.tags.put(merged.from);
    await db.highlights
      .where('id')
      .anyOf([...highlights.keys()])
      .modify((h) => {
        h.tags = unmergeTagList(h.tags, merged, highlights.get(h.id) ?? false);
        h.updatedAt = nowAfter(h.updatedAt);
      });
    await db.articleStates
      .where('articleId')
      .anyOf([...articles.keys()])
      .modify((s) => {
        s.tags = unmergeTagList(s.tags, merged, articles.get(s.articleId) ?? false);
        s.updatedAt = nowAfter(s.updatedAt);
      });
  });
}

/** Uses per tag id; every tag is present, unused ones with zeros. */
export async function countTagUsage(db: SidenoteDb): Promise<Record<string, TagUsage>> {
  const [tags, highlightKeys, articleKeys] = await Promise.all([
    db.tags.toCollection().primaryKeys(),
    db.highlights.orderBy('tags').keys(),
    db.articleStates.orderBy('tags').keys(),
  ]);
  const usage: Record<string, TagUsage> = {};
  for (const id of tags) usage[id] = { highlights: 0, articles: 0 };
  for (const key of highlightKeys) {
    const entry = usage[String(key)];
    if (entry) entry.highlights += 1;
  }
  for (const key of articleKeys) {
    const entry = usage[String(key)];
    if (entry) entry.articles += 1;
  }
  return usage;
}
