/** A new random id. */
export function newId(): string {
  return crypto.randomUUID();
}

/** Now, as an ISO timestamp. */
export function nowIso(): string {
  return new Date().toISOString();
}

/**
 * Now, but strictly later than `previous`, so an edit always moves `updatedAt` forward even when
 * it lands in the same millisecond as the last one (or the clock went back).
 */
export function nowAfter(previous: string): string {
  const now = Date.now();
  const prev = Date.parse(previous);
  return new Date(Number.isNaN(prev) || now > prev ? now : prev + 1).toISOString();
}

/**
 * `at` (when a change was asked for), but strictly later than `previous`: the time an edit
 * stores, so that its pending copy (pending-writes.ts) and the stored record are compared on the
 * same clock, the moment the person asked, not the moment a busy database got to it.
 */
export function atOrAfter(at: string, previous: string): string {
  const wanted = Date.parse(at);
  const prev = Date.parse(previous);
  if (Number.isNaN(wanted)) return nowAfter(previous);
  return new Date(Number.isNaN(prev) || wanted > prev ? wanted : prev + 1).toISOString();
}
