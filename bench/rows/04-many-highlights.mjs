// Row 4: open the article carrying 1,000 and 5,000 highlights against the same article with
// none. Highlights are written straight into IndexedDB (as the app stores them: its own
// describeRange, the text's SHA-256 so anchoring takes the verified-position path) by a page of
// the app in the same context; then a fresh page with the HTTP cache off opens the article.
// Measured: the app's first paragraph painted (not the prerendered page's, which paints sooner
// but carries no highlights), all marks rendered (every highlight id is on a <mark>), JS heap
// after GC. "Ready" is all marks rendered (the app's first paragraph with none).
import {
  heapAfterGc,
  newContext,
  newPage,
  paintTime,
  probeState,
  seedHighlights,
} from '../lib/browser.mjs';
import { highlightRecords, wordRanges } from '../lib/fixtures.mjs';
import { line, measured } from '../lib/report.mjs';
import { mb, ms, ratio, summary, times } from '../lib/util.mjs';
import { APP_PARAGRAPH } from './02-cold-load.mjs';

export const id = 4;
export const title = 'Open an article carrying 1,000 / 5,000 highlights vs none';

/** The smoke run stops at 1,000 (5,000 takes the app several seconds per load). */
const countsFor = (ctx) => (ctx.smoke ? [0, 1000] : [0, 1000, 5000]);

/** Seeds `records` in a page of the app, then opens the article in a fresh page and measures. */
export async function openWithHighlights(ctx, records, { profile, trace } = {}) {
  const { browser, url, seed } = ctx;
  const context = await newContext(browser, {
    // The app's own paragraph: the prerendered page paints sooner, but carries no highlights.
    watch: [APP_PARAGRAPH],
    expectMarks: records.length || undefined,
  });
  try {
    const seeder = await context.newPage();
    await seeder.goto(`${url}/`);
    const stored = await seedHighlights(seeder, records);
    if (stored !== records.length) throw new Error(`seeded ${stored} of ${records.length}`);
    await seeder.close();

    const { page, cdp, errors } = await newPage(context);
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    if (trace) {
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
    }
    await page.goto(`${url}/read/${encodeURIComponent(seed.id)}`);
    const first = await paintTime(page, 'app-paragraph', 60_000);
    const all = records.length > 0 ? await paintTime(page, 'allMarks', 120_000) : first;
    const cpuProfile = profile ? (await cdp.send('Profiler.stop')).profile : undefined;
    const traceBuffer = trace ? await browser.stopTracing() : undefined;
    const b = await probeState(page);
    const heap = await heapAfterGc(cdp);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return {
      firstParagraph: first.t,
      allMarks: all.t,
      ready: records.length > 0 ? all.t : first.t,
      markIds: b.markIds,
      longTasks: b.longTasks,
      heap,
      cpuProfile,
      trace: traceBuffer,
    };
  } finally {
    await context.close();
  }
}

export async function run(ctx) {
  const { seed, anchoring, textHash } = ctx;
  const COUNTS = countsFor(ctx);
  const records = new Map(
    COUNTS.map((n) => [
      n,
      n === 0
        ? []
        : highlightRecords(
            anchoring,
            seed.article,
            textHash,
            wordRanges(seed.words, n, { seed: 40 + n }),
          ),
    ]),
  );
  const samples = new Map(COUNTS.map((n) => [n, []]));
  for (let i = 0; i < ctx.runs.open; i++) {
    const order = [...COUNTS.slice(i % COUNTS.length), ...COUNTS.slice(0, i % COUNTS.length)];
    for (const n of order) samples.get(n).push(await openWithHighlights(ctx, records.get(n)));
  }
  const stat = (n, key) => summary(samples.get(n).map((s) => s[key]));
  const heap = (n) => summary(samples.get(n).map((s) => s.heap.jsHeapUsed));
  const none = stat(0, 'ready');
  const lines = [
    line(`none: the app's first paragraph painted (median of ${none.n})`, {
      sidenote: ms(none.median),
    }),
  ];
  const data = { none: { ready: none, heap: heap(0) } };
  for (const n of COUNTS.slice(1)) {
    const first = stat(n, 'firstParagraph');
    const ready = stat(n, 'ready');
    const r = ratio(ready.median, none.median);
    lines.push(
      line(`${n.toLocaleString('en')}: the app's first paragraph painted`, {
        sidenote: ms(first.median),
        baseline: ms(none.median),
        ratio: times(ratio(first.median, none.median)),
      }),
      line(`${n.toLocaleString('en')}: all marks rendered`, {
        sidenote: ms(ready.median),
        baseline: ms(none.median),
        ratio: times(r),
        goal: n === 5000 ? '≤ 1.25×' : undefined,
        met: n === 5000 ? r <= 1.25 : undefined,
      }),
      line(`${n.toLocaleString('en')}: JS heap after GC`, {
        sidenote: mb(heap(n).median),
        baseline: mb(heap(0).median),
        ratio: times(ratio(heap(n).median, heap(0).median)),
        goal: n === 5000 ? '≤ 2.5×' : undefined,
        met: n === 5000 ? ratio(heap(n).median, heap(0).median) <= 2.5 : undefined,
      }),
    );
    const longest = samples
      .get(n)
      .map((s) => Math.max(0, ...(s.longTasks ?? []).map((t) => t.duration)));
    data[n] = {
      firstParagraph: first,
      ready,
      heap: heap(n),
      longestTask: summary(longest),
      ratio: r,
    };
  }
  return measured(id, title, lines, { ...data, article: seed.id, bodyWords: seed.words.length });
}
