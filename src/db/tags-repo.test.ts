import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getArticleState, setArticleTags } from './article-state-repo';
import { InvalidInputError } from './errors';
import { createHighlight, getHighlight } from './highlights-repo';
import {
  countTagUsage,
  createTag,
  deleteTag,
  listTags,
  mergeTags,
  unmergeTags,
  recolorTag,
  renameTag,
  restoreTag,
} from './tags-repo';
import { target, useTestDb } from './test-utils';

describe('tags repository', () => {
  const db = useTestDb();

  const highlightWith = (tags: string[]) =>
    createHighlight(db(), { articleId: 'a1', target: target(0, 'q'), colorId: 'evidence', tags });

  it('creates a trimmed tag with defaults', async () => {
    const tag = await createTag(db(), '  Follow   up ');
    expect(tag).toMatchObject({ name: 'Follow up', color: 'gray', description: '' });
    expect(await listTags(db())).toEqual([tag]);
  });

  it('returns the existing tag for the same name in another case, instead of a duplicate', async () => {
    const first = await createTag(db(), 'Ökonomie');
    expect(await createTag(db(), 'ökonomie ')).toEqual(first);
    expect(await createTag(db(), 'ÖKONOMIE')).toEqual(first);
    expect(await listTags(db())).toHaveLength(1);
  });

  it('never creates two tags whose names differ only by case or spacing', async () => {
    const word = fc.stringMatching(/^[a-zA-ZäöüÄÖÜ]{1,8}$/);
    const spacing = fc.constantFrom('', ' ', '  ', '\t');
    await fc.assert(
      fc.asyncProperty(word, spacing, spacing, async (name, before, after) => {
        await db().tags.clear();
        const a = await createTag(db(), name);
        const b = await createTag(db(), `${before}${name.toUpperCase()}${after}`);
        const c = await createTag(db(), name.toLowerCase());
        return a.id === b.id && b.id === c.id && (await db().tags.count()) === 1;
      }),
      { numRuns: 40 },
    );
  });

  it('two tags created at the same moment with the same name end up as one', async () => {
    const [a, b] = await Promise.all([createTag(db(), 'sources'), createTag(db(), 'Sources')]);
    expect(a.id).toBe(b.id);
    expect(await listTags(db())).toHaveLength(1);
  });

  it('refuses an empty name', async () => {
    await expect(createTag(db(), '   ')).rejects.toBeInstanceOf(InvalidInputError);
    await expect(createTag(db(), '   ')).rejects.toMatchObject({
      details: { code: 'tags.error.nameEmpty' },
    });
    expect(await listTags(db())).toEqual([]);
  });

  it('renames, allows a change of case, and refuses a name another tag has', async () => {
    const a = await createTag(db(), 'sources');
    const b = await createTag(db(), 'evidence');
    expect(await renameTag(db(), a.id, 'Sources')).toEqual({
      status: 'renamed',
      tag: { ...a, name: 'Sources' },
    });
    expect(await renameTag(db(), a.id, ' EVIDENCE ')).toEqual({ status: 'exists', existing: b });
    expect(await renameTag(db(), a.id, '')).toEqual({ status: 'empty' });
    expect(await renameTag(db(), 'missing', 'x')).toEqual({ status: 'not-found' });
    expect((await listTags(db())).map((t) => t.name)).toEqual(['evidence', 'Sources']);
  });

  it('merge moves every use to the target tag and removes the source tag', async () => {
    const from = await createTag(db(), 'econ');
    const into = await createTag(db(), 'economy');
    const other = await createTag(db(), 'other');
    const onlyFrom = await highlightWith([from.id, other.id]);
    const both = await highlightWith([from.id, into.id]);
    const untouched = await highlightWith([other.id]);
    await setArticleTags(db(), 'a1', [from.id]);

    const result = await mergeTags(db(), from.id, into.id);

    expect(result).toMatchObject({ into, highlights: 2, articles: 1 });
    expect((await getHighlight(db(), onlyFrom.id))?.tags).toEqual([into.id, other.id]);
    expect((await getHighlight(db(), both.id))?.tags).toEqual([into.id]);
    expect(await getHighlight(db(), untouched.id)).toEqual(untouched);
    expect((await getArticleState(db(), 'a1')).tags).toEqual([into.id]);
    expect((await listTags(db())).map((t) => t.id).sort()).toEqual([into.id, other.id].sort());

    // Undo: the old tag comes back where it was; the target stays only where it was before.
    if (!result.undo) throw new Error('merge gave nothing to undo');
    await unmergeTags(db(), result.undo);
    expect((await getHighlight(db(), onlyFrom.id))?.tags).toEqual([from.id, other.id]);
    expect((await getHighlight(db(), both.id))?.tags).toEqual([into.id, from.id]);
    expect((await getArticleState(db(), 'a1')).tags).toEqual([from.id]);
    expect((await listTags(db())).map((t) => t.id).sort()).toEqual(
      [from.id, into.id, other.id].sort(),
    );
  });

  it('merging a tag into itself changes nothing; into a missing tag is refused', async () => {
    const tag = await createTag(db(), 'x');
    const h = await highlightWith([tag.id]);
    expect(await mergeTags(db(), tag.id, tag.id)).toEqual({
      into: tag,
      highlights: 0,
      articles: 0,
    });
    await expect(mergeTags(db(), tag.id, 'missing')).rejects.toBeInstanceOf(InvalidInputError);
    await expect(mergeTags(db(), tag.id, 'missing')).rejects.toMatchObject({
      details: { code: 'tags.error.mergeTargetGone' },
    });
    expect(await getHighlight(db(), h.id)).toEqual(h);
    expect(await listTags(db())).toEqual([tag]);
  });

  it('delete strips the tag from every highlight and article; restore puts it back', async () => {
    const gone = await createTag(db(), 'gone');
    const kept = await createTag(db(), 'kept');
    const h1 = await highlightWith([gone.id, kept.id]);
    const h2 = await highlightWith([gone.id]);
    await setArticleTags(db(), 'a1', [kept.id, gone.id]);

    const deleted = await deleteTag(db(), gone.id);

    expect(deleted?.tag).toEqual(gone);
    expect((await getHighlight(db(), h1.id))?.tags).toEqual([kept.id]);
    expect((await getHighlight(db(), h2.id))?.tags).toEqual([]);
    expect((await getArticleState(db(), 'a1')).tags).toEqual([kept.id]);
    expect(await listTags(db())).toEqual([kept]);
    expect(await db().highlights.where('tags').equals(gone.id).count()).toBe(0);

    if (!deleted) throw new Error('expected a deleted tag');
    await restoreTag(db(), deleted);
    expect((await getHighlight(db(), h1.id))?.tags).toEqual([kept.id, gone.id]);
    expect((await getHighlight(db(), h2.id))?.tags).toEqual([gone.id]);
    expect((await getArticleState(db(), 'a1')).tags).toEqual([kept.id, gone.id]);
    expect(await deleteTag(db(), 'missing')).toBeUndefined();
  });

  it('recolours a tag', async () => {
    const tag = await createTag(db(), 'x');
    expect(await recolorTag(db(), tag.id, 'purple')).toEqual({ ...tag, color: 'purple' });
    expect((await listTags(db()))[0]?.color).toBe('purple');
    expect(await recolorTag(db(), 'missing', 'blue')).toBeUndefined();
  });

  it('counts uses on highlights and articles, with zeros for unused tags', async () => {
    const a = await createTag(db(), 'a');
    const b = await createTag(db(), 'b');
    const unused = await createTag(db(), 'unused');
    await highlightWith([a.id, b.id]);
    await highlightWith([a.id]);
    await setArticleTags(db(), 'a1', [b.id]);
    await setArticleTags(db(), 'a2', [b.id, a.id]);
    expect(await countTagUsage(db())).toEqual({
      [a.id]: { highlights: 2, articles: 1 },
      [b.id]: { highlights: 1, articles: 2 },
      [unused.id]: { highlights: 0, articles: 0 },
    });
  });
});
