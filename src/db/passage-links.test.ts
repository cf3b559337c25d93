import { describe, expect, it } from 'vitest';
import { createHighlight } from './highlights-repo';
import { linkPassages } from './passage-links';
import { target, useTestDb } from './test-utils';

describe('linking two passages in one step', () => {
  const db = useTestDb();

  it('makes the missing highlight, reuses the existing one, and links them', async () => {
    const existing = await createHighlight(db(), {
      articleId: 'left',
      target: target(0, 'Russland darf nicht gewinnen'),
      colorId: 'evidence',
    });
    const done = await linkPassages(
      db(),
      { id: existing.id },
      { make: { articleId: 'right', target: target(10, 'nicht siegen'), colorId: 'key' } },
      'supports',
    );
    expect(done.from.id).toBe(existing.id);
    expect(done.made).toEqual([done.to]);
    expect(done.link).toMatchObject({
      fromId: existing.id,
      toId: done.to.id,
      relation: 'supports',
    });
    expect(await db().highlights.count()).toBe(2);
    expect(await db().links.count()).toBe(1);
  });

  it('leaves nothing half made when an end is gone', async () => {
    await expect(
      linkPassages(
        db(),
        { make: { articleId: 'left', target: target(0, 'eine Stelle'), colorId: 'key' } },
        { id: 'deleted-meanwhile' },
        'same-event',
      ),
    ).rejects.toThrow();
    expect(await db().highlights.count()).toBe(0);
    expect(await db().links.count()).toBe(0);
  });
});
