import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDraft, listDrafts, readDraft, saveDraft } from './drafts';

describe('drafts', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('keeps a draft with the time it was written, until cleared', () => {
    expect(saveDraft('highlight:h1:note', 'Ein Entwurf', new Date('2025-03-01T10:00:00Z'))).toBe(
      true,
    );
    expect(readDraft('highlight:h1:note')).toEqual({
      text: 'Ein Entwurf',
      savedAt: '2025-03-01T10:00:00.000Z',
    });
    expect(readDraft('highlight:h2:note')).toBeUndefined();

    expect(clearDraft('highlight:h1:note')).toBe(true);
    expect(readDraft('highlight:h1:note')).toBeUndefined();
  });

  it('keeps an empty draft: deleting all the text is an edit too', () => {
    saveDraft('article:a:note', '');
    expect(readDraft('article:a:note')?.text).toBe('');
  });

  it('lists drafts newest first and leaves other keys alone', () => {
    saveDraft('highlight:old:note', 'alt', new Date('2025-01-01T00:00:00Z'));
    saveDraft('article:new:note', 'neu', new Date('2025-02-01T00:00:00Z'));
    localStorage.setItem('sidenote.preferences', '{"state":{}}');
    localStorage.setItem('highlight:x:note', JSON.stringify({ text: 'no prefix', savedAt: 'z' }));

    expect(listDrafts()).toEqual([
      { key: 'article:new:note', text: 'neu', savedAt: '2025-02-01T00:00:00.000Z' },
      { key: 'highlight:old:note', text: 'alt', savedAt: '2025-01-01T00:00:00.000Z' },
    ]);
  });

  it('ignores stored entries that are not drafts', () => {
    saveDraft('highlight:ok:note', 'gut');
    localStorage.setItem('sidenote.draft:highlight:broken:note', '{not json');
    localStorage.setItem('sidenote.draft:highlight:shape:note', '{"text":42,"savedAt":"x"}');
    localStorage.setItem('sidenote.draft:highlight:null:note', 'null');

    expect(readDraft('highlight:broken:note')).toBeUndefined();
    expect(readDraft('highlight:shape:note')).toBeUndefined();
    expect(readDraft('highlight:null:note')).toBeUndefined();
    expect(listDrafts().map((d) => d.key)).toEqual(['highlight:ok:note']);
  });

  it('reports false instead of throwing when storage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(saveDraft('highlight:h1:note', 'zu viel')).toBe(false);
    expect(readDraft('highlight:h1:note')).toBeUndefined();
  });

  it('works as a no-op when storage is blocked', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(saveDraft('highlight:h1:note', 'x')).toBe(false);
    expect(readDraft('highlight:h1:note')).toBeUndefined();
    expect(clearDraft('highlight:h1:note')).toBe(false);
    expect(listDrafts()).toEqual([]);
  });
});
