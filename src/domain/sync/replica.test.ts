import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SyncRecord } from './doc-view';
import { Replica, type Key } from './replica';
import { PERSONAL_TABLES } from './tables';

/**
 * A device in miniature: its saved records (what IndexedDB holds), the replica of its agreed
 * document, and the live document a provider would keep connected to the server.
 */
class Device {
  store = new Map<string, Map<string, SyncRecord>>();
  dirty: Key[] = [];
  replica = new Replica(PERSONAL_TABLES);
  live = new Y.Doc();
  inbox: Uint8Array[] = [];
  online = true;

  constructor(readonly name: string) {
    this.live.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'replica') this.inbox.push(update);
    });
  }

  lookup = (table: string, key: string) => this.store.get(table)?.get(key);

  get(table: string, key: string): SyncRecord {
    const record = this.lookup(table, key);
    if (!record) throw new Error(`${this.name} has no ${table}/${key}`);
    return record;
  }

  save(table: string, key: string, record: SyncRecord | undefined): void {
    let rows = this.store.get(table);
    if (!rows) this.store.set(table, (rows = new Map()));
    if (record) rows.set(key, structuredClone(record));
    else rows.delete(key);
    this.dirty.push({ table, key });
  }

  /** One reconcile step, as the app's bridge runs it. */
  reconcile(): void {
    const dirty = this.dirty.splice(0);
    const { update } = this.replica.applyLocal(dirty, this.lookup);
    const remote = this.replica.applyRemote(this.inbox.splice(0));
    if (update) Y.applyUpdate(this.live, update, 'replica');
    for (const w of this.replica.writesFor([...dirty, ...remote], this.lookup)) {
      const rows = this.store.get(w.table) ?? new Map<string, SyncRecord>();
      this.store.set(w.table, rows);
      if (w.record) rows.set(w.key, structuredClone(w.record));
      else rows.delete(w.key);
    }
  }
}

/** The server: one document; connected devices exchange updates through it. */
class Network {
  server = new Y.Doc();
  constructor(readonly devices: Device[]) {
    for (const d of devices) {
      d.live.on('update', (update: Uint8Array, origin: unknown) => {
        if (d.online && origin !== this) this.relay(d, update);
      });
    }
  }
  relay(from: Device, update: Uint8Array): void {
    Y.applyUpdate(this.server, update, from);
    for (const d of this.devices) if (d !== from && d.online) Y.applyUpdate(d.live, update, this);
  }
  /** Reconnects: the y-protocols sync exchange (each side sends what the other lacks). */
  connect(d: Device): void {
    d.online = true;
    const toServer = Y.encodeStateAsUpdate(d.live, Y.encodeStateVector(this.server));
    const toDevice = Y.encodeStateAsUpdate(this.server, Y.encodeStateVector(d.live));
    Y.applyUpdate(d.live, toDevice, this);
    this.relay(d, toServer);
  }
}

function nth<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
}

const highlight = (id: string, note = ''): SyncRecord => ({
  id,
  articleId: 'a1',
  target: { position: { start: 1, end: 5 } },
  colorId: 'c1',
  note,
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

function settle(net: Network): void {
  for (const d of net.devices) if (!d.online) net.connect(d);
  for (let round = 0; round < 4; round++) net.devices.forEach((d) => d.reconcile());
}

describe('Replica', () => {
  it('keeps both texts when two devices type into the same note at once', () => {
    const [a, b] = [new Device('a'), new Device('b')];
    const net = new Network([a, b]);
    a.save('highlights', 'h1', highlight('h1', 'Lawrow sagte'));
    settle(net);
    expect(b.lookup('highlights', 'h1')?.note).toBe('Lawrow sagte');

    a.online = false;
    b.online = false;
    a.save('highlights', 'h1', {
      ...a.get('highlights', 'h1'),
      note: 'Lawrow sagte am Dienstag',
    });
    b.save('highlights', 'h1', { ...b.get('highlights', 'h1'), note: 'Laut RT: Lawrow sagte' });
    a.reconcile();
    b.reconcile();
    settle(net);

    expect(a.lookup('highlights', 'h1')?.note).toBe('Laut RT: Lawrow sagte am Dienstag');
    expect(b.lookup('highlights', 'h1')).toEqual(a.lookup('highlights', 'h1'));
  });

  it('merges tags added on two devices and edits of different fields', () => {
    const [a, b] = [new Device('a'), new Device('b')];
    const net = new Network([a, b]);
    a.save('highlights', 'h1', highlight('h1'));
    settle(net);
    a.online = b.online = false;
    a.save('highlights', 'h1', {
      ...a.get('highlights', 'h1'),
      tags: ['t-nato'],
      colorId: 'c3',
    });
    b.save('highlights', 'h1', { ...b.get('highlights', 'h1'), tags: ['t-rt'] });
    a.reconcile();
    b.reconcile();
    settle(net);
    const merged = a.get('highlights', 'h1');
    expect([...(merged.tags as string[])].sort()).toEqual(['t-nato', 't-rt']);
    expect(merged.colorId).toBe('c3');
    expect(b.lookup('highlights', 'h1')).toEqual(merged);
  });

  it('merges two devices creating the state of the same article', () => {
    const [a, b] = [new Device('a'), new Device('b')];
    const net = new Network([a, b]);
    a.online = b.online = false;
    const state = (note: string, offset: number): SyncRecord => ({
      articleId: 'x',
      tags: [],
      note,
      readingOffset: offset,
      progress: 0.1,
      updatedAt: 't',
    });
    a.save('articleStates', 'x', state('Quelle prüfen.', 10));
    b.save('articleStates', 'x', state('Vergleich mit Reuters.', 20));
    a.reconcile();
    b.reconcile();
    settle(net);
    const note = a.lookup('articleStates', 'x')?.note as string;
    expect(note).toContain('Quelle prüfen.');
    expect(note).toContain('Vergleich mit Reuters.');
    expect(b.lookup('articleStates', 'x')).toEqual(a.lookup('articleStates', 'x'));
  });

  it('keeps suggestions dismissed offline on two devices, and the speaker and details set on either', () => {
    const [a, b] = [new Device('a'), new Device('b')];
    const net = new Network([a, b]);
    const base = {
      articleId: 'x',
      tags: [],
      note: '',
      readingOffset: 0,
      progress: 0,
      updatedAt: 't',
    };
    a.save('articleStates', 'x', base);
    settle(net);
    a.online = b.online = false;
    a.save('articleStates', 'x', {
      ...base,
      dismissedPairs: ['y|k1'],
      details: { outlet: 'Infobae' },
    });
    b.save('articleStates', 'x', { ...base, dismissedPairs: ['y|k2'], speakers: { q1: 'Peskow' } });
    a.reconcile();
    b.reconcile();
    settle(net);
    const merged = a.get('articleStates', 'x');
    expect([...(merged.dismissedPairs as string[])].sort()).toEqual(['y|k1', 'y|k2']);
    expect(merged.details).toEqual({ outlet: 'Infobae' });
    expect(merged.speakers).toEqual({ q1: 'Peskow' });
    expect(b.get('articleStates', 'x')).toEqual(merged);
  });

  it('deletes on every device, and a saved record is not resurrected by a stale device', () => {
    const [a, b] = [new Device('a'), new Device('b')];
    const net = new Network([a, b]);
    a.save('highlights', 'h1', highlight('h1', 'x'));
    settle(net);
    b.save('highlights', 'h1', undefined);
    settle(net);
    expect(a.lookup('highlights', 'h1')).toBeUndefined();
    expect(b.lookup('highlights', 'h1')).toBeUndefined();
  });

  it('never undoes a remote change it has not seen locally', () => {
    const [a, b] = [new Device('a'), new Device('b')];
    const net = new Network([a, b]);
    a.save('colors', 'c1', { id: 'c1', label: 'Key claim', swatch: 'yellow', order: 0 });
    settle(net);
    b.save('colors', 'c1', { ...b.get('colors', 'c1'), label: 'Kernaussage' });
    b.reconcile();
    // `a` changes another field of the same record in the same step as b's change arrives.
    a.save('colors', 'c1', { ...a.get('colors', 'c1'), swatch: 'green' });
    a.reconcile();
    settle(net);
    expect(a.lookup('colors', 'c1')).toEqual({
      id: 'c1',
      label: 'Kernaussage',
      swatch: 'green',
      order: 0,
    });
    expect(b.lookup('colors', 'c1')).toEqual(a.lookup('colors', 'c1'));
  });
});

type Op =
  | { kind: 'create'; device: number; id: number; note: string }
  | { kind: 'type'; device: number; id: number; at: number; text: string }
  | { kind: 'tag'; device: number; id: number; tag: string }
  | { kind: 'delete'; device: number; id: number }
  | { kind: 'reconcile'; device: number }
  | { kind: 'offline'; device: number }
  | { kind: 'online'; device: number };

const word = fc.stringMatching(/^[a-zäöüß ]{1,6}$/);
const op = (devices: number): fc.Arbitrary<Op> => {
  const device = fc.nat(devices - 1);
  const id = fc.nat(3);
  return fc.oneof(
    fc.record({ kind: fc.constant('create' as const), device, id, note: word }),
    fc.record({ kind: fc.constant('type' as const), device, id, at: fc.nat(20), text: word }),
    fc.record({
      kind: fc.constant('tag' as const),
      device,
      id,
      tag: fc.constantFrom('t1', 't2', 't3'),
    }),
    fc.record({ kind: fc.constant('delete' as const), device, id }),
    fc.record({ kind: fc.constant('reconcile' as const), device }),
    fc.record({ kind: fc.constant('offline' as const), device }),
    fc.record({ kind: fc.constant('online' as const), device }),
  );
};

describe('Replica convergence (property)', () => {
  it('any interleaving of edits and disconnects on 2–3 devices converges and keeps every typed text', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 3 })
          .chain((n) => fc.tuple(fc.constant(n), fc.array(op(n), { minLength: 1, maxLength: 60 }))),
        ([n, ops]) => {
          const devices = Array.from({ length: n }, (_, i) => new Device(`d${i}`));
          const net = new Network(devices);
          // Texts typed into highlights that were never deleted anywhere must all survive.
          const typed = new Map<string, string[]>();
          const deleted = new Set<string>();
          for (const o of ops) {
            const d = nth(devices, o.device);
            const key = `h${'id' in o ? o.id : 0}`;
            const current = d.lookup('highlights', key);
            if (o.kind === 'create' && !current) {
              d.save('highlights', key, highlight(key, o.note));
              typed.set(key, [...(typed.get(key) ?? []), o.note]);
            } else if (o.kind === 'type' && current) {
              const note = current.note as string;
              const at = Math.min(o.at, note.length);
              d.save('highlights', key, {
                ...current,
                note: note.slice(0, at) + `[${o.text}]` + note.slice(at),
              });
              typed.set(key, [...(typed.get(key) ?? []), `[${o.text}]`]);
            } else if (o.kind === 'tag' && current) {
              const tags = current.tags as string[];
              d.save('highlights', key, {
                ...current,
                tags: tags.includes(o.tag) ? tags.filter((t) => t !== o.tag) : [...tags, o.tag],
              });
            } else if (o.kind === 'delete' && current) {
              d.save('highlights', key, undefined);
              deleted.add(key);
            } else if (o.kind === 'reconcile') d.reconcile();
            else if (o.kind === 'offline') d.online = false;
            else if (o.kind === 'online' && !d.online) net.connect(d);
          }
          settle(net);
          const first = nth(devices, 0);
          for (const d of devices.slice(1)) {
            expect([...(d.store.get('highlights') ?? new Map())].sort()).toEqual(
              [...(first.store.get('highlights') ?? new Map())].sort(),
            );
          }
          // Notes are only ever inserted into here, so every character typed anywhere into a
          // highlight that no device deleted is in the merged note, as often as it was typed.
          const counts = (texts: string[]) => {
            const m = new Map<string, number>();
            for (const ch of texts.join('')) m.set(ch, (m.get(ch) ?? 0) + 1);
            return [...m].sort();
          };
          for (const [key, texts] of typed) {
            if (deleted.has(key)) continue;
            const note = (first.lookup('highlights', key)?.note ?? '') as string;
            expect(counts([note])).toEqual(counts(texts));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
