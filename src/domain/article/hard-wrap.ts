/**
 * Turns physical lines into logical lines. Every non-empty line is its own candidate paragraph
 * (several files put captions and credits on consecutive lines without a blank line between),
 * unless the file is clearly hard-wrapped prose: most full-width lines stop mid-sentence and the
 * width is typical of wrapping (30–120 characters). Then lines of a block are joined again.
 */
import { isWidgetLine } from './boilerplate';
import { endsSentence } from './line-features';
import { normalizeInline } from './normalize-text';
import { parseSourceLine } from './provenance';

export interface LogicalLine {
  /** Normalised, trimmed, never empty. */
  text: string;
  /** Index of the blank-line-separated block the line belongs to. */
  block: number;
  /** Index of the first physical line. */
  line: number;
}

const MIN_LINES = 6;
const MIN_WIDTH = 30;
const MAX_WIDTH = 120;
/** A line at least this share of the wrap width is "full" and probably continues. */
const FULL_SHARE = 0.75;
const JOIN_SHARE = 0.7;

/** The wrap width when the lines look hard-wrapped, else 0. Linear: a histogram, no sort. */
export function detectWrapWidth(lines: readonly string[]): number {
  // Lengths above MAX_WIDTH share one bucket: beyond it the exact value does not matter.
  const histogram = new Array<number>(MAX_WIDTH + 2).fill(0);
  let present = 0;
  for (const line of lines) {
    if (line.length === 0) continue;
    present++;
    const bucket = Math.min(line.length, MAX_WIDTH + 1);
    histogram[bucket] = (histogram[bucket] ?? 0) + 1;
  }
  if (present < MIN_LINES) return 0;
  const rank = Math.floor(0.9 * (present - 1));
  let width = 0;
  for (let seen = 0; width < histogram.length; width++) {
    seen += histogram[width] ?? 0;
    if (seen > rank) break;
  }
  if (width < MIN_WIDTH || width > MAX_WIDTH) return 0;
  let full = 0;
  let open = 0;
  for (const line of lines) {
    if (line.length < FULL_SHARE * width) continue;
    full++;
    if (!endsSentence(line)) open++;
  }
  if (full < 4 || full < 0.4 * present) return 0;
  return open >= 0.5 * full ? width : 0;
}

/**
 * What goes between a wrapped line and the next: nothing after a soft hyphen or after a
 * hyphenated word followed by a lower-case continuation ("Nato-" + "Verbündeten" keeps its
 * hyphen; "Ver-" + "bündeten" becomes "Ver-bündeten": text is never dropped), else a space.
 */
export function wrapSeparator(first: string, next: string): string {
  if (first.endsWith('\u00ad')) return '';
  if (/\p{L}-$/u.test(first.slice(-2)) && /^\p{Ll}/u.test(next)) return '';
  return ' ';
}

/** Splits normalised text into logical lines, joining hard-wrapped prose when detected. */
export function toLogicalLines(text: string): LogicalLine[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) lines[i] = normalizeInline(lines[i] ?? '');
  const width = detectWrapWidth(lines);
  const out: LogicalLine[] = [];
  let current: LogicalLine | undefined;
  // Pieces of `current` when it is being joined; joined once, so joining stays linear.
  let pieces: string[] | undefined;
  const finish = () => {
    if (current && pieces) current.text = pieces.join('');
    pieces = undefined;
  };
  let block = 0;
  let previous = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line) {
      if (previous) block++;
      previous = '';
      continue;
    }
    const join =
      width > 0 &&
      current !== undefined &&
      previous.length >= JOIN_SHARE * width &&
      !isWidgetLine(line) &&
      !parseSourceLine(line);
    if (join && current) {
      pieces ??= [current.text];
      pieces.push(wrapSeparator(previous, line), line);
    } else {
      finish();
      current = { text: line, block, line: i };
      out.push(current);
    }
    previous = line;
  }
  finish();
  return out;
}
