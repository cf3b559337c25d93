/**
 * The reader's speaker corrections, kept as `Record<quoteKey, name>` per article: a name sets the
 * speaker, an empty string says "nobody the text names" (unattributed). Applying them is pure:
 * the quotes found by the rules stay as they were, each corrected quote says what the rules had
 * said (`original`), so the view can offer to undo.
 */
import { speakerKey } from './speaker-key';
import type { Quote, QuoteSpeaker } from './types';

/** quoteKey → the speaker's name, or '' for "unattributed". */
export type SpeakerCorrections = Record<string, string>;

export interface CorrectedQuote extends Quote {
  /** Present when the reader corrected the speaker: what the rules had found (null: none). */
  original?: QuoteSpeaker | null;
}

/** The quotes with the reader's corrections applied, in the same order. */
export function applySpeakerCorrections(
  quotes: readonly Quote[],
  corrections: SpeakerCorrections | undefined,
): CorrectedQuote[] {
  if (!corrections || Object.keys(corrections).length === 0) return quotes.slice();
  // Where a corrected name is a speaker the rules found elsewhere in the article, reuse their place.
  const known = new Map<string, QuoteSpeaker>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const k = speakerKey(q.speaker.name, q.speaker.kind);
    if (!known.has(k)) known.set(k, q.speaker);
  }
  return quotes.map((q) => {
    if (!Object.hasOwn(corrections, q.key)) return q;
    const name = (corrections[q.key] ?? '').trim();
    const { speaker: original, ...rest } = q;
    if (!name) return { ...rest, original: original ?? null };
    const same = known.get(speakerKey(name)) ?? findByName(known, name);
    const speaker: QuoteSpeaker = {
      name,
      kind: same?.kind ?? 'person',
      ...(same?.role ? { role: same.role } : {}),
      start: same?.start ?? q.start,
      end: same?.end ?? q.start,
      source: 'reader',
    };
    return { ...rest, speaker, original: original ?? null };
  });
}

function findByName(known: Map<string, QuoteSpeaker>, name: string): QuoteSpeaker | undefined {
  for (const s of known.values()) if (s.name === name) return s;
  return undefined;
}

/** Sets (or, with `undefined`, removes) one correction; returns a new map. */
export function withSpeakerCorrection(
  corrections: SpeakerCorrections | undefined,
  quoteKey: string,
  name: string | undefined,
): SpeakerCorrections {
  const next = Object.entries(corrections ?? {}).filter(([k]) => k !== quoteKey);
  if (name !== undefined) next.push([quoteKey, name.trim()]);
  return Object.fromEntries(next);
}
