import { acceptable, DEFAULT_THRESHOLDS } from './accept';
import { trimmed } from './align';
import { bestCandidate } from './approximate';
import { exactCandidates } from './candidates';
import {
  normalizeForMatch,
  normalizeString,
  toNormalizedEnd,
  toNormalizedStart,
  toOriginalRange,
  type NormalizedText,
} from '../text/normalize';
import { patternBoundaries, type Page } from './boundaries';
import { narrowed } from './narrow';
import { widened } from './widen';
import { ownSentenceCandidate } from './own-sentences';
import { realignedCandidate } from './realign';
import { nearestCopy } from './nearest-copy';
import { betweenOldSides } from './between-sides';
import { occurrences, PIECE_LENGTH, pieceIndex, type PieceIndex } from './piece-index';
import { contextSimilarity, scoreCandidate, type Candidate, type Needle } from './score';
import { CONTEXT_LENGTH, REFINE_SLACK } from './tuning';
import type {
  AnchorOptions,
  AnchorResult,
  AnchorTarget,
  AnchorThresholds,
  OrphanCode,
  OrphanResult,
  PreparedText,
} from './types';

export { DEFAULT_THRESHOLDS };

/** Normalises `text` once for anchoring many targets against it. */
export function prepareText(text: string): PreparedText {
  return { text, normalized: normalizeForMatch(text) };
}

type Span = { start: number; end: number };

function validPosition(text: string, position: Span | undefined): Span | undefined {
  if (!position) return undefined;
  const { start, end } = position;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  return start >= 0 && start <= end && end <= text.length ? { start, end } : undefined;
}

/** Step 1: the quote is verbatim at its position and (same text, or same context) → exact. */
function verifiedPosition(
  text: string,
  target: AnchorTarget,
  textHash: string | undefined,
): AnchorResult | undefined {
  const position = validPosition(text, target.position);
  const { exact, prefix, suffix } = target.quote;
  if (!position || exact.length === 0) return undefined;
  if (text.slice(position.start, position.end) !== exact) return undefined;
  const sameText = textHash !== undefined && target.textHash === textHash;
  const sameContext =
    text.slice(Math.max(0, position.start - prefix.length), position.start) === prefix &&
    text.slice(position.end, position.end + suffix.length) === suffix;
  return sameText || sameContext ? { status: 'exact', ...position, score: 1 } : undefined;
}

/** Starts of `s` in the indexed text, at most `max` (by the index when `s` is long enough). */
function findVerbatim(index: PieceIndex, s: string, max: number): number[] {
  if (s.length >= PIECE_LENGTH) return occurrences(index, s, max);
  const found: number[] = [];
  for (
    let i = index.text.indexOf(s);
    i !== -1 && found.length < max;
    i = index.text.indexOf(s, i + 1)
  ) {
    found.push(i);
  }
  return found;
}

function orphan(code: OrphanCode, reason: string): OrphanResult {
  return { status: 'orphan', code, reason };
}

/**
 * Quote and context normalised as if together: a whitespace run across a border collapses once
 * and belongs to the quote (as when the whole text is normalised and the range mapped).
 */
export function makeNeedle(target: AnchorTarget, normalized: NormalizedText) {
  let prefix = normalizeString(target.quote.prefix);
  const quote = normalizeString(target.quote.exact);
  let suffix = normalizeString(target.quote.suffix);
  if (prefix.endsWith(' ') && quote.startsWith(' ')) prefix = prefix.slice(0, -1);
  if (quote.endsWith(' ') && suffix.startsWith(' ')) suffix = suffix.slice(1);
  // Where it used to start; after deletions that may be past the end, so clamp it.
  const old = target.position?.start;
  const textLength = normalized.starts[normalized.text.length] ?? 0;
  const hint =
    old === undefined || !Number.isFinite(old)
      ? undefined
      : toNormalizedStart(normalized, Math.min(Math.max(0, old), textLength));
  const { exact } = target.quote;
  let found: readonly number[] | undefined;
  const boundaries = () =>
    (found ??= patternBoundaries(target.quote.prefix, exact, target.quote.suffix));
  const textBegan = target.quote.prefix.length < CONTEXT_LENGTH;
  const textEnded = target.quote.suffix.length < CONTEXT_LENGTH;
  const needle: Needle = { quote, prefix, suffix, hint, boundaries, textBegan, textEnded };
  return { needle, pattern: prefix + quote + suffix };
}

/** The verbatim quote at (or within a few removed characters of) a mapped range, if there. */
function refine(text: string, exact: string, range: Span): Span {
  const from = Math.max(0, range.start - REFINE_SLACK);
  const window = text.slice(from, range.end + REFINE_SLACK);
  let best: Span = range;
  let bestDistance = Infinity;
  for (let i = window.indexOf(exact); i !== -1; i = window.indexOf(exact, i + 1)) {
    const p = from + i;
    const distance = Math.abs(p - range.start) + Math.abs(p + exact.length - range.end);
    if (distance < bestDistance) {
      best = { start: p, end: p + exact.length };
      bestDistance = distance;
    }
  }
  return best;
}

function resolve(
  prepared: PreparedText,
  target: AnchorTarget,
  needle: Needle,
  position: Span | undefined,
  c: Candidate,
): AnchorResult {
  const { text, normalized } = prepared;
  const score = Math.round(c.score * 1000) / 1000;
  if (c.errors > 0) {
    // Accepted with the borders that meet its context; drawn without words that are not its own.
    const drawn = trimmed(normalized.text, needle, c);
    return { status: 'fuzzy', ...toOriginalRange(normalized, drawn.start, drawn.end), score };
  }
  if (
    position &&
    c.start === toNormalizedStart(normalized, position.start) &&
    c.end === toNormalizedEnd(normalized, position.end)
  ) {
    return { status: 'exact', ...position, score };
  }
  const range = refine(text, target.quote.exact, toOriginalRange(normalized, c.start, c.end));
  return { status: 'moved', ...range, score };
}

function anchorPrepared(
  prepared: PreparedText,
  target: AnchorTarget,
  thresholds: AnchorThresholds,
): AnchorResult {
  const normText = prepared.normalized.text;
  const position = validPosition(prepared.text, target.position);
  const { needle, pattern } = makeNeedle(target, prepared.normalized);
  const page: Page = { normalized: prepared.normalized, raw: prepared.text };
  if (needle.quote.trim().length === 0)
    return orphan('empty', 'The highlight has no text to look for.');

  // Step 2: quote and context verbatim (normalised) and unique in the text: nothing can match
  // better. Looked up by the rarest piece of the pattern (piece-index.ts, built once per text),
  // so most moved highlights stop here without scanning the text.
  const index = pieceIndex(prepared.normalized, normText);
  const found = findVerbatim(index, pattern, 2);
  const at = found[0];
  if (at !== undefined && found.length === 1) {
    const start = at + needle.prefix.length;
    const c = scoreCandidate(normText, needle, start, start + needle.quote.length, 0);
    return resolve(prepared, target, needle, position, c);
  }

  // The exact (normalised) quote, chosen by context; convincing context settles it.
  const exact = exactCandidates(normText, needle, (s) => findVerbatim(index, s, Infinity));
  const bestExact = exact[0];
  if (bestExact && contextSimilarity(needle, bestExact) >= thresholds.strongContext) {
    return resolve(prepared, target, needle, position, bestExact);
  }

  // Step 3: approximate matches, in the quote's own context first (approximate.ts).
  const exactStands = bestExact !== undefined && acceptable(page, needle, bestExact, thresholds);
  const search = { page, index, needle, pattern, thresholds };
  const best = bestCandidate(search, exact, exactStands);

  // Step 4: below the thresholds it is an orphan. (Realigning the old window where the search
  // found nothing brought no passage back on the sweeps: its places hold too little of it.)
  if (!best) return orphan('gone', 'The highlighted text is no longer in the article.');
  // A fuzzy match that scored better but does not hold does not hide the verbatim quote.
  // Nor does one that took in a sentence next to the passage (narrow.ts).
  const taken =
    [best, bestExact].find((c) => c && acceptable(page, needle, c, thresholds)) ??
    narrowed(page, needle, best, thresholds) ??
    widened(page, needle, best, thresholds) ??
    ownSentenceCandidate(page, needle, (s, max) => findVerbatim(index, s, max), thresholds) ??
    realignedCandidate({ page, index, needle, pattern }) ??
    // Both sides of the old context framing one place (between-sides.ts); not where the search
    // found nothing (none came back that way on the sweeps).
    betweenOldSides(page, needle, (s) => findVerbatim(index, s, Infinity));
  // A quote found in several places, one of them where it was and the others far (nearest-copy.ts).
  const placed =
    taken ??
    (exact.length > 1
      ? nearestCopy(page, needle, exact, findVerbatim(index, needle.quote, Infinity))
      : undefined);
  if (!placed) {
    return exact.length > 1
      ? orphan(
          'ambiguous',
          'Its words are still in several places, and the text around it changed: which one is it?',
        )
      : orphan(
          'changed',
          'The highlighted text was changed or removed; no close enough match was found.',
        );
  }
  return resolve(prepared, target, needle, position, placed);
}

function withDefaults(options: AnchorOptions): AnchorThresholds {
  return { ...DEFAULT_THRESHOLDS, ...options.thresholds };
}

/**
 * Finds a highlight's range in `text`: (1) its position, verified against the quote; (2) the
 * exact quote, chosen by prefix/suffix and then nearness; (3) a fuzzy match scored like
 * Hypothesis's `matchQuote`; (4) otherwise an orphan. Never a passage that merely resembles it.
 */
export function anchor(
  text: string,
  target: AnchorTarget,
  options: AnchorOptions = {},
): AnchorResult {
  const verified = verifiedPosition(text, target, options.textHash);
  if (verified) return verified;
  const prepared = options.prepared?.text === text ? options.prepared : prepareText(text);
  return anchorPrepared(prepared, target, withDefaults(options));
}

/**
 * Anchors many targets against one text, normalising it at most once. Targets whose position
 * verifies (same `textHash`, or same quote and context in place) never touch the normalised text.
 * Results are in the order of `targets`.
 */
export function anchorMany(
  text: string,
  targets: readonly AnchorTarget[],
  options: AnchorOptions = {},
): AnchorResult[] {
  const thresholds = withDefaults(options);
  let prepared = options.prepared?.text === text ? options.prepared : undefined;
  return targets.map((target) => {
    const verified = verifiedPosition(text, target, options.textHash);
    if (verified) return verified;
    prepared ??= prepareText(text);
    return anchorPrepared(prepared, target, thresholds);
  });
}
