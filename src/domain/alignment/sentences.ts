/**
 * Body paragraphs split into sentences with `Intl.Segmenter`, with the German cases it gets
 * wrong put right: an ordinal or a date ("Am 14. März", "im 19. Jahrhundert") and an initial
 * ("Wladimir V. Putin", "Antony J. Blinken") do not end a sentence, and neither does a segment
 * followed by one that starts in lower case.
 */
import type { AlignInput } from './types';

export interface Sentence {
  start: number;
  end: number;
  /** Index of its paragraph in `AlignInput.paragraphs`. */
  paragraph: number;
}

/** Ends that are not a sentence end: "14.", "19.", "V.", "J." (one capital), "Nr.", "z. B.". */
const NOT_AN_END =
  /(?:^|[\s(])(?:\d{1,2}|\p{Lu}|Nr|Dr|Prof|St|Abs|Art|bzw|ca|vgl|z\. ?B|u\. ?a|d\. ?h|S)\.["“”«»„']?\s*$/u;
const STARTS_LOWER = /^\s*["“”«»„']?\p{Ll}/u;

let segmenter: Intl.Segmenter | undefined;

function sentenceSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('de', { granularity: 'sentence' });
  return segmenter;
}

/** Sentences of one paragraph `[from, to)` of `text`, trimmed of surrounding white space. */
export function paragraphSentences(
  text: string,
  from: number,
  to: number,
  paragraph: number,
): Sentence[] {
  const slice = text.slice(from, to);
  const raw: { start: number; end: number }[] = [];
  for (const { segment, index } of sentenceSegmenter().segment(slice)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (body.length === 0) continue;
    const start = from + index + lead;
    const end = start + body.length;
    const last = raw.at(-1);
    if (last && (NOT_AN_END.test(text.slice(last.start, last.end)) || STARTS_LOWER.test(body))) {
      last.end = end;
    } else {
      raw.push({ start, end });
    }
  }
  return raw.map((r) => ({ ...r, paragraph }));
}

/** Sentences of every body paragraph, in text order. */
export function bodySentences(input: AlignInput): Sentence[] {
  const out: Sentence[] = [];
  input.paragraphs.forEach((p, i) => {
    if (p.kind !== 'body') return;
    const start = Math.max(0, Math.min(p.start, input.text.length));
    const end = Math.max(start, Math.min(p.end, input.text.length));
    if (end > start) out.push(...paragraphSentences(input.text, start, end, i));
  });
  return out;
}
