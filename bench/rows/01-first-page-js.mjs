/* global URL */
// Row 1: JavaScript the first page (`/`) loads, gzipped, against a bundle of only React,
// ReactDOM, Dexie, React Query and Zustand built the same way (bench/baseline-app). Also checks
// that sync's code (Yjs, the Hocuspocus provider) is not among it: it loads only when sync is on.
// Measured for an English and a German browser: each loads its own language's messages only.
import { gzipSync } from 'node:zlib';
import { newContext, newPage } from '../lib/browser.mjs';
import { line, measured, notMeasured } from '../lib/report.mjs';
import { kb, ratio, sleep, times } from '../lib/util.mjs';

export const id = 1;
export const title = 'JavaScript loaded by the first page, gzipped';

/** Every script the page fetched until the network was idle, with raw and gzip -9 sizes. */
async function pageScripts(browser, url, readySelector, locale) {
  const context = await newContext(browser, {}, locale ? { locale } : {});
  try {
    const { page } = await newPage(context);
    const responses = [];
    page.on('response', (res) => {
      const type = res.request().resourceType();
      const file = new URL(res.url()).pathname;
      if (type === 'script' || /\.m?js$/.test(file)) responses.push(res);
      if (type === 'stylesheet' || file.endsWith('.css')) responses.push(res);
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector(readySelector, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await sleep(300); // anything requested once the first render settled
    const files = [];
    const syncFiles = [];
    for (const res of responses) {
      const body = await res.body();
      const file = new URL(res.url()).pathname;
      if (SYNC_CODE.test(body.toString('utf8'))) syncFiles.push(file);
      files.push({
        file,
        kind: file.endsWith('.css') ? 'css' : 'js',
        bytes: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      });
    }
    const js = files.filter((f) => f.kind === 'js');
    const sum = (xs, k) => xs.reduce((n, f) => n + f[k], 0);
    return {
      files,
      syncFiles,
      jsBytes: sum(js, 'bytes'),
      jsGzip: sum(js, 'gzip'),
      cssGzip: sum(
        files.filter((f) => f.kind === 'css'),
        'gzip',
      ),
    };
  } finally {
    await context.close();
  }
}

/** Strings only Yjs and the Hocuspocus provider carry, kept by minification. */
const SYNC_CODE = /Yjs was already imported|HocuspocusProvider/;

export async function run(ctx) {
  if (!ctx.built.baseline.ok) {
    return notMeasured(id, title, `the baseline app did not build: ${ctx.built.baseline.error}`);
  }
  const app = await pageScripts(
    ctx.browser,
    `${ctx.url}/`,
    'ul[aria-label="Articles"] li',
    'en-US',
  );
  // The same page for a browser that asks for German: the interface loads in German instead.
  const german = await pageScripts(
    ctx.browser,
    `${ctx.url}/`,
    'ul[aria-label="Artikel"] li',
    'de-DE',
  );
  const base = await pageScripts(ctx.browser, `${ctx.url}/bench-baseline/index.html`, 'main h1');
  const rDe = ratio(german.jsGzip, base.jsGzip);
  const r = ratio(app.jsGzip, base.jsGzip);
  const limit = 140 * 1024;
  return measured(
    id,
    title,
    [
      line('first-page JS, gzip -9', {
        sidenote: kb(app.jsGzip),
        baseline: kb(base.jsGzip),
        ratio: times(r),
        goal: '≤ 1.25× and ≤ 140 KB',
        met: r <= 1.25 && app.jsGzip <= limit,
      }),
      line('first-page JS, gzip -9, German interface (browser asks for de-DE)', {
        sidenote: kb(german.jsGzip),
        baseline: kb(base.jsGzip),
        ratio: times(rDe),
        goal: '≤ 1.25× and ≤ 140 KB',
        met: rDe <= 1.25 && german.jsGzip <= limit,
      }),
      line('first-page JS, raw (minified)', {
        sidenote: kb(app.jsBytes),
        baseline: kb(base.jsBytes),
        ratio: times(ratio(app.jsBytes, base.jsBytes)),
      }),
      line('first-page CSS, gzip -9 (for reference)', { sidenote: kb(app.cssGzip) }),
      line('sync code (Yjs, Hocuspocus provider) in the first page', {
        sidenote: app.syncFiles.length === 0 ? 'none' : app.syncFiles.join(', '),
        goal: 'none',
        met: app.syncFiles.length === 0,
      }),
    ],
    { app, german, baseline: base, ratio: r, ratioGerman: rDe },
  );
}
