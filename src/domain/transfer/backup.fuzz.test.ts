/**
 * Thousands of generated backups, most of them broken on purpose. Each must be accepted whole
 * (and then read back identically) or refused with at least one error; parseBackup never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupArb } from './backup.fixture';
import { parseBackup } from './backup';
import { IMPORT_LIMITS } from './limits';
import { BACKUP_VERSIONS } from './migrations';
import { TRANSFER_KINDS, type Backup, type ImportResult, type TransferKind } from './types';

type Key = string | number;
type Json = unknown;

type Mutation =
  | { kind: 'none' }
  | { kind: 'truncate'; at: number }
  | { kind: 'retype'; pick: number; value: Json }
  | { kind: 'delete'; pick: number }
  | { kind: 'forbidden'; pick: number; key: '__proto__' | 'constructor' | 'prototype' }
  | { kind: 'duplicate'; table: TransferKind }
  | { kind: 'version'; version: Json }
  | { kind: 'huge'; pick: number }
  | { kind: 'deep'; pick: number; depth: number }
  | { kind: 'garbage'; text: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({
    kind: fc.constant('truncate' as const),
    at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('retype' as const),
    pick: fc.nat(),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('forbidden' as const),
    pick: fc.nat(),
    key: fc.constantFrom('__proto__' as const, 'constructor' as const, 'prototype' as const),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), table: fc.constantFrom(...TRANSFER_KINDS) }),
  fc.record({
    kind: fc.constant('version' as const),
    // Any version this build does not read (it reads every one in BACKUP_VERSIONS).
    version: fc
      .oneof(fc.integer({ min: -5, max: 1000 }), fc.jsonValue({ maxDepth: 1 }))
      .filter((v) => !BACKUP_VERSIONS.some((b) => b.version === v)),
  }),
  fc.record({ kind: fc.constant('huge' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('deep' as const),
    pick: fc.nat(),
    depth: fc.integer({ min: IMPORT_LIMITS.depth, max: 200 }),
  }),
  fc.record({
    kind: fc.constant('garbage' as const),
    text: fc.string({ unit: 'binary', maxLength: 200 }),
  }),
);

/** Paths to every value under the root, parents before children. */
function paths(value: Json, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  if (typeof value !== 'object' || value === null) return out;
  const entries: [Key, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value as Record<string, Json>);
  for (const [key, child] of entries) {
    out.push([...prefix, key]);
    paths(child, [...prefix, key], out);
  }
  return out;
}

function parentOf(root: Json, path: Key[]): Record<Key, Json> {
  let node = root;
  for (const key of path.slice(0, -1)) node = (node as Record<Key, Json>)[key];
  return node as Record<Key, Json>;
}

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

/** The file text after the mutation, and whether a correct parser must refuse it. */
function mutate(backup: Backup, m: Mutation): { text: string; mustRefuse: boolean } {
  const root = JSON.parse(JSON.stringify(backup)) as Json;
  const text = () => JSON.stringify(root);
  const all = paths(root);
  switch (m.kind) {
    case 'none':
      return { text: text(), mustRefuse: false };
    case 'truncate': {
      const full = text();
      return { text: full.slice(0, Math.floor(m.at * full.length)), mustRefuse: true };
    }
    case 'retype':
    case 'delete':
    case 'huge': {
      const path = pick(all, m.pick);
      if (!path) return { text: text(), mustRefuse: false };
      const parent = parentOf(root, path);
      const key = path[path.length - 1] as Key;
      if (m.kind === 'delete') {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else Reflect.deleteProperty(parent, key);
      } else {
        parent[key] = m.kind === 'huge' ? 'ß'.repeat(IMPORT_LIMITS.note * 2 + 1) : m.value;
      }
      return { text: text(), mustRefuse: false };
    }
    case 'forbidden': {
      const objects = [[], ...all].filter((p) => {
        const node = p.length === 0 ? root : parentOf(root, p)[p[p.length - 1] as Key];
        return typeof node === 'object' && node !== null && !Array.isArray(node);
      });
      const path = pick(objects, m.pick) ?? [];
      const node = (
        path.length === 0 ? root : parentOf(root, path)[path[path.length - 1] as Key]
      ) as object;
      Object.defineProperty(node, m.key, {
        value: { polluted: true },
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return { text: text(), mustRefuse: true };
    }
    case 'duplicate': {
      const rows = (root as { data: Record<string, Json[]> }).data[m.table] ?? [];
      if (rows.length === 0) return { text: text(), mustRefuse: false };
      rows.push(rows[0]);
      return { text: text(), mustRefuse: true };
    }
    case 'version':
      (root as Record<string, Json>).version = m.version;
      return { text: text(), mustRefuse: true };
    case 'deep': {
      const path = pick(all, m.pick);
      if (!path) return { text: text(), mustRefuse: false };
      let deep: Json = 'x';
      for (let i = 0; i < m.depth; i += 1) deep = i % 2 === 0 ? [deep] : { d: deep };
      parentOf(root, path)[path[path.length - 1] as Key] = deep;
      return { text: text(), mustRefuse: true };
    }
    case 'garbage':
      return { text: m.text, mustRefuse: true };
  }
}

function checkOutcome(result: ImportResult): void {
  if (result.ok) {
    // Accepted whole: it is a valid backup, and reads back identically.
    expect(parseBackup(JSON.stringify(result.backup))).toEqual(result);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.length).toBeLessThanOrEqual(IMPORT_LIMITS.errors + 1);
    for (const error of result.errors) expect(error.code).toMatch(/^[a-z][\w.]+$/);
  }
}

describe('parseBackup on generated files', () => {
  it('reads back every valid generated backup unchanged', () => {
    fc.assert(
      fc.property(backupArb, (backup) => {
        const result = parseBackup(JSON.stringify(backup));
        expect(result.ok && result.backup).toEqual(backup);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts whole or refuses with errors, never throws, on 1,200 mutated backups', () => {
    fc.assert(
      fc.property(backupArb, mutationArb, (backup, mutation) => {
        const { text, mustRefuse } = mutate(backup, mutation);
        const result = parseBackup(text);
        checkOutcome(result);
        if (mustRefuse) expect(result.ok).toBe(false);
        if (mutation.kind === 'none') expect(result.ok && result.backup).toEqual(backup);
      }),
      { numRuns: 1200 },
    );
  });

  it('refuses arbitrary JSON and arbitrary text without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string({ unit: 'binary' }),
        ),
        (text) => {
          const result = parseBackup(text);
          expect(result.ok).toBe(false);
          checkOutcome(result);
        },
      ),
      { numRuns: 500 },
    );
  });
});
