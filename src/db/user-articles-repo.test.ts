import { describe, expect, it } from 'vitest';
import { InvalidInputError } from './errors';
import { createHighlight, listAllHighlights } from './highlights-repo';
import { createLink, listLinksFor } from './links-repo';
import { setArticleNote, listArticleStates } from './article-state-repo';
import { target, useTestDb } from './test-utils';
import {
  addUserArticle,
  countUserArticleAnnotations,
  deleteUserArticle,
  getUserArticle,
  isUserArticleId,
  listUserArticles,
  restoreUserArticle,
} from './user-articles-repo';

describe('user articles', () => {
  const db = useTestDb();

  it('keeps an added article with an id that cannot clash with a seed', async () => {
    const added = await addUserArticle(db(), { fileName: 'notiz.txt', raw: 'Titel\n\nText.' });
    expect(isUserArticleId(added.id)).toBe(true);
    expect(await getUserArticle(db(), added.id)).toEqual(added);
    expect((await listUserArticles(db())).map((a) => a.fileName)).toEqual(['notiz.txt']);
  });

  it('refuses an empty text with a message', async () => {
    await expect(
      addUserArticle(db(), { fileName: 'leer.txt', raw: ' \n ' }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(addUserArticle(db(), { fileName: 'leer.txt', raw: ' \n ' })).rejects.toMatchObject(
      {
        details: { code: 'errors.article.added.emptyText', params: { file: 'leer.txt' } },
      },
    );
    expect(await listUserArticles(db())).toEqual([]);
  });

  it('removes the article with its highlights, links and note, and nothing else', async () => {
    const mine = await addUserArticle(db(), { fileName: 'a.txt', raw: 'A\n\nB.' });
    const h1 = await createHighlight(db(), {
      articleId: mine.id,
      target: target(0, 'A'),
      colorId: 'evidence',
    });
    const other = await createHighlight(db(), {
      articleId: 'seed',
      target: target(0, 'x'),
      colorId: 'evidence',
    });
    await createLink(db(), { fromId: h1.id, toId: other.id });
    await setArticleNote(db(), mine.id, 'meine Notiz');
    expect(await countUserArticleAnnotations(db(), mine.id)).toBe(1);

    const linksBefore = await listLinksFor(db(), [other.id]);
    const result = await deleteUserArticle(db(), mine.id);
    expect(result.highlights).toBe(1);
    expect(await getUserArticle(db(), mine.id)).toBeUndefined();
    expect((await listAllHighlights(db())).map((h) => h.id)).toEqual([other.id]);
    expect(await listLinksFor(db(), [other.id])).toEqual([]);
    expect((await listArticleStates(db())).map((s) => s.articleId)).not.toContain(mine.id);

    // Undo puts back the article, its highlights, its note and the link to the other article.
    if (!result.removed) throw new Error('nothing to undo');
    await restoreUserArticle(db(), result.removed);
    expect(await getUserArticle(db(), mine.id)).toEqual(mine);
    expect((await listAllHighlights(db())).map((h) => h.id).sort()).toEqual(
      [h1.id, other.id].sort(),
    );
    expect(await listLinksFor(db(), [other.id])).toEqual(linksBefore);
    expect((await listArticleStates(db())).map((s) => s.articleId)).toContain(mine.id);
  });
});
