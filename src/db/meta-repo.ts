import type { SidenoteDb } from './database';
import type { MetaKey, MetaRecord, MetaValues } from './records';

export async function getMeta<K extends MetaKey>(
  db: SidenoteDb,
  key: K,
): Promise<MetaValues[K] | undefined> {
  const record = await db.meta.get(key);
  return record?.value as MetaValues[K] | undefined;
}

export async function setMeta<K extends MetaKey>(
  db: SidenoteDb,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  await db.meta.put({ key, value } as MetaRecord);
}
