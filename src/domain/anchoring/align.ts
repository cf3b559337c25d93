import { scoreCandidate, type Candidate, type Needle } from './score';

/** Quotes longer than this are not re-aligned (the edit distance below is quadratic). */
const MAX_ALIGN_LENGTH = 1000;
/** How many characters of context next to the quote must agree exactly to pin a boundary. */
const PIN_LENGTH = 16;

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let curr = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] ?? 0;
}

function nearestPin(
  offsets: { from: number; to: number; at: number },
  fits: (offset: number) => boolean,
): number | undefined {
  const { from, to, at } = offsets;
  for (let d = 0; at - d >= from || at + d <= to; d++) {
    if (at - d >= from && fits(at - d)) return at - d;
    if (d > 0 && at + d <= to && fits(at + d)) return at + d;
  }
  return undefined;
}

/**
 * An approximate match has the fewest edits, not necessarily the right borders: "nach Angaben"
 * edited to "nach den Angaben" matches best as "n Angaben". Where the context next to the quote
 * still agrees exactly a few characters away, move the border there, and keep the result if it
 * scores at least as well.
 */
export function alignToContext(text: string, needle: Needle, c: Candidate): Candidate {
  if (c.errors === 0 || needle.quote.length > MAX_ALIGN_LENGTH) return c;
  const reach = Math.min(64, 2 * c.errors + 4);
  const tail = needle.prefix.slice(-PIN_LENGTH);
  const head = needle.suffix.slice(0, PIN_LENGTH);
  const start = tail
    ? nearestPin(
        { from: Math.max(tail.length, c.start - reach), to: c.start + reach, at: c.start },
        (s) => text.startsWith(tail, s - tail.length),
      )
    : undefined;
  const end = head
    ? nearestPin(
        { from: c.end - reach, to: Math.min(text.length, c.end + reach), at: c.end },
        (e) => text.startsWith(head, e),
      )
    : undefined;
  const s = start ?? c.start;
  const e = end ?? c.end;
  if ((s === c.start && e === c.end) || e <= s) return c;
  const aligned = scoreCandidate(text, needle, s, e, editDistance(text.slice(s, e), needle.quote));
  return aligned.score >= c.score ? aligned : c;
}
