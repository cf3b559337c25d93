/**
 * `alignArticles`: corresponding passages between two articles, and what only one of them has.
 *
 * 1. Body paragraphs → sentences (`sentences.ts`).
 * 2. Sentences → tf–idf vectors over German terms (`vectors.ts`, `terms.ts`).
 * 3. Every sentence pair that shares a term is scored through an inverted index (cosine), and
 *    pairs that share a quotation (`quotes.ts`) are marked `quote`.
 * 4. A pair is kept when it clears `minScore`, shares at least two terms, and each sentence is
 *    among the other's best `maxPartners`: one sentence pairs with only a few, and only with
 *    ones that pick it back (precision before recall).
 * 5. Kept pairs of adjacent sentences on both sides merge into one pair of passages; the body
 *    sentences left over on each side, merged into runs, are `onlyA` / `onlyB`.
 */
import { normalisedText, pairKey } from './key';
import { bodySentences, type Sentence } from './sentences';
import type { AlignedPair, AlignInput, Alignment, AlignOptions, PairKind, Passage } from './types';
import { vectorise, type SentenceVector } from './vectors';

/** Cosine below which two sentences are not taken to correspond (tuned on the seeds). */
export const DEFAULT_MIN_SCORE = 0.2;
export const DEFAULT_MAX_PARTNERS = 2;
/** Shared quoted terms (and share of the shorter quotation) that make a pair a `quote`. */
const QUOTE_MIN_TERMS = 3;
const QUOTE_MIN_SHARE = 0.6;
/** Distinct terms two sentences must share to pair at all. */
const MIN_SHARED_TERMS = 2;

interface Candidate {
  i: number;
  j: number;
  score: number;
  kind: PairKind;
}

function sharedSorted(x: Int32Array, y: Int32Array): number {
  let n = 0;
  for (let p = 0, q = 0; p < x.length && q < y.length;) {
    const u = x[p] ?? 0;
    const v = y[q] ?? 0;
    if (u === v) {
      n++;
      p++;
      q++;
    } else if (u < v) p++;
    else q++;
  }
  return n;
}

/**
 * Scores of all sentence pairs that share a term and clear `minScore`. Sentences with the same
 * folded text (`same[i]` lists those `j`) pair at 1 whatever their words.
 */
function candidates(
  a: SentenceVector[],
  b: SentenceVector[],
  minScore: number,
  same: Map<number, number[]>,
): Candidate[] {
  const postings = new Map<number, { j: number; w: number }[]>();
  b.forEach((v, j) => {
    v.ids.forEach((id, k) => {
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push({ j, w: v.weights[k] ?? 0 });
    });
  });
  const out: Candidate[] = [];
  const dot = new Float64Array(b.length);
  const shared = new Int32Array(b.length);
  const touched: number[] = [];
  a.forEach((v, i) => {
    v.ids.forEach((id, k) => {
      const w = v.weights[k] ?? 0;
      for (const p of postings.get(id) ?? []) {
        if (shared[p.j] === 0) touched.push(p.j);
        dot[p.j] = (dot[p.j] ?? 0) + w * p.w;
        shared[p.j] = (shared[p.j] ?? 0) + 1;
      }
    });
    const equal = same.get(i) ?? [];
    for (const j of equal)
      out.push({ i, j, score: 1, kind: b[j]?.quoted.length ? 'quote' : 'claim' });
    for (const j of touched) {
      // Rounded: the sum's order differs between (a, b) and (b, a).
      const cos = Math.round((dot[j] ?? 0) * 1e9) / 1e9;
      const common = shared[j] ?? 0;
      dot[j] = 0;
      shared[j] = 0;
      if (common < MIN_SHARED_TERMS || equal.includes(j)) continue;
      const bv = b[j];
      let kind: PairKind = 'claim';
      let score = cos;
      if (bv && v.quoted.length > 0 && bv.quoted.length > 0) {
        const q = sharedSorted(v.quoted, bv.quoted);
        const share = q / Math.min(v.quoted.length, bv.quoted.length);
        if (q >= QUOTE_MIN_TERMS && share >= QUOTE_MIN_SHARE) {
          kind = 'quote';
          score = Math.max(score, share);
        }
      }
      if (score >= minScore) out.push({ i, j, score, kind });
    }
    touched.length = 0;
  });
  return out;
}

/** For each sentence of `a`, the sentences of `b` with the same folded text. */
function sameText(ta: string, sa: Sentence[], tb: string, sb: Sentence[]): Map<number, number[]> {
  const byText = new Map<string, number[]>();
  sb.forEach((s, j) => {
    const key = normalisedText(tb.slice(s.start, s.end));
    (byText.get(key) ?? byText.set(key, []).get(key))?.push(j);
  });
  const out = new Map<number, number[]>();
  sa.forEach((s, i) => {
    const js = byText.get(normalisedText(ta.slice(s.start, s.end)));
    if (js) out.set(i, js);
  });
  return out;
}

/** Keeps the pairs where each side is among the other's best `k`. */
function mutualBest(all: Candidate[], k: number): Candidate[] {
  const rankA = new Map<number, Candidate[]>();
  const rankB = new Map<number, Candidate[]>();
  for (const c of all) {
    (rankA.get(c.i) ?? rankA.set(c.i, []).get(c.i))?.push(c);
    (rankB.get(c.j) ?? rankB.set(c.j, []).get(c.j))?.push(c);
  }
  const top = (m: Map<number, Candidate[]>): Set<Candidate> => {
    const keep = new Set<Candidate>();
    for (const list of m.values()) {
      list.sort((x, y) => y.score - x.score);
      // Ties at the k-th place all stay: which of two equal partners came first must not
      // decide, or aligning (b, a) would differ from (a, b).
      const last = list[Math.min(k, list.length) - 1]?.score ?? 0;
      for (const c of list) if (c.score >= last) keep.add(c);
    }
    return keep;
  };
  const fromA = top(rankA);
  const fromB = top(rankB);
  return all.filter((c) => fromA.has(c) && fromB.has(c));
}

function find(parent: number[], x: number): number {
  while (parent[x] !== x) {
    const up = parent[parent[x] ?? x] ?? x;
    parent[x] = up;
    x = up;
  }
  return x;
}

const near = (s: Sentence[], x: number, y: number): boolean =>
  Math.abs(x - y) <= 1 && s[x]?.paragraph === s[y]?.paragraph;

/** Pairs of adjacent sentences (on both sides, within a paragraph) become one pair. */
function merge(
  kept: Candidate[],
  sa: Sentence[],
  sb: Sentence[],
  ta: string,
  tb: string,
): AlignedPair[] {
  kept.sort((x, y) => x.i - y.i || x.j - y.j);
  const parent = kept.map((_, n) => n);
  for (let p = 0; p < kept.length; p++) {
    for (let q = p + 1; q < kept.length; q++) {
      const x = kept[p];
      const y = kept[q];
      if (!x || !y) continue;
      if (y.i > x.i + 1) break;
      if (near(sa, x.i, y.i) && near(sb, x.j, y.j)) parent[find(parent, q)] = find(parent, p);
    }
  }
  const groups = new Map<number, Candidate[]>();
  kept.forEach((c, n) => {
    const root = find(parent, n);
    (groups.get(root) ?? groups.set(root, []).get(root))?.push(c);
  });
  const pairs: AlignedPair[] = [];
  for (const group of groups.values()) {
    const is = group.map((c) => c.i);
    const js = group.map((c) => c.j);
    const a: Passage = {
      start: sa[Math.min(...is)]?.start ?? 0,
      end: sa[Math.max(...is)]?.end ?? 0,
    };
    const b: Passage = {
      start: sb[Math.min(...js)]?.start ?? 0,
      end: sb[Math.max(...js)]?.end ?? 0,
    };
    const score = Math.min(1, Math.max(...group.map((c) => c.score)));
    const kind: PairKind = group.some((c) => c.kind === 'quote') ? 'quote' : 'claim';
    const key = pairKey(ta.slice(a.start, a.end), tb.slice(b.start, b.end));
    pairs.push({ a, b, score: Math.round(score * 1000) / 1000, kind, key });
  }
  return pairs.sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
}

/** Body sentences not inside any of `covered`, adjacent ones (same paragraph) merged. */
function uncovered(sentences: Sentence[], covered: Passage[]): Passage[] {
  const out: Passage[] = [];
  let last: Sentence | undefined;
  for (const s of sentences) {
    const hit = covered.some((c) => c.start < s.end && s.start < c.end);
    if (hit) {
      last = undefined;
      continue;
    }
    const run = out.at(-1);
    if (run && last && last.paragraph === s.paragraph) run.end = s.end;
    else out.push({ start: s.start, end: s.end });
    last = s;
  }
  return out;
}

/**
 * Corresponding passages between two articles, and the body passages only one of them has.
 * Pure and synchronous: run it in a Web Worker for long articles.
 */
export function alignArticles(a: AlignInput, b: AlignInput, options: AlignOptions = {}): Alignment {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const maxPartners = Math.max(1, options.maxPartners ?? DEFAULT_MAX_PARTNERS);
  const sa = bodySentences(a);
  const sb = bodySentences(b);
  if (sa.length === 0 || sb.length === 0) {
    return { pairs: [], onlyA: uncovered(sa, []), onlyB: uncovered(sb, []) };
  }
  const vectors = vectorise(a, sa, b, sb);
  const kept = mutualBest(
    candidates(vectors.a, vectors.b, minScore, sameText(a.text, sa, b.text, sb)),
    maxPartners,
  );
  const pairs = merge(kept, sa, sb, a.text, b.text);
  return {
    pairs,
    onlyA: uncovered(
      sa,
      pairs.map((p) => p.a),
    ),
    onlyB: uncovered(
      sb,
      pairs.map((p) => p.b),
    ),
  };
}
