// Row 5, the issue-11 model: German news articles of our own (and the seeds) updated as news
// sites update them, 5, 25 and 100 edits per article; Sidenote's anchorMany and the Hypothesis
// baseline on the same targets, judged per character (news-truth.mjs). Quality is counted over
// a corpus of articles plus one 10,000-word text; time is taken on that text (1,000 highlights).
import { performance } from 'node:perf_hooks';
import { line } from './report.mjs';
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
  wrongly,
} from './news-scenario.mjs';
import { makeLongText } from './news-text.mjs';
import { ms, prng, ratio, summary, times } from './util.mjs';

export const NEWS_EDITS = [5, 25, 100];
const LONG_WORDS = 10_000;
const LONG_HIGHLIGHTS = 1_000;
/** Generated articles in the quality corpus (the seeds come on top); fewer in the smoke run. */
const CORPUS = { full: 40, smoke: 4 };
/** About one highlight per this many words of an article. */
const WORDS_PER_HIGHLIGHT = 8;

const wordsIn = (article) =>
  article.blocks.reduce((n, b) => n + b.sentences.join(' ').split(/\s+/).length, 0);

/** The corpus and the long text, prepared once (selectors made on the original text). */
export function prepareNews(ctx) {
  const rnd = prng(11);
  const generated = newsCorpus(rnd, ctx.smoke ? CORPUS.smoke : CORPUS.full);
  const seeds = ctx.seeds.map((s) => seedAsArticle(s.article, rnd));
  const corpus = [...generated, ...seeds].map((article) =>
    prepareArticle(
      ctx.anchoring,
      article,
      rnd,
      Math.max(20, Math.round(wordsIn(article) / WORDS_PER_HIGHLIGHT)),
    ),
  );
  const long = prepareArticle(ctx.anchoring, makeLongText(rnd, LONG_WORDS), rnd, LONG_HIGHLIGHTS);
  return { corpus, long, articles: corpus.length, generated: generated.length };
}

/** Times Sidenote and the baseline on one edited text, alternating, after a warm-up each. */
function timeBoth(ctx, prepared, edited) {
  const run = {
    sidenote: () => runSidenote(ctx.anchoring, prepared, edited),
    hypothesis: () => runHypothesis(prepared, edited),
  };
  const results = {};
  if (!ctx.smoke) for (const which of Object.keys(run)) results[which] = run[which]();
  const spent = { sidenote: [], hypothesis: [] };
  for (let i = 0; i < ctx.runs.anchoring; i++) {
    const order = i % 2 === 0 ? ['sidenote', 'hypothesis'] : ['hypothesis', 'sidenote'];
    for (const which of order) {
      const t0 = performance.now();
      results[which] = run[which]();
      spent[which].push(performance.now() - t0);
    }
  }
  return { results, spent };
}

const pct = (n, of) => (of ? `${((100 * n) / of).toFixed(2)} %` : '–');

/** Lines and data for `edits` edits per article. */
export function newsScenario(ctx, news, edits) {
  const total = emptyTally();
  news.corpus.forEach((prepared, k) => {
    const edited = editArticle(ctx.anchoring, prepared, prng(1100 + 7 * k + edits), edits);
    const s = runSidenote(ctx.anchoring, prepared, edited);
    const h = runHypothesis(prepared, edited);
    addTally(total, judgeBoth(edited, s, h).tally);
  });
  const edited = editArticle(ctx.anchoring, news.long, prng(500 + edits), edits);
  const { results, spent } = timeBoth(ctx, news.long, edited);
  const long = judgeBoth(edited, results.sidenote, results.hypothesis).tally;
  addTally(total, long);

  const s = summary(spent.sidenote);
  const h = summary(spent.hypothesis);
  const r = ratio(s.median, h.median);
  const sq = total.sidenote;
  const hq = total.hypothesis;
  const label = `news model, ${edits} edits`;
  const orphaned = `${sq.orphanWrongVerbatim} / ${sq.orphanWrong} (${pct(sq.orphanWrong, total.survives)})`;
  const lines = [
    line(`${label}: time, 1,000 highlights on 10,000 words (median of ${s.n})`, {
      sidenote: ms(s.median),
      baseline: ms(h.median),
      ratio: times(r),
      goal: '≤ 0.5× and ≤ 200 ms',
      met: r <= 0.5 && s.median <= 200,
    }),
    line(`${label}: correct (${total.highlights} highlights, ${total.survives} still there)`, {
      sidenote: String(sq.correct),
      baseline: String(hq.correct),
      goal: '≥ baseline',
      met: sq.correct >= hq.correct,
    }),
    line(`${label}: placed on a wrong passage`, {
      sidenote: String(wrongly(sq)),
      baseline: String(wrongly(hq)),
      goal: '≤ 10 % of baseline',
      met: wrongly(sq) <= 0.1 * wrongly(hq),
    }),
    line(`${label}: orphaned though there, verbatim+unique / all (% of still there)`, {
      sidenote: orphaned,
      baseline: `${hq.orphanWrongVerbatim} / ${hq.orphanWrong}`,
      goal: '0 / ≤ 0.5 %',
      met: sq.orphanWrongVerbatim === 0 && sq.orphanWrong <= 0.005 * total.survives,
    }),
  ];
  const data = {
    edits,
    quality: total,
    longText: long,
    time: { sidenote: s, hypothesis: h },
    ratio: r,
  };
  return { lines, data };
}
