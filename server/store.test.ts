import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from './store';

/** The store on SQLite (PostgreSQL: postgres.test.ts). */

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

async function store(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'sidenote-store-'));
  dirs.push(dir);
  return Store.open(dir);
}

describe('Store', () => {
  it('creates a group inside another transaction (the invite command does)', async () => {
    const s = await store();
    const result = await s.transaction(async (tx) => {
      const tutor = await tx.ensureUser('Tutor');
      const group = await tx.createGroup('Seminar', tutor.id);
      return { tutor, group };
    });
    expect(await s.membershipsOf(result.tutor.id)).toEqual([
      { groupId: result.group.id, role: 'owner' },
    ]);
    await s.close();
  });

  it('rolls a failed transaction back whole', async () => {
    const s = await store();
    await expect(
      s.transaction(async (tx) => {
        await tx.ensureUser('Anna');
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await s.userByName('Anna')).toBeUndefined();
    await s.close();
  });

  it('finds members and groups by name whatever the case', async () => {
    const s = await store();
    const anna = await s.ensureUser('Anna');
    expect(await s.userByName('ANNA')).toEqual(anna);
    await s.createGroup('Seminar Osteuropa', anna.id);
    await expect(s.createGroup('seminar osteuropa', anna.id)).rejects.toThrow('exists');
    await s.close();
  });
});
