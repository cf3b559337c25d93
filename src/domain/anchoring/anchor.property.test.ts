// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { describeRange } from './describe';
import { editChars, germanText } from './german-text.fixture';
import { normalizeForMatch } from '../text/normalize';

type Span = { start: number; end: number };

/** A range of `minLength`..`maxLength` characters somewhere in `text`. */
function rangeIn(text: string, a: number, b: number, minLength: number, maxLength: number): Span {
  const length = Math.min(text.length, minLength + (b % (maxLength - minLength + 1)));
  const start = a % (text.length - length + 1);
  return { start, end: start + length };
}

function hasText(s: string): boolean {
  return normalizeForMatch(s).text.trim().length > 0;
}

const edit = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  before: fc.boolean(),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 3 }),
  chars: editChars,
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

/** Applies `e` between `from` and `to`; returns the new text and where `from` moved by. */
function applyEdit(text: string, e: Edit, from: number, to: number) {
  const size = to - from;
  if (e.kind === 'insert') {
    const p = from + (e.at % (size + 1));
    return { text: text.slice(0, p) + e.chars + text.slice(p), at: p, delta: e.chars.length };
  }
  const length = Math.min(e.length, size);
  const p = from + (e.at % (size - length + 1));
  const replacement = e.kind === 'delete' ? '' : e.chars;
  const edited = text.slice(0, p) + replacement + text.slice(p + length);
  return { text: edited, at: p, delta: replacement.length - length };
}

/** Applies edits before or after `range` (never inside it) and shifts the range along. */
function editOutside(text: string, range: Span, edits: Edit[]) {
  let current = { text, range };
  for (const e of edits) {
    const { range: r, text: t } = current;
    const [from, to] = e.before ? [0, r.start] : [r.end, t.length];
    const done = applyEdit(t, e, from, to);
    const shift = e.before ? done.delta : 0;
    current = { text: done.text, range: { start: r.start + shift, end: r.end + shift } };
  }
  return current;
}

function overlapRatio(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 1 : inter / union;
}

const RUNS = { numRuns: Number(process.env.ANCHOR_PROPERTY_RUNS ?? 150) };

describe('anchor properties', () => {
  it('(a) describe then anchor on unchanged text gives the same range', () => {
    fc.assert(
      fc.property(germanText, fc.nat(), fc.nat(), (text, a, b) => {
        const range = rangeIn(text, a, b, 1, 80);
        fc.pre(hasText(text.slice(range.start, range.end)));
        const target = describeRange(text, range.start, range.end);
        expect(anchor(text, target)).toEqual({ status: 'exact', ...range, score: 1 });
        // Without the position, a unique quote + context still finds the same place.
        const { prefix, exact, suffix } = target.quote;
        const norm = normalizeForMatch(text).text;
        const whole = normalizeForMatch(prefix + exact + suffix).text;
        if (norm.indexOf(whole) === norm.lastIndexOf(whole)) {
          const result = anchor(text, { quote: target.quote });
          expect(result).toMatchObject({ start: range.start, end: range.end });
        }
      }),
      RUNS,
    );
  });

  it('(b) after small edits outside the range it anchors to the shifted range', () => {
    fc.assert(
      fc.property(
        germanText,
        fc.nat(),
        fc.nat(),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (text, a, b, edits) => {
          // From 4 characters: a 1-letter quote next to an edit in "die die die" is ambiguous.
          const range = rangeIn(text, a, b, 4, 80);
          const quote = text.slice(range.start, range.end);
          fc.pre(hasText(quote));
          const target = describeRange(text, range.start, range.end);
          const edited = editOutside(text, range, edits);
          const result = anchor(edited.text, target);
          expect(result).toMatchObject({ start: edited.range.start, end: edited.range.end });
          expect(result.status).toMatch(/^(exact|moved)$/);
          expect(edited.text.slice(edited.range.start, edited.range.end)).toBe(quote);
        },
      ),
      RUNS,
    );
  });

  it('(c) after a small edit inside a long quote it anchors fuzzily to the edited region', () => {
    fc.assert(
      fc.property(germanText, fc.nat(), fc.nat(), edit, (text, a, b, e) => {
        fc.pre(text.length >= 60);
        const range = rangeIn(text, a, b, 40, 160);
        const target = describeRange(text, range.start, range.end);
        const done = applyEdit(text, e, range.start + 1, range.end - 1);
        const expected = { start: range.start, end: range.end + done.delta };
        const result = anchor(done.text, target);
        expect(result.status).not.toBe('orphan');
        if (result.status === 'orphan') return;
        expect(overlapRatio(result, expected)).toBeGreaterThanOrEqual(0.8);
      }),
      RUNS,
    );
  });

  it('(d) when the quoted text is removed (and not elsewhere), the result is an orphan', () => {
    fc.assert(
      fc.property(
        germanText,
        fc.nat(),
        fc.nat(),
        fc.nat({ max: 12 }),
        fc.nat({ max: 12 }),
        (text, a, b, widenBefore, widenAfter) => {
          const range = rangeIn(text, a, b, 3, 120);
          const target = describeRange(text, range.start, range.end);
          const from = Math.max(0, range.start - widenBefore);
          const to = Math.min(text.length, range.end + widenAfter);
          const edited = text.slice(0, from) + text.slice(to);
          const quote = normalizeForMatch(target.quote.exact).text.trim();
          fc.pre(quote.length >= 3 && !normalizeForMatch(edited).text.includes(quote));
          expect(anchor(edited, target)).toMatchObject({ status: 'orphan' });
        },
      ),
      RUNS,
    );
  });
});
