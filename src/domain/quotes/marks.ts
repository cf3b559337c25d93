/**
 * Finding quoted passages in one paragraph by their marks: „…“ ‚…‘ (German), “…” ‘…’ (English),
 * »…« and «…» (guillemets either way round), and straight "…" and '…' whose direction is read
 * from the spaces around them. Marks are paired with a stack, so a quotation inside a quotation
 * stays inside; only the outermost passages are returned. A mark that cannot be paired is
 * dropped, except an opening mark after a colon (or at the start of the paragraph), whose
 * quotation runs to the end of the paragraph: 004's RT DE report is never closed.
 */

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph's end when the quotation is never closed. */
  close: number;
  closed: boolean;
  /** The quoted words, trimmed of surrounding spaces: `[start, end)`. */
  start: number;
  end: number;
}

type Family = 'double' | 'single';
type Style = 'low' | 'high' | 'straight' | 'guillemet';
interface Opener {
  family: Family;
  style: Style;
  pos: number;
}

const WORDISH = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** What may come right before an opening mark: nothing, a space, an opening bracket or a dash. */
const BEFORE_OPEN = /[\s([{/\u2013\u2014-]/u;
/** What may start quoted words: a letter, a digit, a bracket, an ellipsis, another opening mark. */
const CONTENT_START = /[\p{L}\p{N}[(.\u2026\u201E\u201A\u201C\u2018"'\u00BB\u00AB\u203A\u2039-]/u;

function isWord(ch: string | undefined): boolean {
  return ch !== undefined && WORDISH.test(ch);
}
function opensAfter(ch: string | undefined): boolean {
  return ch === undefined || BEFORE_OPEN.test(ch);
}
function startsContent(ch: string | undefined): boolean {
  return ch !== undefined && CONTENT_START.test(ch);
}
function endsNothing(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch) || /[.,;:!?)\]\u2026\u2013\u2014-]/u.test(ch);
}

type Mark = { kind: 'open'; family: Family; style: Style } | { kind: 'close'; family: Family };

function topOf(stack: Opener[], family: Family): Opener | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]?.family === family) return stack[i];
  return undefined;
}

function classify(
  ch: string,
  prev: string | undefined,
  next: string | undefined,
  stack: Opener[],
  guillemetOpens: string,
): Mark | null {
  switch (ch) {
    case '\u201E': // „ opens, unless nothing follows it (a wrong closing mark: „… wollen „, sagte er)
      return startsContent(next)
        ? { kind: 'open', family: 'double', style: 'low' }
        : { kind: 'close', family: 'double' };
    case '\u201C': {
      // “ closes „…“; on its own it opens English “…”
      if (topOf(stack, 'double')?.style === 'low') return { kind: 'close', family: 'double' };
      if (opensAfter(prev) && startsContent(next))
        return { kind: 'open', family: 'double', style: 'high' };
      return { kind: 'close', family: 'double' };
    }
    case '\u201D':
      if (opensAfter(prev) && startsContent(next) && !topOf(stack, 'double'))
        return { kind: 'open', family: 'double', style: 'high' };
      return { kind: 'close', family: 'double' };
    case '\u201A':
      return opensAfter(prev) && startsContent(next)
        ? { kind: 'open', family: 'single', style: 'low' }
        : null;
    case '\u2018': {
      if (topOf(stack, 'single')?.style === 'low') return { kind: 'close', family: 'single' };
      if (opensAfter(prev) && startsContent(next))
        return { kind: 'open', family: 'single', style: 'high' };
      return { kind: 'close', family: 'single' };
    }
    case '\u2019':
      if (isWord(prev) && isWord(next)) return null; // an apostrophe: Ukraine’s
      return topOf(stack, 'single') ? { kind: 'close', family: 'single' } : null;
    case ',':
      // a comma standing in for ‚ inside a quotation: „… auf der ,Weltinsel‘“
      return prev !== undefined && SPACE.test(prev) && isWord(next) && topOf(stack, 'double')
        ? { kind: 'open', family: 'single', style: 'low' }
        : null;
    case '\u00BB':
    case '\u00AB':
    case '\u203A':
    case '\u2039': {
      const family: Family = ch === '\u00BB' || ch === '\u00AB' ? 'double' : 'single';
      if (guillemetOpens.includes(ch)) {
        if (opensAfter(prev) || !isWord(prev)) return { kind: 'open', family, style: 'guillemet' };
        return topOf(stack, family) ? { kind: 'close', family } : null;
      }
      if (topOf(stack, family)) return { kind: 'close', family };
      return opensAfter(prev) && startsContent(next)
        ? { kind: 'open', family, style: 'guillemet' }
        : null;
    }
    case '"':
    case "'": {
      const family: Family = ch === '"' ? 'double' : 'single';
      if (family === 'single' && isWord(prev) && isWord(next)) return null; // it's
      const canOpen = opensAfter(prev) && next !== undefined && !SPACE.test(next);
      const canClose = prev !== undefined && !SPACE.test(prev) && endsNothing(next);
      if (canOpen && !canClose) return { kind: 'open', family, style: 'straight' };
      if (canClose && !canOpen) return { kind: 'close', family };
      if (!canOpen && !canClose) {
        if (prev === undefined || next === undefined) return null;
        if (SPACE.test(prev) && SPACE.test(next)) return null;
        // letters on both sides ("a"b") or punctuation: close what is open, else open
        return topOf(stack, family)
          ? { kind: 'close', family }
          : family === 'double'
            ? { kind: 'open', family, style: 'straight' }
            : null;
      }
      return topOf(stack, family)
        ? { kind: 'close', family }
        : { kind: 'open', family, style: 'straight' };
    }
    default:
      return null;
  }
}

const MARK_CHARS = /["'\u201E\u201C\u201D\u201A\u2018\u2019,\u00BB\u00AB\u203A\u2039]/gu;

/** Which guillemets open in this paragraph: »…« (German) when » comes first, else «…». */
function guillemetStyle(text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  const right = slice.search(/[\u00BB\u203A]/u);
  const left = slice.search(/[\u00AB\u2039]/u);
  if (right >= 0 && (left < 0 || right < left)) return '\u00BB\u203A';
  return '\u00AB\u2039';
}

function trimmed(text: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && SPACE.test(text[s] ?? '')) s++;
  while (e > s && SPACE.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

/** The outermost quoted passages of `text[start, end)` (one paragraph), in order. */
export function findQuotedSpans(text: string, start: number, end: number): QuotedSpan[] {
  const guillemets = guillemetStyle(text, start, end);
  const stack: Opener[] = [];
  const spans: QuotedSpan[] = [];
  MARK_CHARS.lastIndex = start;
  for (let m = MARK_CHARS.exec(text); m && m.index < end; m = MARK_CHARS.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const prev = i > start ? text[i - 1] : undefined;
    const next = i + 1 < end ? text[i + 1] : undefined;
    const mark = classify(ch, prev, next, stack, guillemets);
    if (!mark) continue;
    if (mark.kind === 'open') {
      stack.push({ family: mark.family, style: mark.style, pos: i });
      continue;
    }
    let k = stack.length - 1;
    while (k >= 0 && stack[k]?.family !== mark.family) k--;
    if (k < 0) continue;
    const opener = stack[k];
    stack.length = k;
    if (!opener) continue;
    const [s, e] = trimmed(text, opener.pos + 1, i);
    if (e > s) spans.push({ open: opener.pos, close: i, closed: true, start: s, end: e });
  }
  // An unclosed quotation counts when a colon or the paragraph's start introduces it.
  const first = stack[0];
  if (first && first.family === 'double') {
    let p = first.pos - 1;
    while (p >= start && SPACE.test(text[p] ?? '')) p--;
    if (p < start || text[p] === ':') {
      const [s, e] = trimmed(text, first.pos + 1, end);
      if (e > s) spans.push({ open: first.pos, close: end, closed: false, start: s, end: e });
    }
  }
  spans.sort((a, b) => a.open - b.open || b.close - a.close);
  const outer: QuotedSpan[] = [];
  for (const span of spans) {
    const last = outer[outer.length - 1];
    if (last && span.open < last.close) continue; // inside the previous one
    outer.push(span);
  }
  return outer;
}
