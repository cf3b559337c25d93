/**
 * `alignArticles`: corresponding passages between two articles, and what only one of them has.
 *
 * 1. Body paragraphs → sentences (`sentences.ts`).
 * 2. Sentences → tf–idf vectors over German terms (`vectors.ts`, `terms.ts`), with the
 *    lexicon's states as one term and its event families as light extra terms
 *    (`concepts.ts`), and a bare role standing for the person the article gives it
 *    (`people.ts`).
 * 3. Candidates: sentence pairs that share a word term no more common than `commonDf` (an
 *    inverted index over b), or whose text is the same; each scored by the exact cosine of the
 *    two vectors, plus `FRAME_BONUS` for the same person on the same point. Pairs that share a
 *    quotation (`quotes.ts`) are `quote`s.
 * 4. A pair is kept when it clears `minScore`, shares at least two terms, and each sentence is
 *    among the other's best `maxPartners` (ties broken by closeness of their relative places,
 *    so (a, b) and (b, a) give the same pairs): one sentence pairs with only a few, and only
 *    with ones that pick it back (precision before recall).
 * 5. Kept pairs of adjacent sentences on both sides merge into one pair of passages; the body
 *    sentences left over on each side, merged into runs, are `onlyA` / `onlyB`.
 */
import { fnv1a, pairKey, passageHash } from './key';
import { bodySentences, type Sentence } from './sentences';
import type { AlignedPair, AlignInput, Alignment, AlignOptions, PairKind, Passage } from './types';
import { TermKind, vectorise, type SentenceVector } from './vectors';

/** Cosine below which two sentences are not taken to correspond (tuned on the seeds). */
export const DEFAULT_MIN_SCORE = 0.24;
export const DEFAULT_MAX_PARTNERS = 2;
/** Shared quoted terms (and share of the shorter quotation) that make a pair a `quote`. */
const QUOTE_MIN_TERMS = 3;
const QUOTE_MIN_SHARE = 0.6;
/**
 * A pair whose sentences name the same person (`people.ts`) and share at least `FRAME_EVENTS`
 * event concepts (`concepts.ts`) gets `FRAME_BONUS` on top of its cosine: the same speaker on
 * the same point, in other words.
 */
const FRAME_EVENTS = 2;
const FRAME_BONUS = 0.15;
/** Distinct terms two sentences must share to pair at all. */
const MIN_SHARED_TERMS = 2;
/**
 * A term in more sentences than this does not make two sentences candidates by itself (it
 * still counts in their score): it would make almost every pair one.
 */
const commonDf = (sentences: number): number => Math.max(24, Math.ceil(sentences * 0.02));

interface Candidate {
  i: number;
  j: number;
  score: number;
  kind: PairKind;
  /** Tie-breaker: distance of the two sentences' relative places in their articles. */
  place: number;
}

/** Dot product and number of shared ids of two sorted sparse vectors. */
function compare(
  x: SentenceVector,
  y: SentenceVector,
  kind: Uint8Array,
): { dot: number; shared: number; person: boolean; events: number } {
  let dot = 0;
  let shared = 0;
  let person = false;
  let events = 0;
  for (let p = 0, q = 0; p < x.ids.length && q < y.ids.length;) {
    const u = x.ids[p] ?? 0;
    const v = y.ids[q] ?? 0;
    if (u === v) {
      dot += (x.weights[p] ?? 0) * (y.weights[q] ?? 0);
      const k = kind[u] ?? TermKind.Word;
      if (k === TermKind.Word || k === TermKind.Person) shared++;
      if (k === TermKind.Person) person = true;
      if (k === TermKind.Event) events++;
      p++;
      q++;
    } else if (u < v) p++;
    else q++;
  }
  return { dot, shared, person, events };
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

function quoteShare(x: SentenceVector, y: SentenceVector): number {
  if (x.quoted.length === 0 || y.quoted.length === 0) return 0;
  const q = sharedSorted(x.quoted, y.quoted);
  return q >= QUOTE_MIN_TERMS ? q / Math.min(x.quoted.length, y.quoted.length) : 0;
}

/** Term id → the b sentences that have it, as one flat array with offsets (CSR). */
function postings(b: SentenceVector[], terms: number): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(terms + 1);
  for (const v of b) for (const id of v.ids) start[id + 1] = (start[id + 1] ?? 0) + 1;
  for (let t = 0; t < terms; t++) start[t + 1] = (start[t + 1] ?? 0) + (start[t] ?? 0);
  const fill = start.slice(0, terms);
  const list = new Int32Array(start[terms] ?? 0);
  b.forEach((v, j) => {
    for (const id of v.ids) {
      const at = fill[id] ?? 0;
      list[at] = j;
      fill[id] = at + 1;
    }
  });
  return { start, list };
}

/** Above this many (a, b) pairs of one repeated sentence, only pairs in the same order count. */
const MAX_EQUAL_PAIRS = 400;

/**
 * The b sentences with the same text as a's sentence `i`: all of them, or, for a sentence
 * repeated very often on both sides, those at about the same rank among the repeats (the p-th
 * of m in a with the q-th of n in b when their relative ranks are within one step), so a
 * thousand repeats do not make a million candidates. Symmetric in a and b.
 */
function equalPartners(
  group: { a: number[]; b: number[] } | undefined,
  i: number,
  rank: Map<number, number>,
): number[] {
  if (!group || group.b.length === 0) return [];
  const m = group.a.length;
  const n = group.b.length;
  if (m * n <= MAX_EQUAL_PAIRS) return group.b;
  if (rank.size === 0 || !rank.has(i)) group.a.forEach((x, p) => rank.set(x, p));
  const p = rank.get(i) ?? 0;
  const step = 1 / Math.min(m, n);
  const at = (p + 0.5) / m;
  const out: number[] = [];
  const first = Math.max(0, Math.floor((at - step) * n - 0.5));
  for (let q = first; q < n; q++) {
    const d = (q + 0.5) / n - at;
    if (d > step) break;
    if (Math.abs(d) <= step) out.push(group.b[q] ?? 0);
  }
  return out;
}

/** Scored candidate pairs that clear `minScore`. */
function candidates(
  a: SentenceVector[],
  b: SentenceVector[],
  df: Int32Array,
  kind: Uint8Array,
  minScore: number,
): Candidate[] {
  const { start, list } = postings(b, df.length);
  const maxDf = commonDf(a.length + b.length);
  const sameText = new Map<string, { a: number[]; b: number[] }>();
  const bucket = (text: string): { a: number[]; b: number[] } => {
    let found = sameText.get(text);
    if (!found) sameText.set(text, (found = { a: [], b: [] }));
    return found;
  };
  a.forEach((v, i) => bucket(v.normalised).a.push(i));
  b.forEach((v, j) => bucket(v.normalised).b.push(j));
  const seen = new Uint8Array(b.length);
  const touched: number[] = [];
  const out: Candidate[] = [];
  const rank = new Map<number, number>();
  a.forEach((v, i) => {
    for (const j of equalPartners(sameText.get(v.normalised), i, rank)) {
      seen[j] = 2;
      touched.push(j);
    }
    for (const id of v.ids) {
      const k = kind[id] ?? TermKind.Word;
      if ((df[id] ?? 0) > maxDf || k === TermKind.Event) continue;
      for (let k = start[id] ?? 0, end = start[id + 1] ?? 0; k < end; k++) {
        const j = list[k] ?? 0;
        if (seen[j] === 0) {
          seen[j] = 1;
          touched.push(j);
        }
      }
    }
    for (const j of touched) {
      const w = b[j];
      const equal = seen[j] === 2 && v.normalised.length > 0;
      seen[j] = 0;
      if (!w) continue;
      const place = Math.abs((i + 0.5) / a.length - (j + 0.5) / b.length);
      const share = quoteShare(v, w);
      const pairKind: PairKind = share >= QUOTE_MIN_SHARE ? 'quote' : 'claim';
      if (equal) {
        out.push({ i, j, score: 1, kind: v.quoted.length > 0 ? 'quote' : 'claim', place });
        continue;
      }
      const { dot, shared, person, events } = compare(v, w, kind);
      if (shared < MIN_SHARED_TERMS) continue;
      // The same person on the same point (two event concepts shared): a frame, worth more.
      const frame = person && events >= FRAME_EVENTS ? FRAME_BONUS : 0;
      // Rounded: the sum's order must not make (a, b) and (b, a) differ.
      const score = Math.round(Math.max(dot + frame, pairKind === 'quote' ? share : 0) * 1e9) / 1e9;
      if (score >= minScore) out.push({ i, j, score, kind: pairKind, place });
    }
    touched.length = 0;
  });
  return out;
}

/** Better first: higher score, then closer places, then earlier (symmetric in i and j). */
const better = (x: Candidate, y: Candidate): number =>
  y.score - x.score || x.place - y.place || x.i + x.j - (y.i + y.j);

/** Keeps the pairs where each side is among the other's best `k`. */
function mutualBest(all: Candidate[], k: number, na: number, nb: number): Candidate[] {
  const byA: Candidate[][] = Array.from({ length: na }, () => []);
  const byB: Candidate[][] = Array.from({ length: nb }, () => []);
  for (const c of all) {
    byA[c.i]?.push(c);
    byB[c.j]?.push(c);
  }
  const fromA = new Set<Candidate>();
  for (const list of byA) for (const c of list.sort(better).slice(0, k)) fromA.add(c);
  const kept: Candidate[] = [];
  for (const list of byB)
    for (const c of list.sort(better).slice(0, k)) if (fromA.has(c)) kept.push(c);
  return kept;
}

function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    const up = parent[parent[x] ?? x] ?? x;
    parent[x] = up;
    x = up;
  }
  return x;
}

const near = (s: Sentence[], x: number, y: number): boolean =>
  Math.abs(x - y) <= 1 && s[x]?.paragraph === s[y]?.paragraph;

interface Group {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
  score: number;
  quote: boolean;
}

/** Pairs of adjacent sentences (on both sides, within a paragraph) become one group. */
function groups(kept: Candidate[], sa: Sentence[], sb: Sentence[]): Group[] {
  kept.sort((x, y) => x.i - y.i || x.j - y.j);
  const parent = Int32Array.from(kept.keys());
  for (let p = 0; p < kept.length; p++) {
    const x = kept[p];
    if (!x) continue;
    for (let q = p + 1; q < kept.length; q++) {
      const y = kept[q];
      if (!y || y.i > x.i + 1) break;
      if (near(sa, x.i, y.i) && near(sb, x.j, y.j)) parent[find(parent, q)] = find(parent, p);
    }
  }
  const byRoot = new Map<number, Group>();
  kept.forEach((c, n) => {
    const root = find(parent, n);
    const g = byRoot.get(root);
    if (!g) {
      byRoot.set(root, {
        i0: c.i,
        i1: c.i,
        j0: c.j,
        j1: c.j,
        score: c.score,
        quote: c.kind === 'quote',
      });
      return;
    }
    g.i0 = Math.min(g.i0, c.i);
    g.i1 = Math.max(g.i1, c.i);
    g.j0 = Math.min(g.j0, c.j);
    g.j1 = Math.max(g.j1, c.j);
    g.score = Math.max(g.score, c.score);
    g.quote ||= c.kind === 'quote';
  });
  return [...byRoot.values()];
}

/** Body sentences not `covered`, adjacent ones in the same paragraph merged into one passage. */
function uncovered(sentences: Sentence[], covered: Uint8Array): Passage[] {
  const out: Passage[] = [];
  let previous = -2;
  sentences.forEach((s, n) => {
    if (covered[n]) return;
    const run = out.at(-1);
    if (run && previous === n - 1 && sentences[previous]?.paragraph === s.paragraph)
      run.end = s.end;
    else out.push({ start: s.start, end: s.end });
    previous = n;
  });
  return out;
}

/**
 * Corresponding passages between two articles, and the body passages only one of them has.
 * Pure and synchronous: run it in a Web Worker for long articles.
 */
export function alignArticles(a: AlignInput, b: AlignInput, options: AlignOptions = {}): Alignment {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const maxPartners = Math.max(1, Math.floor(options.maxPartners ?? DEFAULT_MAX_PARTNERS));
  const sa = bodySentences(a);
  const sb = bodySentences(b);
  const coveredA = new Uint8Array(sa.length);
  const coveredB = new Uint8Array(sb.length);
  if (sa.length === 0 || sb.length === 0) {
    return { pairs: [], onlyA: uncovered(sa, coveredA), onlyB: uncovered(sb, coveredB) };
  }
  const v = vectorise(a, sa, b, sb);
  const kept = mutualBest(
    candidates(v.a, v.b, v.df, v.kind, minScore),
    maxPartners,
    sa.length,
    sb.length,
  );
  const hashA = v.a.map((x) => fnv1a(x.normalised));
  const hashB = v.b.map((x) => fnv1a(x.normalised));
  const pairs: AlignedPair[] = groups(kept, sa, sb).map((g) => {
    coveredA.fill(1, g.i0, g.i1 + 1);
    coveredB.fill(1, g.j0, g.j1 + 1);
    return {
      a: { start: sa[g.i0]?.start ?? 0, end: sa[g.i1]?.end ?? 0 },
      b: { start: sb[g.j0]?.start ?? 0, end: sb[g.j1]?.end ?? 0 },
      score: Math.round(Math.min(1, g.score) * 1000) / 1000,
      kind: g.quote ? 'quote' : 'claim',
      key: pairKey(
        passageHash(hashA.slice(g.i0, g.i1 + 1)),
        passageHash(hashB.slice(g.j0, g.j1 + 1)),
      ),
    };
  });
  pairs.sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
  return { pairs, onlyA: uncovered(sa, coveredA), onlyB: uncovered(sb, coveredB) };
}
