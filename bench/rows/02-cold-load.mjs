/* global document */
// Row 2: cold load of /read/<id> until the article's first paragraph is painted, against a
// static HTML copy of the same page (the DOM the app rendered, with the app's CSS and fonts, no
// JavaScript) served by the same server. New browser context per load, HTTP cache off.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { APP_DIST } from '../lib/build.mjs';
import { newContext, newPage, paintTime } from '../lib/browser.mjs';
import { line, measured } from '../lib/report.mjs';
import { ms, ratio, summary, times } from '../lib/util.mjs';

export const id = 2;
export const title = 'Cold load of /read/<id> to first paragraph painted';

export const FIRST_PARAGRAPH = ['first-paragraph', 'main article [data-start]'];
/**
 * The first paragraph of the app's own reader, not of the page prerendered at build time that
 * it replaces (that one sits in `#root > [data-prerendered]`).
 */
export const APP_PARAGRAPH = ['app-paragraph', '#root > main article [data-start]'];

/**
 * Renders the article once in the app and saves the resulting document, minus scripts, module
 * preloads and the CSP meta (a static page's inline `style` attributes need no script policy), as
 * /bench-static.html.
 */
export async function writeStaticCopy(browser, url, articleId) {
  const context = await newContext(browser, { watch: [APP_PARAGRAPH] });
  try {
    const { page } = await newPage(context);
    await page.goto(`${url}/read/${encodeURIComponent(articleId)}`);
    await paintTime(page, 'app-paragraph');
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    const html = await page.evaluate(() => {
      const root = document.documentElement.cloneNode(true);
      const drop = 'script, link[rel="modulepreload"], meta[http-equiv]';
      for (const el of root.querySelectorAll(drop)) el.remove();
      for (const el of root.querySelectorAll('[elementtiming]'))
        el.removeAttribute('elementtiming');
      return `<!doctype html>\n${root.outerHTML}`;
    });
    const file = path.join(APP_DIST, 'bench-static.html');
    writeFileSync(file, html);
    return { file, bytes: html.length };
  } finally {
    await context.close();
  }
}

async function coldLoad(browser, url) {
  const context = await newContext(browser, { watch: [FIRST_PARAGRAPH] });
  try {
    const { page } = await newPage(context);
    await page.goto(url);
    return await paintTime(page, 'first-paragraph');
  } finally {
    await context.close();
  }
}

export async function run(ctx) {
  const { browser, url, seed } = ctx;
  const staticCopy = await writeStaticCopy(browser, url, seed.id);
  const appUrl = `${url}/read/${encodeURIComponent(seed.id)}`;
  const staticUrl = `${url}/bench-static.html`;
  const app = [];
  const base = [];
  for (let i = 0; i < ctx.runs.load; i++) {
    // Alternate which goes first, so drift on a busy machine hits both alike.
    const order = i % 2 === 0 ? ['app', 'static'] : ['static', 'app'];
    for (const which of order) {
      const t = await coldLoad(browser, which === 'app' ? appUrl : staticUrl);
      (which === 'app' ? app : base).push(t);
    }
  }
  const a = summary(app.map((x) => x.t));
  const b = summary(base.map((x) => x.t));
  const r = ratio(a.median, b.median);
  return measured(
    id,
    title,
    [
      line(`first paragraph painted, median of ${a.n}`, {
        sidenote: ms(a.median),
        baseline: ms(b.median),
        ratio: times(r),
        goal: '≤ 1.3×',
        met: r <= 1.3,
      }),
    ],
    {
      article: seed.id,
      sidenote: a,
      baseline: b,
      ratio: r,
      timingSource: app[0]?.source,
      staticCopyBytes: staticCopy.bytes,
      samples: { sidenote: app, baseline: base },
    },
  );
}
