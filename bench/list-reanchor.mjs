/* global console */
// Lists bench row 5's news-model highlights with a given verdict, with what anchoring had to go
// on: how often the quote and the passage now stand verbatim, how much of each side of the old
// context stands intact next to the passage, and where else the prefix's end, a gap of about the
// quote's length and the suffix's start stand together. For judging a change to
// src/domain/anchoring case by case (bench/sweep-reanchor.mjs gives the totals):
//
//   npx tsx bench/list-reanchor.mjs --edits=100 --show=orphan-wrong
//   npx tsx bench/list-reanchor.mjs --edits=25 --show=wrong-overlapping,wrong-elsewhere --json=/tmp/x.json
import { writeFileSync } from 'node:fs';
import * as anchoring from '../src/domain/anchoring/index.ts';
import { decodeArticleBytes, parseArticle } from '../src/domain/article/index.ts';
import {
  editArticle,
  judgeBoth,
  newsCorpus,
  prepareArticle,
  runHypothesis,
  runSidenote,
  seedAsArticle,
} from './lib/news-scenario.mjs';
import { makeLongText } from './lib/news-text.mjs';
import { cliArgs, prng } from './lib/util.mjs';
import { loadSeeds } from './lib/fixtures.mjs';

const args = cliArgs();
const EDITS = (args.edits ?? '100').split(',').map(Number);
const SHOW = new Set((args.show ?? 'orphan-wrong').split(','));

// The seeds as the app parses them (their ids are not used here).
const seeds = loadSeeds({ decodeArticleBytes, parseArticle }).map((s) => s.article);

const norm = (s) => anchoring.normalizeString(s);
function count(hay, needle) {
  if (!needle) return 0;
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}
function commonSuffix(a, b) {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k;
}
function commonPrefix(a, b) {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

const cases = [];
function describe(prepared, edited, i, verdict, result, run, edits) {
  const t = prepared.targets[i];
  const truth = edited.truth[i];
  const after = edited.after;
  const nAfter = norm(after);
  const e = truth.expected ?? truth.remains;
  const q = norm(t.quote.exact);
  const pre = norm(t.quote.prefix);
  const suf = norm(t.quote.suffix);
  const info = {
    target: t,
    after,
    expected: e ?? null,
    run,
    edits,
    index: i,
    verdict,
    quote: t.quote.exact,
    prefix: t.quote.prefix,
    suffix: t.quote.suffix,
    oldStart: t.position.start,
    truth: truth.kind,
    passage: e ? after.slice(e.start, e.end) : null,
    at: e ? e.start : null,
    result: result ? after.slice(result.start, result.end) : null,
    resultAt: result ? result.start : null,
    quoteCopies: count(nAfter, q),
  };
  if (e) {
    const p = norm(info.passage);
    const before = norm(after.slice(Math.max(0, e.start - 80), e.start));
    const behind = norm(after.slice(e.end, e.end + 80));
    info.passageCopies = count(nAfter, p);
    info.prefixIntact = commonSuffix(pre.trimEnd(), before.trimEnd());
    info.suffixIntact = commonPrefix(suf.trimStart(), behind.trimStart());
    info.now = after.slice(Math.max(0, e.start - 60), e.end + 60);
    if (info.passageCopies > 1 || info.quoteCopies > 1) {
      const needle = info.quoteCopies > 1 ? q : p;
      info.copies = [];
      for (let k = nAfter.indexOf(needle); k >= 0; k = nAfter.indexOf(needle, k + 1)) {
        const b = nAfter.slice(Math.max(0, k - 80), k);
        const a = nAfter.slice(k + needle.length, k + needle.length + 80);
        info.copies.push({
          at: k,
          prefixIntact: commonSuffix(pre.trimEnd(), b.trimEnd()),
          suffixIntact: commonPrefix(suf.trimStart(), a.trimStart()),
          around: `${b.slice(-40)}[${needle}]${a.slice(0, 40)}`,
        });
      }
    }
  }
  cases.push(info);
}

const rnd = prng(11);
const wordsIn = (a) => a.blocks.reduce((n, b) => n + b.sentences.join(' ').split(/\s+/).length, 0);
const generated = newsCorpus(rnd, 40);
const corpus = [...generated, ...seeds.map((a) => seedAsArticle(a, rnd))].map((article) =>
  prepareArticle(anchoring, article, rnd, Math.max(20, Math.round(wordsIn(article) / 8))),
);
const long = prepareArticle(anchoring, makeLongText(rnd, 10_000), rnd, 1_000);
for (const edits of EDITS) {
  const runs = [
    ...corpus.map((prepared, k) => [prepared, prng(1100 + 7 * k + edits)]),
    [long, prng(500 + edits)],
  ];
  runs.forEach(([prepared, r], run) => {
    const edited = editArticle(anchoring, prepared, r, edits);
    const s = runSidenote(anchoring, prepared, edited);
    const h = runHypothesis(prepared, edited);
    const { verdicts } = judgeBoth(edited, s, h);
    verdicts.forEach((v, i) => {
      if (SHOW.has(v.sidenote)) describe(prepared, edited, i, v.sidenote, s[i], run, edits);
    });
    if (args.dump && Number(args.dump) === run && edits === EDITS[0]) {
      writeFileSync(
        `/tmp/run${run}-${edits}.json`,
        JSON.stringify({
          before: prepared.text,
          after: edited.after,
          targets: prepared.targets,
          truth: edited.truth,
        }),
      );
    }
  });
}
for (const c of cases) {
  console.log(
    `--- ${c.verdict} run ${c.run} #${c.index} (${c.edits} edits) quote ${c.quote.length} chars, ` +
      `${c.quoteCopies} verbatim; passage ${c.passage?.length ?? '-'} chars, ${c.passageCopies ?? '-'} verbatim; ` +
      `sides intact ${c.prefixIntact ?? '-'} / ${c.suffixIntact ?? '-'}; old at ${c.oldStart}, now at ${c.at}`,
  );
  console.log(`  quote   ${JSON.stringify(c.quote)}`);
  console.log(`  context ${JSON.stringify(c.prefix)} … ${JSON.stringify(c.suffix)}`);
  console.log(`  truth   ${c.truth} ${JSON.stringify(c.passage)}`);
  console.log(`  now     ${JSON.stringify(c.now)}`);
  for (const k of c.copies ?? []) {
    console.log(
      `    copy at ${k.at} sides ${k.prefixIntact}/${k.suffixIntact}: ${JSON.stringify(k.around)}`,
    );
  }
  console.log(
    `  result  ${c.result === null ? 'orphan' : JSON.stringify(c.result)} at ${c.resultAt}`,
  );
}
console.log(`\n${cases.length} listed`);
// With --json, every listed case with its target and the whole new text, for a closer look.
if (args.json) writeFileSync(args.json, JSON.stringify(cases, null, 1));
