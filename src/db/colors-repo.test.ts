import { describe, expect, it } from 'vitest';
import { listColors, renameColor } from './colors-repo';
import { openDatabase } from './database';
import { DEFAULT_COLORS } from './default-colors';
import { InvalidInputError } from './errors';
import { useTestDb } from './test-utils';

describe('colours repository', () => {
  const db = useTestDb();

  it('a new database starts with the five default colours, in order', async () => {
    const colors = await listColors(db());
    expect(colors.map((c) => [c.id, c.label, c.swatch])).toEqual([
      ['key-claim', 'Key claim', 'yellow'],
      ['evidence', 'Evidence', 'green'],
      ['context', 'Context', 'blue'],
      ['disputed', 'Disputed', 'pink'],
      ['question', 'Question', 'purple'],
    ]);
  });

  it('seeds only once: reopening keeps renames and adds no duplicates', async () => {
    await renameColor(db(), 'disputed', '  Contested ');
    db().close();
    const reopened = openDatabase(db().name);
    try {
      const colors = await listColors(reopened);
      expect(colors).toHaveLength(DEFAULT_COLORS.length);
      expect(colors.find((c) => c.id === 'disputed')?.label).toBe('Contested');
    } finally {
      reopened.close();
    }
  });

  it('refuses an empty meaning and ignores unknown colours', async () => {
    await expect(renameColor(db(), 'evidence', ' ')).rejects.toBeInstanceOf(InvalidInputError);
    expect(await renameColor(db(), 'missing', 'x')).toBeUndefined();
    expect((await listColors(db())).find((c) => c.id === 'evidence')?.label).toBe('Evidence');
  });
});
