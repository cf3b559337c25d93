import { describe, expect, it } from 'vitest';
import { getMeta, setMeta } from './meta-repo';
import { useTestDb } from './test-utils';

describe('meta repository', () => {
  const db = useTestDb();

  it('stores a value by key and replaces it on the next write', async () => {
    expect(await getMeta(db(), 'lastExportAt')).toBeUndefined();
    await setMeta(db(), 'lastExportAt', '2025-01-01T00:00:00.000Z');
    await setMeta(db(), 'lastExportAt', '2025-02-01T00:00:00.000Z');
    expect(await getMeta(db(), 'lastExportAt')).toBe('2025-02-01T00:00:00.000Z');
    expect(await db().meta.count()).toBe(1);
  });
});
