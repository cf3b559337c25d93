import { sameRecord, type DocView, type SyncRecord } from './doc-view';
import { specOf, type TableSpec } from './tables';

/**
 * Makes `table` in a document hold exactly `records` (a one-way mirror: an author's share with
 * a group). Writes only what differs; returns how many records changed. Call inside
 * `doc.transact`.
 */
export function mirrorInto(
  view: DocView,
  specs: readonly TableSpec[],
  table: string,
  records: readonly SyncRecord[],
): number {
  const spec = specOf(specs, table);
  let changed = 0;
  const wanted = new Set<string>();
  for (const record of records) {
    const key = String(record[spec.key]);
    wanted.add(key);
    if (!sameRecord(spec, record, view.read(table, key))) {
      view.write(table, key, record);
      changed++;
    }
  }
  for (const key of view.keys(table)) {
    if (!wanted.has(key)) {
      view.write(table, key, undefined);
      changed++;
    }
  }
  return changed;
}

/** Every record of `table` in the document. */
export function readAll(view: DocView, table: string): SyncRecord[] {
  return view.keys(table).flatMap((key) => {
    const record = view.read(table, key);
    return record ? [record] : [];
  });
}
