import Dexie from 'dexie';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  FALLBACK_COLOR_ID,
  IMPORT_LIMITS,
  parseBackup,
  type Backup,
  type BackupData,
  type BackupReview,
  type BackupUserArticle,
} from '@/domain/transfer';
import { highlight, sampleBackup, sampleData, T0, T1 } from '@/domain/transfer/backup.fixture';
import { openDatabase, type SidenoteDb } from './database';
import { DEFAULT_COLORS } from './default-colors';
import type { ReviewState, UserArticleRecord } from './records';
import { MAX_USER_ARTICLE_CHARS } from './user-articles-repo';
import { LATEST_SCHEMA_VERSION } from './schema';
import { useTestDb } from './test-utils';
import {
  IMPORT_CHUNK_SIZE,
  applyImport,
  backupParseOptions,
  dumpDatabase,
  exportBackup,
  previewImport,
} from './transfer-repo';

describe('transfer repository', () => {
  const getDb = useTestDb();

  async function freshCopyOf(db: SidenoteDb): Promise<SidenoteDb> {
    db.close();
    await Dexie.delete(db.name);
    return openDatabase(db.name);
  }

  async function load(db: SidenoteDb, data: BackupData): Promise<void> {
    await applyImport(db, sampleBackup(data), { strategy: 'theirs' });
  }

  describe('backup records and database rows', () => {
    it('have the same shapes', () => {
      expectTypeOf<BackupReview>().toEqualTypeOf<ReviewState>();
      expectTypeOf<BackupUserArticle>().toEqualTypeOf<UserArticleRecord>();
      expect(FALLBACK_COLOR_ID).toBe(DEFAULT_COLORS[0]?.id);
      expect(IMPORT_LIMITS.articleRaw).toBe(MAX_USER_ARTICLE_CHARS);
    });
  });

  describe('dumpDatabase and exportBackup', () => {
    it('read every table, sorted by id, and stamp the schema version', async () => {
      const db = getDb();
      await load(db, sampleData());
      const dump = await dumpDatabase(db);
      expect(dump).toEqual(sampleBackup().data);
      expect(dump.colors.map((c) => c.id)).toEqual([
        'context',
        'disputed',
        'evidence',
        'key-claim',
        'question',
      ]);
      const backup = await exportBackup(db, new Date('2026-11-22T08:00:00.000Z'));
      expect(backup.app.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(backup.data).toEqual(dump);
    });

    it('a new database dumps only its seeded palette', async () => {
      expect(await dumpDatabase(getDb())).toMatchObject({
        highlights: [],
        tags: [],
        colors: [...DEFAULT_COLORS].sort((a, b) => (a.id < b.id ? -1 : 1)),
      });
    });
  });

  describe('export → wipe → import', () => {
    it('gives back exactly the same data, through the file format', async () => {
      let db = getDb();
      await load(db, sampleData());
      const before = await dumpDatabase(db);
      const text = JSON.stringify(await exportBackup(db));
      db = await freshCopyOf(db);
      try {
        const parsed = parseBackup(text, await backupParseOptions(db));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
        const preview = await previewImport(db, parsed.backup);
        expect(preview.conflicts).toEqual([]);
        expect(preview.new.highlights).toBe(3);
        expect(preview.updated.colors).toBe(1); // "Background" replaces the seeded "Context"
        await applyImport(db, parsed.backup, { strategy: 'keep-newer' });
        expect(await dumpDatabase(db)).toEqual(before);
      } finally {
        db.close();
      }
    });

    it('importing the same backup again changes nothing', async () => {
      const db = getDb();
      await load(db, sampleData());
      const before = await dumpDatabase(db);
      const outcome = await applyImport(db, sampleBackup(), { strategy: 'theirs' });
      expect(Object.values(outcome.written).reduce((a, b) => a + b, 0)).toBe(0);
      expect(outcome.unchanged).toEqual({
        highlights: 3,
        articleStates: 2,
        tags: 2,
        colors: 5,
        links: 1,
        reviews: 2,
        userArticles: 2,
      });
      expect(await dumpDatabase(db)).toEqual(before);
    });
  });

  describe('conflicts', () => {
    it('keeps a record changed here after the backup, unless told to take theirs', async () => {
      const db = getDb();
      await load(db, sampleData());
      const backup = sampleBackup();
      await db.highlights.update('h1', {
        note: 'Neuer Gedanke',
        updatedAt: '2026-12-01T00:00:00.000Z',
      });
      await db.tags.update('t2', { color: 'green' });

      const preview = await previewImport(db, backup);
      expect(preview.conflicts).toEqual([
        { kind: 'highlights', id: 'h1', reason: 'changed here after the file was made' },
        {
          kind: 'tags',
          id: 't2',
          reason: 'differs from the copy here, and neither says which is newer',
        },
      ]);
      await applyImport(db, backup, { strategy: 'keep-newer' });
      expect((await db.highlights.get('h1'))?.note).toBe('Neuer Gedanke');
      expect((await db.tags.get('t2'))?.color).toBe('green');

      await applyImport(db, backup, { strategy: 'theirs' });
      expect(await dumpDatabase(db)).toEqual(backup.data);
    });

    it('takes a newer copy from the file without asking', async () => {
      const db = getDb();
      await load(db, sampleData());
      const data = sampleData();
      data.highlights[2] = highlight('h3', {
        note: 'aus der Datei',
        updatedAt: '2027-01-01T00:00:00.000Z',
      });
      const preview = await previewImport(db, sampleBackup(data));
      expect(preview).toMatchObject({
        conflicts: [],
        updated: { highlights: 1 },
        unchanged: { highlights: 2 },
      });
      await applyImport(db, sampleBackup(data), { strategy: 'keep-newer' });
      expect((await db.highlights.get('h3'))?.note).toBe('aus der Datei');
    });
  });

  describe('tags merged by name', () => {
    it('re-points the file’s uses of a tag to the tag here with the same name', async () => {
      const db = getDb();
      await db.tags.add({
        id: 'local-eskalation',
        name: 'ESKALATION',
        color: 'pink',
        description: '',
        createdAt: T0,
      });
      const outcome = await applyImport(db, sampleBackup(), { strategy: 'keep-newer' });
      expect(outcome.unchanged.tags).toBe(1);
      const tags = await db.tags.toArray();
      expect(tags.map((t) => t.name).sort()).toEqual(['ESKALATION', 'Ökonomie']);
      expect((await db.highlights.get('h1'))?.tags).toEqual(['local-eskalation', 't2']);
      expect((await db.articleStates.get('nato-2022'))?.tags).toEqual(['local-eskalation']);
    });
  });

  describe('a failed import', () => {
    function bigBackup(count: number): Backup {
      const data = sampleData();
      for (let i = 0; i < count; i += 1)
        data.highlights.push(highlight(`bulk-${String(i).padStart(5, '0')}`, { updatedAt: T1 }));
      return sampleBackup(data);
    }

    it('leaves the database exactly as it was when progress reporting throws mid-way', async () => {
      const db = getDb();
      await load(db, sampleData());
      await db.highlights.update('h1', { note: 'nur hier', updatedAt: '2027-01-01T00:00:00.000Z' });
      const before = await dumpDatabase(db);
      let calls = 0;
      const failing = applyImport(db, bigBackup(3 * IMPORT_CHUNK_SIZE), {
        strategy: 'theirs',
        onProgress: () => {
          calls += 1;
          if (calls === 3) throw new Error('user cancelled');
        },
      });
      await expect(failing).rejects.toThrow('user cancelled');
      expect(calls).toBe(3);
      expect(await dumpDatabase(db)).toEqual(before);
    });

    it('leaves the database exactly as it was when IndexedDB refuses a record midway', async () => {
      const db = getDb();
      await load(db, sampleData());
      const before = await dumpDatabase(db);
      const broken = bigBackup(IMPORT_CHUNK_SIZE);
      // Not something parseBackup lets through: a tag whose key IndexedDB cannot store.
      broken.data.tags.push({
        id: Number.NaN as unknown as string,
        name: 'Kaputt',
        color: 'gray',
        description: '',
        createdAt: T0,
      });
      await expect(applyImport(db, broken, { strategy: 'theirs' })).rejects.toThrow();
      expect(await dumpDatabase(db)).toEqual(before);
    });
  });

  describe('a large import', () => {
    it('writes 10,000 highlights in chunks, reporting progress after each', async () => {
      const db = getDb();
      const data = sampleData();
      for (let i = 0; i < 10_000; i += 1) {
        data.highlights.push(
          highlight(`big-${String(i).padStart(5, '0')}`, {
            articleId: `a${i % 7}`,
            note: i % 3 === 0 ? `Notiz ${i}` : '',
          }),
        );
      }
      const progress: [number, number][] = [];
      const outcome = await applyImport(db, sampleBackup(data), {
        strategy: 'keep-newer',
        onProgress: (done, total) => progress.push([done, total]),
      });
      const total = 10_000 + 3 + 2 + 2 + 5 + 1 + 2 + 2 - 4; // four seeded colours are unchanged
      expect(outcome.written.highlights).toBe(10_003);
      expect(progress[0]).toEqual([0, total]);
      expect(progress.at(-1)).toEqual([total, total]);
      expect(progress.length).toBeGreaterThan(10_000 / IMPORT_CHUNK_SIZE);
      expect(progress.every(([done], i) => i === 0 || done > (progress[i - 1]?.[0] ?? 0))).toBe(
        true,
      );
      expect(await db.highlights.count()).toBe(10_003);
    });
  });
});
