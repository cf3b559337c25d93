import { describe, expect, it } from 'vitest';
import { newHighlight } from './highlights-repo';
import {
  forgetDeletedHighlights,
  forgetPendingWrite,
  keepPendingWrite,
  listPendingWrites,
} from './pending-writes';
import { target, useMemoryStorage } from './test-utils';

const made = () => newHighlight({ articleId: 'a1', target: target(0, 'quote'), colorId: 'red' });

describe('pending highlight writes', () => {
  const storage = useMemoryStorage();

  it('keeps a change synchronously and forgets it once written', () => {
    const h = made();
    const kept = keepPendingWrite({ kind: 'create', highlight: h }, 'db1');
    expect(listPendingWrites('db1').map((w) => w.change)).toEqual([
      { kind: 'create', highlight: h },
    ]);
    expect(listPendingWrites('db2')).toEqual([]);
    forgetPendingWrite(kept);
    expect(listPendingWrites('db1')).toEqual([]);
  });

  it('folds a later change into the copy, which the earlier write then leaves in place', () => {
    const h = made();
    const first = keepPendingWrite({ kind: 'create', highlight: h }, 'db1');
    const at = new Date(Date.parse(h.updatedAt) + 5).toISOString();
    keepPendingWrite(
      { kind: 'update', id: h.id, patch: { colorId: 'blue', tags: ['t', 't'] }, at },
      'db1',
    );
    forgetPendingWrite(first);
    expect(listPendingWrites('db1').map((w) => w.change)).toEqual([
      { kind: 'create', highlight: { ...h, colorId: 'blue', tags: ['t'], updatedAt: at } },
    ]);
    keepPendingWrite({ kind: 'update', id: 'x', patch: { colorId: 'a' }, at }, 'db1');
    keepPendingWrite({ kind: 'update', id: 'x', patch: { tags: [] }, at }, 'db1');
    const x = listPendingWrites('db1').find((w) => w.change.kind === 'update');
    expect(x?.change).toEqual({ kind: 'update', id: 'x', patch: { colorId: 'a', tags: [] }, at });
  });

  it('forgets creates and edits of deleted highlights, but not a pending deletion', () => {
    const [a, b] = [made(), made()];
    keepPendingWrite({ kind: 'create', highlight: a }, 'db1');
    keepPendingWrite({ kind: 'create', highlight: b }, 'db1');
    keepPendingWrite({ kind: 'delete', id: 'c', at: a.updatedAt }, 'db1');
    forgetDeletedHighlights('db1', [a.id, 'c']);
    expect(
      listPendingWrites('db1')
        .map((w) => w.change.kind)
        .sort(),
    ).toEqual(['create', 'delete']);
    forgetDeletedHighlights('db1', 'all');
    expect(listPendingWrites('db1').map((w) => w.change.kind)).toEqual(['delete']);
  });

  it('ignores entries that are not pending writes', () => {
    storage().setItem('sidenote.pending-highlight:db1:x', '{"token":1}');
    storage().setItem('sidenote.pending-highlight:db1:y', 'not json');
    storage().setItem('sidenote.pending-highlight:db1:z', '{"token":"t","change":{"kind":"drop"}}');
    expect(listPendingWrites('db1')).toEqual([]);
  });

  describe('without usable storage', () => {
    it('goes on without a copy when storage is full', () => {
      storage().setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      const kept = keepPendingWrite({ kind: 'create', highlight: made() }, 'db1');
      expect(() => forgetPendingWrite(kept)).not.toThrow();
      expect(listPendingWrites('db1')).toEqual([]);
    });

    it('goes on when there is no localStorage at all', () => {
      Reflect.deleteProperty(globalThis, 'localStorage');
      const kept = keepPendingWrite({ kind: 'create', highlight: made() }, 'db1');
      expect(() => forgetPendingWrite(kept)).not.toThrow();
      expect(listPendingWrites('db1')).toEqual([]);
    });
  });
});
