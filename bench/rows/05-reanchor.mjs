// Row 5 (Node): re-anchor 1,000 highlights on a 10,000-word text after random edits, with
// Sidenote's `anchorMany` and with approx-string-match used as Hypothesis's client uses it
// (bench/lib/hypothesis-match-quote.mjs), on the same inputs. The edits track every original
// word, so each result is judged: correct, orphaned (justified when the passage is gone or
// mostly gone), misplaced.
import { performance } from 'node:perf_hooks';
import {
  applyEdits,
  groundTruth,
  judge,
  makeDocument,
  makeHighlights,
  render,
} from '../lib/edits.mjs';
import { hypothesisAnchor } from '../lib/hypothesis-match-quote.mjs';
import { NEWS_EDITS, newsScenario, prepareNews } from '../lib/news-bench.mjs';
import { line, measured } from '../lib/report.mjs';
import { ms, prng, ratio, summary, times } from '../lib/util.mjs';

export const id = 5;
export const title = 'Re-anchor 1,000 highlights on a 10,000-word text after edits (Node)';
/** The news model runs the baseline over 40 articles three times on top: more than 4 minutes. */
export const timeout = 480_000;

const WORDS = 10_000;
const HIGHLIGHTS = 1_000;
/** A light revision (typo fixes, a sentence in or out) and a heavy one. */
const EDIT_COUNTS = [25, 250];

function tally(verdicts) {
  const t = {
    correct: 0,
    orphaned: 0,
    orphanedJustified: 0,
    orphanedWrongly: 0,
    misplaced: 0,
    misplacedOverlapping: 0,
    misplacedElsewhere: 0,
  };
  for (const v of verdicts) {
    if (v === 'correct') t.correct++;
    else if (v.startsWith('orphan')) {
      t.orphaned++;
      if (v === 'orphan-justified') t.orphanedJustified++;
      else t.orphanedWrongly++;
    } else {
      t.misplaced++;
      if (v === 'misplaced-overlapping') t.misplacedOverlapping++;
      else t.misplacedElsewhere++;
    }
  }
  return t;
}

const describe = (t) =>
  `${t.correct} correct, ${t.orphaned} orphaned (${t.orphanedWrongly} wrongly), ${t.misplaced} misplaced`;

/** Anchors the same 1,000 highlights after `edits` random edits, both ways; returns lines + data. */
async function scenario(ctx, edits, prepared) {
  const { anchoring, model } = ctx;
  const { original, highlights, targets } = prepared;
  const rnd = prng(500 + edits);
  const { doc: edited, tally: done } = applyEdits(original, model, rnd, highlights, edits);
  const { text: after } = render(edited.paragraphs);
  const newHash = await anchoring.hashText(after);
  const truth = groundTruth(original, edited, highlights);
  const kinds = {};
  for (const t of truth) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;

  const runSidenote = () =>
    anchoring
      .anchorMany(after, targets, { textHash: newHash })
      .map((r) => (r.status === 'orphan' ? null : { start: r.start, end: r.end }));
  const runHypothesis = () => targets.map((t) => hypothesisAnchor(after, t));

  let sidenoteResults;
  let hypothesisResults;
  if (!ctx.smoke) {
    // One warm-up each (JIT), then alternate which goes first.
    sidenoteResults = runSidenote();
    hypothesisResults = runHypothesis();
  }
  const spent = { sidenote: [], hypothesis: [] };
  for (let i = 0; i < ctx.runs.anchoring; i++) {
    const order = i % 2 === 0 ? ['sidenote', 'hypothesis'] : ['hypothesis', 'sidenote'];
    for (const which of order) {
      const t0 = performance.now();
      const results = which === 'sidenote' ? runSidenote() : runHypothesis();
      spent[which].push(performance.now() - t0);
      if (which === 'sidenote') sidenoteResults = results;
      else hypothesisResults = results;
    }
  }
  const s = summary(spent.sidenote);
  const h = summary(spent.hypothesis);
  const sq = tally(truth.map((t, i) => judge(t, sidenoteResults[i])));
  const hq = tally(truth.map((t, i) => judge(t, hypothesisResults[i])));
  const r = ratio(s.median, h.median);
  const touched = HIGHLIGHTS - (kinds.intact ?? 0);
  const label = `${edits} edits (${touched} highlights touched, ${kinds.gone ?? 0} gone)`;
  const lines = [
    line(`${label}: time (median of ${s.n})`, {
      sidenote: ms(s.median),
      baseline: ms(h.median),
      ratio: times(r),
      goal: '≤ 1.0× and ≤ 200 ms',
      met: r <= 1.0 && s.median <= 200,
    }),
    line(`${edits} edits: misplaced`, {
      sidenote: String(sq.misplaced),
      baseline: String(hq.misplaced),
      goal: '0',
      met: sq.misplaced === 0,
    }),
    line(`${edits} edits: orphaned though the passage is there`, {
      sidenote: String(sq.orphanedWrongly),
      baseline: String(hq.orphanedWrongly),
      goal: '0',
      met: sq.orphanedWrongly === 0,
    }),
    line(`${edits} edits: correct / orphaned (justified)`, {
      sidenote: `${sq.correct} / ${sq.orphaned} (${sq.orphanedJustified})`,
      baseline: `${hq.correct} / ${hq.orphaned} (${hq.orphanedJustified})`,
    }),
  ];
  const data = {
    edits: done,
    textChars: after.length,
    groundTruth: kinds,
    sidenote: { time: s, quality: sq, summary: describe(sq) },
    hypothesis: { time: h, quality: hq, summary: describe(hq) },
    ratio: r,
  };
  return { lines, data };
}

export async function run(ctx) {
  const { anchoring, model } = ctx;
  const rnd = prng(5);
  const original = makeDocument(model, rnd, WORDS);
  const { text: before, spans } = render(original.paragraphs);
  const highlights = makeHighlights(original, rnd, HIGHLIGHTS);
  const normalized = anchoring.normalizeForMatch(before);
  const oldHash = await anchoring.hashText(before);
  const targets = highlights.map((h) => {
    const start = spans.get(h.tokens[0]).start;
    const end = spans.get(h.tokens.at(-1)).end;
    const { position, quote } = anchoring.describeRange(before, start, end, { normalized });
    return { position, quote, textHash: oldHash };
  });
  const prepared = { original, highlights, targets };
  const lines = [];
  const data = { textWords: WORDS, highlights: HIGHLIGHTS, scenarios: {} };
  for (const edits of EDIT_COUNTS) {
    const result = await scenario(ctx, edits, prepared);
    lines.push(...result.lines);
    data.scenarios[edits] = result.data;
  }
  // Issue 11's model: news articles updated as news sites do (bench/lib/news-bench.mjs).
  const news = prepareNews(ctx);
  data.news = { articles: news.articles, generated: news.generated, scenarios: {} };
  for (const edits of NEWS_EDITS) {
    const result = newsScenario(ctx, news, edits);
    lines.push(...result.lines);
    data.news.scenarios[edits] = result.data;
  }
  return measured(id, title, lines, data);
}
