// A text as paragraphs of word tokens, highlights on it, and random edits that keep track of
// every original token, so after the edits we know where each highlight's passage is now (or
// that it is gone): the ground truth for re-anchoring.

/** Joins paragraphs of tokens: words by " ", paragraphs by "\n\n". Returns text and token spans. */
export function render(paragraphs) {
  let text = '';
  const spans = new Map(); // token id → { start, end }
  paragraphs.forEach((tokens, p) => {
    if (p > 0) text += '\n\n';
    tokens.forEach((t, i) => {
      if (i > 0) text += ' ';
      spans.set(t.id, { start: text.length, end: text.length + t.w.length });
      text += t.w;
    });
  });
  return { text, spans };
}

/** A generated document of about `words` tokens in paragraphs of 40–120. */
export function makeDocument(model, rnd, words) {
  const paragraphs = [];
  let nextId = 0;
  let total = 0;
  while (total < words) {
    const n = Math.min(words - total, rnd.int(40, 120));
    paragraphs.push(model.words(rnd, n).map((w) => ({ id: nextId++, w })));
    total += n;
  }
  return { paragraphs, nextId };
}

/** `n` highlights of whole tokens inside one paragraph each: { tokens: [ids] }. */
export function makeHighlights(doc, rnd, n) {
  const out = [];
  for (let k = 0; k < n; k++) {
    const p = rnd.int(0, doc.paragraphs.length - 1);
    const tokens = doc.paragraphs[p];
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
    out.push({ tokens: tokens.slice(i, i + len).map((t) => t.id) });
  }
  return out;
}

const clone = (doc) => ({
  paragraphs: doc.paragraphs.map((p) => p.map((t) => ({ ...t }))),
  nextId: doc.nextId,
});

const QUOTE_SWAPS = [
  ['„', '"'],
  ['“', '"'],
  ['"', '„'],
  ['–', '-'],
  ['-', '–'],
  ['ß', 'ss'],
];

/**
 * Applies `count` random edits: insertions, deletions, typos, replaced words, swapped quote
 * marks and dashes, whole highlighted passages removed, paragraphs moved. Returns the edited
 * document and a tally by kind.
 */
export function applyEdits(doc, model, rnd, highlights, count) {
  const d = clone(doc);
  const tally = {};
  const randomToken = () => {
    const p = rnd.int(0, d.paragraphs.length - 1);
    return { p, i: rnd.int(0, Math.max(0, d.paragraphs[p].length - 1)) };
  };
  const where = (id) => {
    for (let p = 0; p < d.paragraphs.length; p++) {
      const i = d.paragraphs[p].findIndex((t) => t.id === id);
      if (i !== -1) return { p, i };
    }
    return undefined;
  };
  const kinds = [
    ['insert', 28],
    ['delete', 20],
    ['typo', 16],
    ['replace', 12],
    ['quote', 6],
    ['remove-passage', 8],
    ['move-paragraph', 2],
  ];
  const weight = kinds.reduce((n, [, w]) => n + w, 0);
  for (let e = 0; e < count; e++) {
    let roll = rnd() * weight;
    const kind = kinds.find(([, w]) => (roll -= w) < 0)?.[0] ?? 'insert';
    const { p, i } = randomToken();
    const tokens = d.paragraphs[p];
    if (!tokens || tokens.length === 0) continue;
    if (kind === 'insert') {
      const words = model.words(rnd, rnd.int(3, 25));
      tokens.splice(i, 0, ...words.map((w) => ({ id: d.nextId++, w, added: true })));
    } else if (kind === 'delete') {
      tokens.splice(i, rnd.int(1, 15));
    } else if (kind === 'typo' || kind === 'replace' || kind === 'quote') {
      const t = tokens[i];
      if (kind === 'replace') {
        t.w = rnd.pick(model.vocabulary);
      } else if (kind === 'quote') {
        const swap = QUOTE_SWAPS.find(([from]) => t.w.includes(from));
        if (!swap) continue;
        t.w = t.w.replace(swap[0], swap[1]);
      } else if (t.w.length >= 4) {
        const at = rnd.int(1, t.w.length - 2);
        const chars = [...t.w];
        if (rnd.chance(0.5)) [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]];
        else chars.splice(at, 1);
        t.w = chars.join('');
      } else {
        continue;
      }
      t.modified = true;
    } else if (kind === 'remove-passage') {
      const h = rnd.pick(highlights);
      const first = where(h.tokens[0]);
      const last = where(h.tokens.at(-1));
      if (!first || !last || first.p !== last.p || last.i < first.i) continue;
      const from = Math.max(0, first.i - rnd.int(0, 4));
      const to = last.i + rnd.int(0, 4);
      d.paragraphs[first.p].splice(from, to - from + 1);
    } else if (kind === 'move-paragraph') {
      const [moved] = d.paragraphs.splice(p, 1);
      d.paragraphs.splice(rnd.int(0, d.paragraphs.length), 0, moved);
    }
    tally[kind] = (tally[kind] ?? 0) + 1;
  }
  d.paragraphs = d.paragraphs.filter((tokens) => tokens.length > 0);
  return { doc: d, tally };
}

/**
 * Where each highlight's passage is in the edited document:
 * intact: every token there, unchanged, nothing inserted between them: expected exactly.
 * edited: at most a quarter of its characters changed (typos, a word in or out): expected
 *   where its remaining tokens are.
 * partial: more changed than that, but something is left: an orphan is as right as a match on
 *   what is left.
 * gone: not one of its tokens is left: must be an orphan.
 */
export function groundTruth(original, edited, highlights) {
  const before = new Map(original.paragraphs.flat().map((t) => [t.id, t.w]));
  const { spans } = render(edited.paragraphs);
  const order = new Map();
  const tokenById = new Map();
  edited.paragraphs.flat().forEach((t, i) => {
    order.set(t.id, i);
    tokenById.set(t.id, t);
  });
  const flat = edited.paragraphs.flat();
  return highlights.map((h) => {
    const originalChars = h.tokens.reduce((n, id) => n + before.get(id).length + 1, -1);
    const alive = h.tokens.filter((id) => order.has(id));
    if (alive.length === 0) return { kind: 'gone' };
    const firstAt = order.get(alive[0]);
    const lastAt = order.get(alive.at(-1));
    let changed = 0;
    for (const id of h.tokens) {
      const t = tokenById.get(id);
      if (!t) changed += before.get(id).length + 1;
      else if (t.modified) changed += Math.max(1, Math.abs(t.w.length - before.get(id).length));
    }
    for (let i = firstAt; i <= lastAt; i++) if (flat[i].added) changed += flat[i].w.length + 1;
    const expected = { start: spans.get(alive[0]).start, end: spans.get(alive.at(-1)).end };
    const kind = changed === 0 ? 'intact' : changed <= 0.25 * originalChars ? 'edited' : 'partial';
    return { kind, expected };
  });
}

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const iou = (a, b) => {
  const inter = overlap(a, b);
  return inter / (a.end - a.start + (b.end - b.start) - inter || 1);
};

/**
 * Judges one anchoring result (null for an orphan) against the truth:
 * correct | orphan-justified | orphan-wrong | misplaced-overlapping | misplaced-elsewhere.
 */
export function judge(truth, result) {
  if (!result) {
    return truth.kind === 'gone' || truth.kind === 'partial' ? 'orphan-justified' : 'orphan-wrong';
  }
  if (truth.kind === 'gone') return 'misplaced-elsewhere';
  const { expected } = truth;
  if (truth.kind === 'intact') {
    if (result.start === expected.start && result.end === expected.end) return 'correct';
  } else if (truth.kind === 'edited') {
    if (iou(result, expected) >= 0.8) return 'correct';
  } else if (overlap(result, expected) > 0) {
    return 'correct';
  }
  return overlap(result, expected) > 0 ? 'misplaced-overlapping' : 'misplaced-elsewhere';
}
