/* global console */
// The re-anchoring sweep: many more revisions than bench row 5, for judging a change to
// src/domain/anchoring on quality (time is bench row 5's business). Runs the app's TypeScript
// directly through tsx:
//
//   npx tsx bench/sweep-reanchor.mjs                  # issue-11 news model, 5/25/100 edits
//   npx tsx bench/sweep-reanchor.mjs --articles=400 --edits=25 --show=orphan-wrong,wrong-elsewhere
//   npx tsx bench/sweep-reanchor.mjs --old            # also the word-pair model of row 5
//   npx tsx bench/sweep-reanchor.mjs --row5 --show=orphan-wrong   # bench row 5's own corpus
//
// --show lists the highlights with those verdicts (Sidenote's): quote, context, truth, result.
import { performance } from 'node:perf_hooks';
import * as anchoring from '../src/domain/anchoring/index.ts';
import { decodeArticleBytes, parseArticle } from '../src/domain/article/index.ts';
import {
  applyEdits,
  groundTruth,
  judge,
  makeDocument,
  makeHighlights,
  render,
} from './lib/edits.mjs';
import { loadSeeds, proseModel } from './lib/fixtures.mjs';
import { hypothesisAnchor } from './lib/hypothesis-match-quote.mjs';
import {
  addTally,
  editArticle,
  emptyTally,
  judgeBoth,
  newsCorpus,
  prepareArticle,
  runHypothesis,
  runSidenote,
  seedAsArticle,
  sha256,
  wrongly,
} from './lib/news-scenario.mjs';
import { makeLongText } from './lib/news-text.mjs';
import { cliArgs, prng } from './lib/util.mjs';

const args = cliArgs();
const ARTICLES = Number(args.articles ?? 120);
const EDITS = (args.edits ?? '5,25,100').split(',').map(Number);
const SHOW = new Set((args.show ?? '').split(',').filter(Boolean));
const LIMIT = Number(args.limit ?? 30);
const SEED = Number(args.seed ?? 11);

// The seeds as the app parses them (their ids are not used here).
const seeds = loadSeeds({ decodeArticleBytes, parseArticle }).map((s) => s.article);

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(2)}%` : '–');
const line = (t) => {
  const s = t.sidenote;
  const h = t.hypothesis;
  return [
    `${t.highlights} highlights, ${t.survives} survive (${t.verbatimUnique} verbatim+unique), ${t.gone} gone`,
    `  correct         S ${s.correct}  H ${h.correct}`,
    `  wrong placed    S ${wrongly(s)} (${s.wrongOverlapping} overlapping)  H ${wrongly(h)} (${h.wrongOverlapping} overlapping)`,
    `  wrongly orphan  S ${s.orphanWrong} (${pct(s.orphanWrong, t.survives)}; ${s.orphanWrongVerbatim} verbatim+unique)  H ${h.orphanWrong}`,
    `  gone: orphaned  S ${s.orphanRight}  H ${h.orphanRight}; on what is left S ${s.onRemains}  H ${h.onRemains}`,
  ].join('\n');
};

let shown = 0;
function show(prepared, edited, i, verdict, result) {
  if (!SHOW.has(verdict) || shown >= LIMIT) return;
  shown++;
  const t = prepared.targets[i];
  const truth = edited.truth[i];
  const near = (r) => (r ? JSON.stringify(edited.after.slice(r.start, r.end)) : 'orphan');
  console.log(`--- ${verdict}${truth.verbatimUnique ? ' (verbatim+unique)' : ''}`);
  console.log(`  quote  ${JSON.stringify(t.quote.exact)}`);
  console.log(
    `  prefix ${JSON.stringify(t.quote.prefix)}\n  suffix ${JSON.stringify(t.quote.suffix)}`,
  );
  console.log(`  truth  ${truth.kind} ${near(truth.expected ?? truth.remains)}`);
  const e = truth.expected ?? truth.remains;
  if (e) {
    const around = edited.after.slice(Math.max(0, e.start - 60), e.end + 60);
    console.log(`  now    ${JSON.stringify(around)}`);
  }
  console.log(`  result ${near(result)}`);
}

function newsSweep() {
  const rnd = prng(SEED);
  const articles = [...newsCorpus(rnd, ARTICLES), ...seeds.map((a) => seedAsArticle(a, rnd))];
  for (const edits of EDITS) {
    const total = emptyTally();
    let ms = 0;
    articles.forEach((article, k) => {
      const r = prng(SEED * 1000 + k * 7 + edits);
      const words = article.blocks.reduce((n, b) => n + b.sentences.join(' ').split(' ').length, 0);
      const prepared = prepareArticle(anchoring, article, r, Math.max(20, Math.round(words / 8)));
      const edited = editArticle(anchoring, prepared, r, edits);
      const t0 = performance.now();
      const s = runSidenote(anchoring, prepared, edited);
      ms += performance.now() - t0;
      const h = runHypothesis(prepared, edited);
      const { tally, verdicts } = judgeBoth(edited, s, h);
      verdicts.forEach((v, i) => show(prepared, edited, i, v.sidenote, s[i]));
      addTally(total, tally);
    });
    console.log(
      `\nnews model, ${articles.length} articles, ${edits} edits each (Sidenote ${Math.round(ms)} ms):`,
    );
    console.log(line(total));
  }
}

/**
 * Bench row 5's news corpus and edits exactly (bench/lib/news-bench.mjs: 40 articles, the seeds
 * and the 10,000-word text, the same generators and seeds), judged only: its figures, and with
 * --show the highlights behind them.
 */
function row5Sweep() {
  const rnd = prng(11);
  const wordsIn = (a) =>
    a.blocks.reduce((n, b) => n + b.sentences.join(' ').split(/\s+/).length, 0);
  const generated = newsCorpus(rnd, 40);
  const corpus = [...generated, ...seeds.map((a) => seedAsArticle(a, rnd))].map((article) =>
    prepareArticle(anchoring, article, rnd, Math.max(20, Math.round(wordsIn(article) / 8))),
  );
  const long = prepareArticle(anchoring, makeLongText(rnd, 10_000), rnd, 1_000);
  for (const edits of EDITS) {
    const total = emptyTally();
    const runs = [
      ...corpus.map((prepared, k) => [prepared, prng(1100 + 7 * k + edits)]),
      [long, prng(500 + edits)],
    ];
    for (const [prepared, r] of runs) {
      const edited = editArticle(anchoring, prepared, r, edits);
      const s = runSidenote(anchoring, prepared, edited);
      const h = runHypothesis(prepared, edited);
      const { tally, verdicts } = judgeBoth(edited, s, h);
      verdicts.forEach((v, i) => show(prepared, edited, i, v.sidenote, s[i]));
      addTally(total, tally);
    }
    console.log(`\nbench row 5's news corpus, ${edits} edits each:`);
    console.log(line(total));
  }
}

function oldSweep() {
  const model = proseModel(seeds.map((article) => ({ article })));
  let wrongOrphans = 0;
  let misplaced = 0;
  let total = 0;
  for (let rev = 0; rev < Number(args.revisions ?? 40); rev++) {
    const rnd = prng(9000 + rev);
    const original = makeDocument(model, rnd, 3000);
    const { text: before, spans } = render(original.paragraphs);
    const highlights = makeHighlights(original, rnd, 300);
    const normalized = anchoring.normalizeForMatch(before);
    const targets = highlights.map((h) => {
      const { position, quote } = anchoring.describeRange(
        before,
        spans.get(h.tokens[0]).start,
        spans.get(h.tokens.at(-1)).end,
        { normalized },
      );
      return { position, quote, textHash: sha256(before) };
    });
    const { doc } = applyEdits(original, model, rnd, highlights, rnd.int(10, 120));
    const after = render(doc.paragraphs).text;
    const truth = groundTruth(original, doc, highlights);
    const results = anchoring.anchorMany(after, targets, { textHash: sha256(after) });
    results.forEach((r, i) => {
      const v = judge(truth[i], r.status === 'orphan' ? null : r);
      total++;
      if (v === 'orphan-wrong') wrongOrphans++;
      if (v.startsWith('misplaced')) misplaced++;
    });
    void hypothesisAnchor;
  }
  console.log(
    `\nword-pair model: ${total} highlights, ${misplaced} misplaced, ${wrongOrphans} wrongly orphaned`,
  );
}

if (args.row5) row5Sweep();
else newsSweep();
if (args.old) oldSweep();
void emptyTally;
