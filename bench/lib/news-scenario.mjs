// One run of the issue-11 edit model: articles, highlights on them, the edits, Sidenote's
// `anchorMany` and the Hypothesis baseline on the same targets, each result judged against the
// per-character ground truth. Used by bench row 5 and by bench/sweep-reanchor.mjs.
import { createHash } from 'node:crypto';
import { hypothesisAnchor } from './hypothesis-match-quote.mjs';
import { applyNewsEdits, renderTracked, tracked } from './news-edits.mjs';
import { makeArticle, makeCast } from './news-text.mjs';
import { judgeNews, newsHighlights, newsTruth, solidCounts } from './news-truth.mjs';

export const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

const SENTENCE_END = /(?<=[.!?“])\s+(?=[\p{Lu}„"])/u;

/**
 * A seed article (parsed by the app) in the model's blocks: title, byline and date line (what
 * the file has, else a placeholder), then its paragraphs split into sentences.
 */
export function seedAsArticle(article, rnd) {
  const head = [article.title, `Von ${article.byline ?? 'der Redaktion'}`, article.date?.iso ?? ''];
  const blocks = head.map((s, i) => ({
    kind: ['title', 'byline', 'date'][i],
    sentences: [s || '–'],
  }));
  for (const p of article.paragraphs) {
    const sentences = article.text.slice(p.start, p.end).split(SENTENCE_END).filter(Boolean);
    if (sentences.length) blocks.push({ kind: 'para', sentences });
  }
  return { cast: makeCast(rnd), blocks };
}

/** `count` generated articles of 250–1,500 words. */
export function newsCorpus(rnd, count) {
  return Array.from({ length: count }, () => makeArticle(rnd, rnd.int(250, 1500)));
}

export function emptyTally() {
  const side = () => ({
    correct: 0,
    orphanRight: 0,
    orphanWrong: 0,
    orphanWrongVerbatim: 0,
    wrongOverlapping: 0,
    wrongElsewhere: 0,
    onRemains: 0,
  });
  return {
    highlights: 0,
    survives: 0,
    gone: 0,
    verbatimUnique: 0,
    sidenote: side(),
    hypothesis: side(),
  };
}

const KEYS = {
  correct: 'correct',
  'orphan-right': 'orphanRight',
  'orphan-wrong': 'orphanWrong',
  'wrong-overlapping': 'wrongOverlapping',
  'wrong-elsewhere': 'wrongElsewhere',
  'on-remains': 'onRemains',
};

function count(side, verdict, truth) {
  side[KEYS[verdict]]++;
  if (verdict === 'orphan-wrong' && truth.verbatimUnique) side.orphanWrongVerbatim++;
}

/** Adds `b` into `a` (tallies of emptyTally's shape). */
export function addTally(a, b) {
  for (const k of ['highlights', 'survives', 'gone', 'verbatimUnique']) a[k] += b[k];
  for (const who of ['sidenote', 'hypothesis']) {
    for (const k of Object.keys(a[who])) a[who][k] += b[who][k];
  }
  return a;
}

/** Placed on a wrong passage: not the surviving passage, or a gone one put on unrelated text. */
export const wrongly = (s) => s.wrongOverlapping + s.wrongElsewhere;

/**
 * Prepares an article for a scenario: its text, tracked blocks, `n` highlights and their
 * selectors (the app's describeRange, the text's SHA-256).
 */
export function prepareArticle(anchoring, article, rnd, n) {
  const { text, doc } = tracked(article);
  const highlights = newsHighlights(text, doc, rnd, n);
  const normalized = anchoring.normalizeForMatch(text);
  const textHash = sha256(text);
  const targets = highlights.map(({ start, end }) => {
    const { position, quote } = anchoring.describeRange(text, start, end, { normalized });
    return { position, quote, textHash };
  });
  return { article, text, doc, highlights, targets };
}

/** Edits a prepared article `edits` times: the new text and the truth of every highlight. */
export function editArticle(anchoring, prepared, rnd, edits) {
  const { doc: changed, tally } = applyNewsEdits(prepared.doc, prepared.article, rnd, edits);
  const edited = renderTracked(changed);
  const normalize = (s) => anchoring.normalizeForMatch(s).text;
  const truth = newsTruth(prepared.text, edited, prepared.highlights, normalize);
  return { after: edited.text, hash: sha256(edited.text), truth, tally };
}

export const runSidenote = (anchoring, prepared, edited) =>
  anchoring
    .anchorMany(edited.after, prepared.targets, { textHash: edited.hash })
    .map((r) => (r.status === 'orphan' ? null : { start: r.start, end: r.end }));

export const runHypothesis = (prepared, edited) =>
  prepared.targets.map((t) => hypothesisAnchor(edited.after, t));

/** Judges both sides' results; with `details`, the verdicts per highlight too. */
export function judgeBoth(edited, sidenote, hypothesis) {
  const solid = solidCounts(edited.after);
  const t = emptyTally();
  const verdicts = [];
  edited.truth.forEach((truth, i) => {
    t.highlights++;
    if (truth.kind === 'gone') t.gone++;
    else t.survives++;
    if (truth.verbatimUnique) t.verbatimUnique++;
    const s = judgeNews(truth, sidenote[i], solid);
    const h = judgeNews(truth, hypothesis[i], solid);
    count(t.sidenote, s, truth);
    count(t.hypothesis, h, truth);
    verdicts.push({ sidenote: s, hypothesis: h });
  });
  return { tally: t, verdicts };
}
