/* global document */
// Row 8: JS heap after garbage collection once every article has been opened (in the app, by
// clicking its card and going back) with 5,000 highlights spread over them, against the app
// just opened on an empty database. Both measured on the library page.
import { heapAfterGc, newContext, newPage, seedHighlights } from '../lib/browser.mjs';
import { highlightRecords, wordRanges } from '../lib/fixtures.mjs';
import { line, measured } from '../lib/report.mjs';
import { mb, ratio, sleep, summary, times } from '../lib/util.mjs';

export const id = 8;
export const title = 'Memory after opening all articles with 5,000 highlights vs an empty app';

const CARDS = 'ul[aria-label="Articles"] li';

async function emptyApp(ctx) {
  const context = await newContext(ctx.browser);
  try {
    const { page, cdp } = await newPage(context);
    await page.goto(`${ctx.url}/`);
    await page.waitForSelector(CARDS);
    await sleep(500);
    return await heapAfterGc(cdp);
  } finally {
    await context.close();
  }
}

async function loadedApp(ctx, records, perArticle) {
  const context = await newContext(ctx.browser);
  try {
    const seeder = await context.newPage();
    await seeder.goto(`${ctx.url}/`);
    const stored = await seedHighlights(seeder, records);
    if (stored !== records.length) throw new Error(`seeded ${stored} of ${records.length}`);
    await seeder.close();
    const { page, cdp, errors } = await newPage(context);
    await page.goto(`${ctx.url}/`);
    await page.waitForSelector(CARDS);
    for (const seed of ctx.seeds) {
      await page
        .locator(`a[href="/read/${encodeURIComponent(seed.id)}"]`)
        .first()
        .click();
      await page.waitForFunction(
        (want) => {
          const ids = new Set();
          for (const m of document.querySelectorAll('main article mark[data-highlight-ids]')) {
            for (const id of (m.getAttribute('data-highlight-ids') ?? '').split(' ')) ids.add(id);
          }
          return ids.size >= want;
        },
        perArticle.get(seed.id),
        { timeout: 60_000, polling: 200 },
      );
      await page.goBack();
      await page.waitForSelector(CARDS);
    }
    await sleep(500);
    const heap = await heapAfterGc(cdp);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return heap;
  } finally {
    await context.close();
  }
}

export async function run(ctx) {
  const { seeds, anchoring } = ctx;
  const TOTAL = ctx.smoke ? 1_000 : 5_000; // the smoke run only checks the harness
  const records = [];
  const perArticle = new Map();
  for (const [i, seed] of seeds.entries()) {
    const n = Math.floor(TOTAL / seeds.length) + (i < TOTAL % seeds.length ? 1 : 0);
    const hash = await anchoring.hashText(seed.article.text);
    const ranges = wordRanges(seed.words, n, { seed: 80 + i });
    records.push(...highlightRecords(anchoring, seed.article, hash, ranges));
    perArticle.set(seed.id, n);
  }
  const empty = [];
  const loaded = [];
  for (let i = 0; i < ctx.runs.memory; i++) {
    const order = i % 2 === 0 ? ['empty', 'loaded'] : ['loaded', 'empty'];
    for (const which of order) {
      if (which === 'empty') empty.push(await emptyApp(ctx));
      else loaded.push(await loadedApp(ctx, records, perArticle));
    }
  }
  const e = summary(empty.map((h) => h.jsHeapUsed));
  const l = summary(loaded.map((h) => h.jsHeapUsed));
  const en = summary(empty.map((h) => h.nodes));
  const ln = summary(loaded.map((h) => h.nodes));
  return measured(
    id,
    title,
    [
      line(
        `JS heap after GC, back on the library, ${TOTAL.toLocaleString('en')} highlights (median of ${l.n})`,
        {
          sidenote: mb(l.median),
          baseline: mb(e.median),
          ratio: times(ratio(l.median, e.median)),
        },
      ),
      line('DOM nodes (incl. detached, not yet collected)', {
        sidenote: String(ln.median),
        baseline: String(en.median),
        ratio: times(ratio(ln.median, en.median)),
      }),
    ],
    { articles: seeds.length, highlights: records.length, loaded, empty },
  );
}
