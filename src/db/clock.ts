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
