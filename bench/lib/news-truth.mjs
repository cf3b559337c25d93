// Highlights on news articles, and their ground truth after the edits of news-edits.mjs, per
// character as issue 11 defines it (whitespace is not counted: a line break or a double space
// changes no passage):
// - a highlight is gone when less than 70 % of its characters survive in one piece (in their
//   order, nothing else in between beyond the next rule) or more than 30 % of that piece is
//   new text (or text from elsewhere);
// - a placement is correct when it covers ≥ 80 % of the true passage (the piece as it now
//   reads) and spills ≤ 20 % (of the passage's length) past it.

const SURVIVES = 0.7;
const MAX_NEW = 0.3;
const COVER = 0.8;
const SPILL = 0.2;

const OPENERS = '„"«“(';
const CLOSERS = ',.:;!?“”"»)';

/** [start, end) of every block of a tracked document's original text. */
function blockSpans(doc) {
  return doc.blocks.map((b) => {
    const first = b.sentences[0].chars[0].o;
    const lastSentence = b.sentences.at(-1).chars;
    return { kind: b.kind, start: first, end: lastSentence.at(-1).o + 1 };
  });
}

/**
 * `n` highlights ({ start, end } in the original text) of whole words inside one block each,
 * mostly in paragraphs: 1 word (5 %), 2–6 (40 %), 7–20 (40 %), 21–40 (15 %); one in ten is the
 * words of a quotation. Half lose the quotation marks and punctuation at their ends, as a reader
 * selecting words would.
 */
export function newsHighlights(text, doc, rnd, n) {
  const spans = blockSpans(doc);
  const paras = spans.filter((s) => s.kind === 'para');
  const out = [];
  while (out.length < n) {
    const block = rnd.chance(0.94) ? rnd.pick(paras) : rnd.pick(spans);
    const slice = text.slice(block.start, block.end);
    const quotes = [...slice.matchAll(/„([^“]+)“/g)];
    let start;
    let end;
    if (quotes.length && rnd.chance(0.1)) {
      const q = rnd.pick(quotes);
      start = block.start + q.index + 1;
      end = start + q[1].length;
    } else {
      const tokens = [...slice.matchAll(/\S+/g)];
      const roll = rnd();
      const len =
        roll < 0.05
          ? 1
          : roll < 0.45
            ? rnd.int(2, 6)
            : roll < 0.85
              ? rnd.int(7, 20)
              : rnd.int(21, 40);
      const i = rnd.int(0, Math.max(0, tokens.length - len));
      const last = tokens[Math.min(tokens.length, i + len) - 1];
      start = block.start + tokens[i].index;
      end = block.start + last.index + last[0].length;
      if (rnd.chance(0.5)) {
        while (end - start > 1 && OPENERS.includes(text[start])) start++;
        while (end - start > 1 && CLOSERS.includes(text[end - 1])) end--;
      }
    }
    if (/\S/.test(text.slice(start, end))) out.push({ start, end });
  }
  return out;
}

const isSpace = (c) => /\s/.test(c);

/** Non-whitespace characters before each offset of `text`. */
export function solidCounts(text) {
  const counts = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) counts[i + 1] = counts[i] + (isSpace(text[i]) ? 0 : 1);
  return counts;
}

/**
 * The best run of a piece (new-text indices of surviving characters, in order): the most
 * surviving characters with at most MAX_NEW of the run being other text.
 */
function bestRun(at, solid) {
  // Segments of adjacent survivors, and the other (non-space) characters between segments.
  const segs = [];
  for (const i of at) {
    const seg = segs.at(-1);
    const between = seg ? solid[i] - solid[seg.last + 1] : 0;
    if (seg && between === 0) {
      seg.last = i;
      seg.count++;
    } else {
      segs.push({ first: i, last: i, count: 1, gapBefore: between });
    }
  }
  let best;
  for (let a = 0; a < segs.length; a++) {
    let count = 0;
    let other = 0;
    for (let b = a; b < segs.length; b++) {
      count += segs[b].count;
      if (b > a) other += segs[b].gapBefore;
      const fits = other <= MAX_NEW * (count + other);
      if (fits && (!best || count > best.count)) {
        best = { count, start: segs[a].first, end: segs[b].last + 1 };
      }
    }
  }
  return best;
}

/**
 * Ground truth of each highlight after the edits: { kind: 'survives' | 'gone', expected?,
 * remains?, verbatimUnique }. `expected` is the true passage in the new text; `remains` (for a
 * gone one) the biggest piece left, where a placement is neither right nor a wrong passage.
 * verbatimUnique: the passage reads as the quote did (after `normalize`) and nowhere else.
 */
export function newsTruth(original, edited, highlights, normalize) {
  const where = new Int32Array(original.length).fill(-1);
  edited.origin.forEach((o, i) => {
    if (o >= 0) where[o] = i;
  });
  const solid = solidCounts(edited.text);
  const normalizedText = normalize(edited.text);
  return highlights.map(({ start, end }) => {
    let total = 0;
    const pieces = [[]];
    let previous = -1;
    for (let o = start; o < end; o++) {
      if (isSpace(original[o])) continue;
      total++;
      const i = where[o];
      if (i < 0) continue;
      if (i < previous) pieces.push([]);
      pieces.at(-1).push(i);
      previous = i;
    }
    let best;
    let biggest;
    for (const at of pieces) {
      if (at.length === 0) continue;
      const run = bestRun(at, solid);
      if (run && (!best || run.count > best.count)) best = run;
      const whole = { count: at.length, start: at[0], end: at.at(-1) + 1 };
      if (!biggest || whole.count > biggest.count) biggest = whole;
    }
    if (!best || best.count < SURVIVES * total) {
      return { kind: 'gone', remains: biggest, verbatimUnique: false };
    }
    const expected = { start: best.start, end: best.end };
    const quote = normalize(original.slice(start, end)).trim();
    const now = normalize(edited.text.slice(best.start, best.end)).trim();
    const first = normalizedText.indexOf(quote);
    const verbatimUnique =
      now === quote && first !== -1 && normalizedText.indexOf(quote, first + 1) === -1;
    return { kind: 'survives', expected, verbatimUnique };
  });
}

/**
 * One result (null for an orphan) against its truth: correct | orphan-right | orphan-wrong |
 * wrong-overlapping | wrong-elsewhere | on-remains (a gone highlight put on what is left of it).
 */
export function judgeNews(truth, result, solid) {
  const last = solid.length - 1;
  const count = (s, e) =>
    solid[Math.min(Math.max(e, 0), last)] - solid[Math.min(Math.max(s, 0), last)];
  const overlap = (a, b) => {
    const s = Math.max(a.start, b.start);
    const e = Math.min(a.end, b.end);
    return e > s ? count(s, e) : 0;
  };
  if (truth.kind === 'gone') {
    if (!result) return 'orphan-right';
    return truth.remains && overlap(result, truth.remains) > 0 ? 'on-remains' : 'wrong-elsewhere';
  }
  if (!result) return 'orphan-wrong';
  const { expected } = truth;
  const size = count(expected.start, expected.end);
  const inside = overlap(result, expected);
  const spill = count(result.start, result.end) - inside;
  if (inside >= COVER * size && spill <= SPILL * size) return 'correct';
  return inside > 0 ? 'wrong-overlapping' : 'wrong-elsewhere';
}
