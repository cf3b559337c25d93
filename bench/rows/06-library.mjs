/* global window, document, performance */
// Row 6: a library of 10,000 synthetic articles. The manifest is served to the app through
// page.route('**/seeds/manifest.json'); measured: first card painted, DOM cards, JS heap after
// GC. Baseline: the same manifest listed by a plain @tanstack/react-virtual window virtualiser
// (bench/baseline-app/virtual). Search: the app's domain search (src/domain/search) in Node,
// index build time and p95 over 100 queries, with plain MiniSearch on the same documents as a
// reference.
import { performance as nodePerformance } from 'node:perf_hooks';
import { heapAfterGc, newContext, newPage, paintTime } from '../lib/browser.mjs';
import { syntheticManifest } from '../lib/fixtures.mjs';
import { line, measured, notMeasured } from '../lib/report.mjs';
import { mb, ms, prng, ratio, round, summary, times } from '../lib/util.mjs';

export const id = 6;
export const title = 'Library of 10,000 synthetic articles: first card, DOM size, search';

/** The smoke run lists 1,000 (the app needs about a minute for 10,000 on a 2-core machine). */
const articleCount = (ctx) => (ctx.smoke ? 1_000 : 10_000);

async function openLibrary(ctx, pageUrl, selector, manifestBody) {
  const context = await newContext(ctx.browser, { watch: [['first-card', selector]] });
  try {
    const { page, cdp, errors } = await newPage(context);
    await page.route('**/seeds/manifest.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: manifestBody }),
    );
    await page.goto(pageUrl);
    const first = await paintTime(page, 'first-card', 120_000);
    const details = await page.evaluate(
      ([sel, firstCard]) => {
        const resources = performance.getEntriesByType('resource');
        const manifest = resources.find((e) => e.name.endsWith('/seeds/manifest.json'));
        // The last script the page had before its first card: its code was all in by then.
        const scriptEnds = resources
          .filter((e) => /\.m?js(\?|$)/.test(e.name) && e.responseEnd <= firstCard)
          .map((e) => e.responseEnd);
        return {
          codeResponseEnd: scriptEnds.length ? Math.max(...scriptEnds) : undefined,
          cards: document.querySelectorAll(sel).length,
          domNodes: document.getElementsByTagName('*').length,
          manifestResponseEnd: manifest?.responseEnd,
          mount: window.__benchMount,
        };
      },
      [selector, first.t],
    );
    const heap = await heapAfterGc(cdp);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return {
      firstCard: first.t,
      afterData: details.manifestResponseEnd ? first.t - details.manifestResponseEnd : undefined,
      afterDataAndCode:
        details.manifestResponseEnd && details.codeResponseEnd
          ? first.t - Math.max(details.manifestResponseEnd, details.codeResponseEnd)
          : undefined,
      cards: details.cards,
      domNodes: details.domNodes,
      mountMs: details.mount ? details.mount.committed - details.mount.renderStart : undefined,
      heap,
    };
  } finally {
    await context.close();
  }
}

/** Synthetic article texts for the search index: a title and three paragraphs each. */
function searchArticles(manifest, model) {
  const rnd = prng(66);
  return manifest.articles.map((entry) => {
    const paragraphs = [];
    let text = '';
    for (let p = 0; p < 3; p++) {
      const body = model.words(rnd, rnd.int(30, 70)).join(' ');
      if (text) text += '\n\n';
      paragraphs.push({ start: text.length, end: text.length + body.length });
      text += body;
    }
    return {
      id: entry.id,
      title: entry.summary.title,
      source: entry.summary.source,
      text,
      paragraphs,
    };
  });
}

/** 100 queries: words, prefixes, typos, two words, quoted phrases, from the same prose. */
function queries(articles, rnd) {
  const out = [];
  const word = () => {
    const a = rnd.pick(articles);
    const words = a.text.split(/\s+/).filter((w) => /^[\p{L}-]{4,}$/u.test(w));
    return rnd.pick(words) ?? 'Ukraine';
  };
  for (let i = 0; i < 40; i++) out.push(word());
  for (let i = 0; i < 20; i++) out.push(word().slice(0, rnd.int(3, 5)));
  for (let i = 0; i < 15; i++) {
    const w = [...word()];
    const at = rnd.int(1, w.length - 2);
    [w[at], w[at + 1]] = [w[at + 1], w[at]];
    out.push(w.join(''));
  }
  for (let i = 0; i < 15; i++) out.push(`${word()} ${word()}`);
  for (let i = 0; i < 10; i++) {
    const a = rnd.pick(articles);
    const words = a.text.split(/\s+/);
    const at = rnd.int(0, words.length - 3);
    out.push(`"${words.slice(at, at + 2).join(' ')}"`);
  }
  return out;
}

function timeQueries(list, searchOne) {
  for (const q of list.slice(0, 10)) searchOne(q); // warm-up
  const spent = [];
  let hits = 0;
  for (const q of list) {
    const t0 = nodePerformance.now();
    hits += searchOne(q).length;
    spent.push(nodePerformance.now() - t0);
  }
  return { ...summary(spent), hits };
}

function measureSearch(ctx, manifest) {
  if (!ctx.search.ok)
    return { ok: false, reason: `src/domain/search did not bundle: ${ctx.search.error}` };
  const { buildSearchIndex, search, MiniSearch } = ctx.search.module;
  const articles = searchArticles(manifest, ctx.model);
  const list = queries(articles, prng(67));

  let t0 = nodePerformance.now();
  const index = buildSearchIndex({ articles, highlights: [], tags: [] });
  const buildMs = nodePerformance.now() - t0;
  const app = timeQueries(list, (q) => search(index, q, { limit: 20 }));

  // Reference: MiniSearch with its defaults plus prefix and fuzzy, one document per title and
  // per paragraph (what the app indexes), no German folding, no snippets.
  t0 = nodePerformance.now();
  const mini = new MiniSearch({
    fields: ['title', 'text'],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3 } },
  });
  const docs = [];
  for (const a of articles) {
    docs.push({ id: `a:${a.id}`, title: a.title });
    a.paragraphs.forEach((p, i) =>
      docs.push({ id: `p:${a.id}#${i}`, text: a.text.slice(p.start, p.end) }),
    );
  }
  mini.addAll(docs);
  const miniBuildMs = nodePerformance.now() - t0;
  const plain = timeQueries(list, (q) => mini.search(q).slice(0, 20));
  return {
    ok: true,
    buildMs,
    app,
    miniBuildMs,
    plain,
    documents: docs.length,
    queries: list.length,
  };
}

export async function run(ctx) {
  if (!ctx.built.virtual.ok) {
    return notMeasured(
      id,
      title,
      `the virtual-list baseline did not build: ${ctx.built.virtual.error}`,
    );
  }
  const ARTICLES = articleCount(ctx);
  const manifest = syntheticManifest(ARTICLES, ctx.model);
  const body = JSON.stringify(manifest);
  const app = [];
  const base = [];
  for (let i = 0; i < ctx.runs.library; i++) {
    const order = i % 2 === 0 ? ['app', 'base'] : ['base', 'app'];
    for (const which of order) {
      if (which === 'app') {
        app.push(await openLibrary(ctx, `${ctx.url}/`, 'ul[aria-label="Articles"] > li', body));
      } else {
        base.push(
          await openLibrary(ctx, `${ctx.url}/bench-virtual/index.html`, '[data-bench-row]', body),
        );
      }
    }
  }
  const a = summary(app.map((x) => x.firstCard));
  const b = summary(base.map((x) => x.firstCard));
  const aAfter = summary(app.map((x) => x.afterData));
  const bAfter = summary(base.map((x) => x.afterData));
  const aBoth = summary(app.map((x) => x.afterDataAndCode));
  const bBoth = summary(base.map((x) => x.afterDataAndCode));
  const aHeap = summary(app.map((x) => x.heap.jsHeapUsed));
  const bHeap = summary(base.map((x) => x.heap.jsHeapUsed));
  const lines = [
    line(`${ARTICLES.toLocaleString('en')} articles: first card painted (median of ${a.n})`, {
      sidenote: ms(a.median),
      baseline: ms(b.median),
      ratio: times(ratio(a.median, b.median)),
    }),
    // Issue 15's goal is for what the library itself does with the list once it has it, against
    // the plain virtual list doing the same (≤ 1.1×; it was ≤ 200 ms, out of reach for the plain
    // list too on a 2-core machine). Measured from the manifest's arrival while both pages asked
    // for it once their code ran; /boot.js now asks for it beside the app's code, so it arrives
    // first and that figure takes in the app's download too. The goal's line counts from the
    // moment the page has both the list and its code (the later of the two); the old figure
    // stays beside it.
    line('  of which after the manifest arrived', {
      sidenote: ms(aAfter.median),
      baseline: ms(bAfter.median),
      ratio: times(ratio(aAfter.median, bAfter.median)),
    }),
    line('  of which after the manifest and the page’s code had both arrived', {
      sidenote: ms(aBoth.median),
      baseline: ms(bBoth.median),
      ratio: times(ratio(aBoth.median, bBoth.median)),
      goal: '≤ 1.1×',
      met: ratio(aBoth.median, bBoth.median) <= 1.1,
    }),
    line('cards in the DOM', {
      sidenote: String(app[0]?.cards),
      baseline: String(base[0]?.cards),
      ratio: times(ratio(app[0]?.cards, base[0]?.cards)),
    }),
    line('JS heap after GC', {
      sidenote: mb(aHeap.median),
      baseline: mb(bHeap.median),
      ratio: times(ratio(aHeap.median, bHeap.median)),
    }),
    line(`baseline: React mount of the ${ARTICLES.toLocaleString('en')}-row virtual list`, {
      baseline: ms(summary(base.map((x) => x.mountMs)).median),
    }),
  ];
  const searchResult = measureSearch(ctx, manifest);
  if (searchResult.ok) {
    lines.push(
      line(`search index build (${searchResult.documents.toLocaleString('en')} documents)`, {
        sidenote: ms(searchResult.buildMs),
        baseline: ms(searchResult.miniBuildMs),
        ratio: times(ratio(searchResult.buildMs, searchResult.miniBuildMs)),
      }),
      line(`search, ${searchResult.queries} queries: median`, {
        sidenote: ms(searchResult.app.median),
        baseline: ms(searchResult.plain.median),
        ratio: times(ratio(searchResult.app.median, searchResult.plain.median)),
      }),
      line('search: p95', {
        sidenote: ms(searchResult.app.p95),
        baseline: ms(searchResult.plain.p95),
        ratio: times(ratio(searchResult.app.p95, searchResult.plain.p95)),
        goal: '≤ 30 ms',
        met: searchResult.app.p95 <= 30,
      }),
    );
  } else {
    lines.push(line(`search: not measured: ${searchResult.reason}`));
  }
  return measured(id, title, lines, {
    articles: ARTICLES,
    manifestBytes: body.length,
    sidenote: { firstCard: a, afterData: aAfter, heap: aHeap, samples: app },
    baseline: { firstCard: b, afterData: bAfter, heap: bHeap, samples: base },
    search: searchResult.ok
      ? {
          ...searchResult,
          note: 'baseline column: plain MiniSearch (prefix, fuzzy 0.2) on the same documents',
          buildMs: round(searchResult.buildMs),
          miniBuildMs: round(searchResult.miniBuildMs),
        }
      : searchResult,
  });
}
