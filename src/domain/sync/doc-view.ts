import * as Y from 'yjs';
import { sameRecord as sameValue } from '../transfer/same-record';
import { applyTextChange } from './text-diff';
import type { TableSpec } from './tables';

/**
 * Records kept in a Yjs document, field by field, so concurrent edits merge per field.
 *
 * Layout: one top-level `Y.Map` per table (`r/<table>`) whose keys are
 * `<key>␟` (the record exists), `<key>␟<field>` (a value) and `<key>␟<field>␟<element>` (a set
 * element, valued by its position), plus one top-level `Y.Text` per text field
 * (`t/<table>␟<key>␟<field>`). Nothing is a nested container, so two devices creating the same
 * record (say the state of one article) merge instead of one replacing the other.
 *
 * A view keeps an index of the document's records, updated after every transaction, and
 * collects the keys each transaction changed (`takeChanged`).
 */
export type SyncRecord = Record<string, unknown>;

const SEP = '\u001f';
const WHOLE = '*';

interface Entry {
  exists: boolean;
  values: Map<string, unknown>;
  sets: Map<string, Map<string, number>>;
}

const emptyEntry = (): Entry => ({ exists: false, values: new Map(), sets: new Map() });

export class DocView {
  readonly doc: Y.Doc;
  private readonly specs: Map<string, TableSpec>;
  private readonly index = new Map<string, Map<string, Entry>>();
  private readonly typeNames = new Map<object, string>();
  private changed = new Map<string, Set<string>>();

  constructor(doc: Y.Doc, specs: readonly TableSpec[]) {
    this.doc = doc;
    this.specs = new Map(specs.map((s) => [s.table, s]));
    for (const spec of specs) {
      const map = this.map(spec.table);
      const entries = new Map<string, Entry>();
      this.index.set(spec.table, entries);
      map.forEach((_value, mapKey) => this.reindex(spec.table, map, mapKey));
    }
    doc.on('afterTransaction', this.afterTransaction);
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.afterTransaction);
  }

  /** Keys of every record that exists in `table`. */
  keys(table: string): string[] {
    return [...this.entries(table)].filter(([, e]) => e.exists).map(([key]) => key);
  }

  /** The record as stored, or undefined when the document does not have it. */
  read(table: string, key: string): SyncRecord | undefined {
    const spec = this.spec(table);
    const entry = this.entries(table).get(key);
    if (!entry?.exists) return undefined;
    if (spec.whole) return { ...(entry.values.get(WHOLE) as SyncRecord), [spec.key]: key };
    const record: SyncRecord = { [spec.key]: key };
    for (const [field, kind] of Object.entries(spec.fields)) {
      if (kind === 'value') {
        if (entry.values.has(field)) record[field] = entry.values.get(field);
      } else if (kind === 'text') {
        const name = textName(table, key, field);
        record[field] = this.doc.share.has(name) ? this.doc.getText(name).toString() : '';
      } else {
        const elements = entry.sets.get(field) ?? new Map<string, number>();
        record[field] = [...elements]
          .sort(([a, i], [b, j]) => i - j || (a < b ? -1 : a > b ? 1 : 0))
          .map(([element]) => element);
      }
    }
    return record;
  }

  /**
   * Makes the stored record equal `next` (undefined deletes it), changing only what differs.
   * Call inside `doc.transact`.
   */
  write(table: string, key: string, next: SyncRecord | undefined): void {
    const spec = this.spec(table);
    const map = this.map(table);
    const entry = this.entries(table).get(key) ?? emptyEntry();
    const at = (...parts: string[]) => [key, ...parts].join(SEP);
    if (next === undefined) {
      if (!entry.exists) return;
      map.delete(at(''));
      entry.values.forEach((_v, field) => map.delete(at(field)));
      entry.sets.forEach((elements, field) =>
        elements.forEach((_i, el) => map.delete(at(field, el))),
      );
      for (const [field, kind] of Object.entries(spec.fields)) {
        const name = textName(table, key, field);
        if (kind === 'text' && this.doc.share.has(name)) {
          const text = this.doc.getText(name);
          if (text.length > 0) text.delete(0, text.length);
        }
      }
      return;
    }
    if (!entry.exists) map.set(at(''), true);
    if (spec.whole) {
      const rest = withoutKey(next, spec.key);
      if (!sameValue(entry.values.get(WHOLE), rest)) map.set(at(WHOLE), rest);
      return;
    }
    for (const [field, kind] of Object.entries(spec.fields)) {
      const value = next[field];
      if (kind === 'value') {
        if (value === undefined) {
          if (entry.values.has(field)) map.delete(at(field));
        } else if (!entry.values.has(field) || !sameValue(entry.values.get(field), value)) {
          map.set(at(field), value);
        }
      } else if (kind === 'text') {
        const wanted = typeof value === 'string' ? value : '';
        const name = textName(table, key, field);
        if (wanted === '' && !this.doc.share.has(name)) continue;
        applyTextChange(this.doc.getText(name), wanted);
      } else {
        const wanted = Array.isArray(value) ? value.map(String) : [];
        const current = entry.sets.get(field) ?? new Map<string, number>();
        current.forEach((_i, el) => {
          if (!wanted.includes(el)) map.delete(at(field, el));
        });
        wanted.forEach((el, i) => {
          if (!current.has(el)) map.set(at(field, el), i);
        });
      }
    }
  }

  /** The record keys changed by transactions since the last call, per table. */
  takeChanged(): Map<string, Set<string>> {
    const changed = this.changed;
    this.changed = new Map();
    return changed;
  }

  private afterTransaction = (tr: Y.Transaction): void => {
    tr.changed.forEach((keys, type) => {
      if (type._item !== null) return;
      const name = this.nameOf(type);
      if (name?.startsWith('r/')) {
        const table = name.slice(2);
        if (!this.specs.has(table)) return;
        keys.forEach((mapKey) => {
          if (mapKey !== null)
            this.markChanged(table, this.reindex(table, this.map(table), mapKey));
        });
      } else if (name?.startsWith('t/')) {
        const [table, key] = name.slice(2).split(SEP);
        if (table && key && this.specs.has(table)) this.markChanged(table, key);
      }
    });
  };

  private markChanged(table: string, key: string): void {
    let keys = this.changed.get(table);
    if (!keys) this.changed.set(table, (keys = new Set()));
    keys.add(key);
  }

  /** Re-reads one map key into the index; returns the record key it belongs to. */
  private reindex(table: string, map: Y.Map<unknown>, mapKey: string): string {
    const [key = '', field, element] = mapKey.split(SEP);
    const entries = this.entries(table);
    let entry = entries.get(key);
    if (!entry) entries.set(key, (entry = emptyEntry()));
    const present = map.has(mapKey);
    if (field === '' && element === undefined) {
      entry.exists = present;
    } else if (field !== undefined && element === undefined) {
      if (present) entry.values.set(field, map.get(mapKey));
      else entry.values.delete(field);
    } else if (field !== undefined && element !== undefined) {
      let elements = entry.sets.get(field);
      if (!elements) entry.sets.set(field, (elements = new Map()));
      if (present) elements.set(element, Number(map.get(mapKey)));
      else elements.delete(element);
    }
    return key;
  }

  private nameOf(type: object): string | undefined {
    if (!this.typeNames.has(type)) {
      this.doc.share.forEach((t, name) => this.typeNames.set(t, name));
    }
    return this.typeNames.get(type);
  }

  private spec(table: string): TableSpec {
    const spec = this.specs.get(table);
    if (!spec) throw new Error(`No sync spec for table "${table}"`);
    return spec;
  }

  private map(table: string): Y.Map<unknown> {
    return this.doc.getMap(`r/${table}`);
  }

  private entries(table: string): Map<string, Entry> {
    return this.index.get(table) ?? new Map();
  }
}

function withoutKey(record: SyncRecord, key: string): SyncRecord {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

function textName(table: string, key: string, field: string): string {
  return `t/${table}${SEP}${key}${SEP}${field}`;
}

/** True when two records agree on every field of `spec` (missing, undefined and '' texts alike). */
export function sameRecord(
  spec: TableSpec,
  a: SyncRecord | undefined,
  b: SyncRecord | undefined,
): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (spec.whole) {
    return sameValue(withoutKey(a, spec.key), withoutKey(b, spec.key));
  }
  return Object.entries(spec.fields).every(([field, kind]) => {
    if (kind === 'text') return (a[field] ?? '') === (b[field] ?? '');
    if (kind === 'set') return sameValue(a[field] ?? [], b[field] ?? []);
    return sameValue(a[field], b[field]);
  });
}
