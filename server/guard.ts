import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/**
 * Reads a Hocuspocus message far enough to judge it before it is applied: a Yjs sync message
 * (step 2 or update) carries an update, which must decode. Awareness and other messages carry
 * none. Layout: docName (varString), message type (varUint: 0 sync, 4 sync reply), then the
 * y-protocols sync message: sync type (varUint: 0 step 1, 1 step 2, 2 update), payload.
 */
export type MessageVerdict =
  | { kind: 'no-update' }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'malformed'; detail: string };

const SYNC = 0;
const SYNC_REPLY = 4;
const STEP_2 = 1;
const UPDATE = 2;

export function inspectMessage(data: Uint8Array): MessageVerdict {
  try {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== SYNC && type !== SYNC_REPLY) return { kind: 'no-update' };
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== STEP_2 && syncType !== UPDATE) return { kind: 'no-update' };
    const update = decoding.readVarUint8Array(decoder);
    // Parses every struct and the delete set without applying anything.
    Y.decodeUpdate(update);
    return { kind: 'update', update };
  } catch (err) {
    return { kind: 'malformed', detail: err instanceof Error ? err.message : String(err) };
  }
}

/** True when `update` would change `doc` (a read-only connection may still send empty diffs). */
export function changesDocument(doc: Y.Doc, update: Uint8Array): boolean {
  return !Y.snapshotContainsUpdate(Y.snapshot(doc), update);
}
