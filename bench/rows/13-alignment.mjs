// Row 13 (Node): passage alignment of two 10,000-word German articles (issue 12, "Compare
// coverage"), the app's `alignArticles` from src/domain/alignment. The app runs it in a Web
// Worker, so it never blocks input; the goal is on its own time. The two articles are built
// from the news-text generator (bench/lib/news-text.mjs) with shared events: B carries about
// 40 % of A's paragraphs, their sentences reordered, one of them dropped and their quotes in
// »…« instead of „…“, among paragraphs of its own.
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { buildNodeModule } from '../lib/build.mjs';
import { makeLongText } from '../lib/news-text.mjs';
import { line, measured, notMeasured } from '../lib/report.mjs';
import { ms, prng, summary } from '../lib/util.mjs';

export const id = 13;
export const title = 'Align the passages of two 10,000-word articles (Node)';

const WORDS = 10_000;
const SHARED = 0.4;
const GOAL_MS = 150;

const wordsOf = (blocks) =>
  blocks.reduce((n, b) => n + b.sentences.join(' ').split(/\s+/).filter(Boolean).length, 0);

/** Blocks → an article as the app has it: one text, paragraphs as ranges, headings as meta. */
function toArticle(blocks) {
  let text = '';
  const paragraphs = [];
  for (const b of blocks) {
    const body = b.sentences.join(' ');
    if (text) text += '\n\n';
    paragraphs.push({
      start: text.length,
      end: text.length + body.length,
      kind: b.kind === 'para' ? 'body' : 'meta',
    });
    text += body;
  }
  return { text, paragraphs, language: 'de' };
}

/** Two articles with shared events; `shared` are B's paragraph indices taken from A. */
export function articlePair(words = WORDS) {
  const rnd = prng(1300);
  const a = makeLongText(rnd, words).blocks;
  const copies = [];
  for (const block of a) {
    if (block.kind !== 'para' || !rnd.chance(SHARED)) continue;
    const sentences = [...block.sentences]
      .reverse()
      .map((s) => s.replace(/„/g, '»').replace(/“/g, '«'));
    if (sentences.length > 2) sentences.splice(rnd.int(0, sentences.length - 1), 1);
    copies.push({ kind: 'para', sentences });
  }
  const own = makeLongText(prng(1301), Math.max(0, words - wordsOf(copies))).blocks;
  const b = [];
  const shared = [];
  let next = 0;
  for (const block of own) {
    b.push(block);
    if (block.kind === 'para' && next < copies.length && rnd.chance(0.5)) {
      shared.push(b.length);
      b.push(copies[next++]);
    }
  }
  while (next < copies.length) {
    shared.push(b.length);
    b.push(copies[next++]);
  }
  return { a: toArticle(a), b: toArticle(b), shared, words: [wordsOf(a), wordsOf(b)] };
}

export async function run(ctx) {
  const built = await buildNodeModule('alignment');
  if (!built.ok) return notMeasured(id, title, `the alignment code did not bundle: ${built.error}`);
  const { alignArticles } = built.module;
  const { a, b, shared, words } = articlePair();
  const runs = ctx.smoke ? 1 : 15;
  // Warm-up (JIT), a few times: the row runs right after the builds and Chromium's start.
  if (!ctx.smoke) for (let i = 0; i < 3; i++) alignArticles(a, b);
  const spent = [];
  const cpu = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = alignArticles(a, b);
    spent.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const s = summary(spent);
  const c = summary(cpu);
  // Of B's paragraphs copied from A, how many have a pair (a rough check that it aligns at all).
  const found = shared.filter((p) => {
    const para = b.paragraphs[p];
    return result.pairs.some((x) => x.b.start < para.end && para.start < x.b.end);
  }).length;
  const lines = [
    line(
      `two articles of ${words[0].toLocaleString('en')} and ${words[1].toLocaleString('en')} words: time (median of ${s.n})`,
      {
        sidenote: ms(s.median),
        goal: `≤ ${GOAL_MS} ms (in a worker)`,
        met: s.median <= GOAL_MS,
      },
    ),
    // The process's CPU time for the same runs: less at the mercy of other work on the machine
    // than the wall clock (though it counts the collector's threads too).
    line('the same: CPU time of the process (median)', { sidenote: ms(c.median) }),
    line('pairs; only in A / only in B; shared paragraphs with a pair', {
      sidenote: `${result.pairs.length}; ${result.onlyA.length} / ${result.onlyB.length}; ${found} of ${shared.length}`,
    }),
  ];
  return measured(id, title, lines, {
    words,
    characters: [a.text.length, b.text.length],
    time: s,
    cpuTime: c,
    pairs: result.pairs.length,
    quotes: result.pairs.filter((p) => p.kind === 'quote').length,
    onlyA: result.onlyA.length,
    onlyB: result.onlyB.length,
    sharedParagraphs: shared.length,
    sharedParagraphsPaired: found,
  });
}
