/* global URL */
// Row 12: Lighthouse mobile (its default preset: simulated slow 4G, 4× CPU slowdown, a phone
// screen, storage cleared before each run) on the production build as `npm start` serves it,
// every view in every interface language. One Chromium per language, started with `--lang` and
// `--accept-lang`, so the app sees that language first in `navigator.languages`.
import { browserFacts, runLighthouse, startChromium } from '../../scripts/lighthouse.mjs';
import { line, measured } from '../lib/report.mjs';
import { log, median, round } from '../lib/util.mjs';

export const id = 12;
export const title = 'Lighthouse mobile on every view and language';
/** Views × languages × runs of 15–25 s each. */
export const timeout = 1_200_000;

/** The interface languages: each view is measured once per entry (a Chromium locale). */
export const LANGUAGES = ['en-US', 'de-DE'];

/** The views, with the seed articles they open (sorted by id: the 002 and 003). */
export function views(seeds) {
  const ids = seeds.map((s) => s.id).sort();
  const a = encodeURIComponent(ids[2] ?? ids[0]);
  const b = encodeURIComponent(ids[3] ?? ids[1] ?? ids[0]);
  return [
    { name: 'library', path: '/' },
    { name: 'reader', path: `/read/${a}` },
    { name: 'side by side', path: `/compare/${a}/${b}` },
    { name: 'notebook', path: '/notebook' },
    { name: 'search', path: '/search?q=Stoltenberg' },
  ];
}

const GOAL = { performance: 98, accessibility: 100, bestPractices: 100, seo: 100, cls: 0 };

/** The median of each figure over the runs of one view in one language. */
function medianRun(runs) {
  const m = (key) => median(runs.map((r) => r[key]));
  return {
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    seo: m('seo'),
    lcp: m('lcp'),
    tbt: m('tbt'),
    cls: m('cls'),
  };
}

function lines(view, lang, r) {
  const label = `${view} (${lang})`;
  const others = [r.accessibility, r.bestPractices, r.seo];
  return [
    line(`${label}: performance (LCP, TBT)`, {
      sidenote: `${r.performance} (${round(r.lcp / 1000, 2)} s, ${Math.round(r.tbt)} ms)`,
      goal: `≥ ${GOAL.performance}`,
      met: r.performance >= GOAL.performance,
    }),
    line(`${label}: CLS; accessibility, best practices, SEO`, {
      sidenote: `${round(r.cls, 3)}; ${others.join(', ')}`,
      goal: '0; 100, 100, 100',
      met: r.cls === GOAL.cls && others.every((s) => s === 100),
    }),
  ];
}

export async function run(ctx) {
  const runs = ctx.runs.lighthouse ?? 1;
  const all = views(ctx.seeds);
  const selected = ctx.smoke ? all.slice(0, 1) : all;
  const languages = ctx.smoke ? LANGUAGES.slice(0, 1) : LANGUAGES;
  const out = [];
  const data = { runsPerView: runs, languages: {}, views: {} };
  for (const lang of languages) {
    const chromium = await startChromium({ lang });
    try {
      for (const view of selected) {
        const samples = [];
        for (let i = 0; i < runs; i++) {
          samples.push(await runLighthouse(new URL(view.path, ctx.url).href, chromium.port));
        }
        const r = medianRun(samples);
        log(`  ${view.name} (${lang}): performance ${r.performance}, CLS ${round(r.cls, 3)}`);
        out.push(...lines(view.name, lang, r));
        data.views[`${view.name} (${lang})`] = { path: view.path, median: r, samples };
      }
      // After the runs, so Lighthouse starts each from an origin with nothing stored.
      data.languages[lang] = await browserFacts(chromium.port, `${ctx.url}/`);
    } finally {
      await chromium.close();
    }
  }
  const first = Object.values(data.views)[0]?.samples[0];
  data.lighthouse = first?.lighthouse;
  data.settings = first?.settings;
  return measured(id, `${title} (Lighthouse ${data.lighthouse}, mobile)`, out, data);
}
