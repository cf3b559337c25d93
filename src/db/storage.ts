/** The browser's storage for this site: whether it is persistent, and how much is used. */

export interface StorageInfo {
  persisted: boolean | 'unsupported';
  usageBytes?: number;
  quotaBytes?: number;
}

export async function storageInfo(): Promise<StorageInfo> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persisted) return { persisted: 'unsupported' };
  const [persisted, estimate] = await Promise.all([
    storage.persisted().catch(() => false),
    storage.estimate?.().catch(() => undefined),
  ]);
  return { persisted, usageBytes: estimate?.usage, quotaBytes: estimate?.quota };
}

let asked = false;

/**
 * Asks the browser not to evict Sidenote's data under storage pressure. Called after the first
 * annotation, once per session; the browser may say no, which settings then shows.
 */
export async function requestPersistentStorage(askAgain = false): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if ((asked && !askAgain) || !storage?.persist) return false;
  asked = true;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
