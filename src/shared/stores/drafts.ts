/**
 * Unsaved text, kept synchronously in localStorage so nothing typed is lost when the tab closes or
 * the view changes mid-edit. IndexedDB is the home of saved notes; a draft only lives until its text
 * is saved. Keys name what the text belongs to: `highlight:<id>:note`, `article:<id>:note`.
 *
 * Every function tolerates localStorage being missing, blocked or full (returns false/undefined)
 * and ignores entries that are not valid drafts.
 */

export interface Draft {
  text: string;
  /** ISO 8601 time of the last write. */
  savedAt: string;
}

export interface ListedDraft extends Draft {
  key: string;
}

const PREFIX = 'sidenote.draft:';

function storage(): Storage | undefined {
  try {
    // Reading the property itself throws where storage is blocked (sandboxed frames, some modes).
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function parse(raw: string | null): Draft | undefined {
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { text, savedAt } = value as Record<string, unknown>;
    if (typeof text !== 'string' || typeof savedAt !== 'string') return undefined;
    return { text, savedAt };
  } catch {
    return undefined;
  }
}

/** Writes the draft; false when storage is unavailable or full. */
export function saveDraft(key: string, text: string, now: Date = new Date()): boolean {
  try {
    const draft: Draft = { text, savedAt: now.toISOString() };
    const store = storage();
    if (!store) return false;
    store.setItem(PREFIX + key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function readDraft(key: string): Draft | undefined {
  try {
    return parse(storage()?.getItem(PREFIX + key) ?? null);
  } catch {
    return undefined;
  }
}

/** Removes the draft; false when storage is unavailable. */
export function clearDraft(key: string): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.removeItem(PREFIX + key);
    return true;
  } catch {
    return false;
  }
}

/** Every readable draft, newest first. */
export function listDrafts(): ListedDraft[] {
  const drafts: ListedDraft[] = [];
  try {
    const store = storage();
    if (!store) return drafts;
    for (let i = 0; i < store.length; i++) {
      const storageKey = store.key(i);
      if (!storageKey?.startsWith(PREFIX)) continue;
      const draft = parse(store.getItem(storageKey));
      if (draft) drafts.push({ key: storageKey.slice(PREFIX.length), ...draft });
    }
  } catch {
    // Whatever was read before storage failed is still worth returning.
  }
  return drafts.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}
