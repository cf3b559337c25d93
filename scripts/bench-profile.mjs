// `node scripts/bench-profile.mjs [reader|highlight|library|anchoring ...]`: where the time goes
// in the benchmark's slow rows. Builds the app without minification (so functions keep their
// names; otherwise as `npm run build`), records CPU profiles with the Chrome DevTools Protocol
// (Node's inspector for anchoring) and prints the functions with the most self and inclusive
// time. Profiles are saved as .cpuprofile files (open them in Chrome DevTools → Performance).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { TMP, buildApp, buildNodeModule, startPreview } from '../bench/lib/build.mjs';
import {
  launchBrowser,
  newContext,
  newPage,
  paintTime,
  seedHighlights,
} from '../bench/lib/browser.mjs';
import {
  highlightRecords,
  loadSeeds,
  proseModel,
  syntheticManifest,
  wordRanges,
} from '../bench/lib/fixtures.mjs';
import { topFunctions, traceSummary } from '../bench/lib/profile.mjs';
import { freePort, log, sleep } from '../bench/lib/util.mjs';
import { openWithHighlights } from '../bench/rows/04-many-highlights.mjs';
import { highlightOnce } from '../bench/rows/03-highlight-latency.mjs';
import { applyEdits, makeDocument, makeHighlights, render } from '../bench/lib/edits.mjs';
import { prng } from '../bench/lib/util.mjs';

const ALL = ['reader', 'highlight', 'library', 'anchoring'];
const wanted = process.argv.slice(2).filter((a) => ALL.includes(a));
const scenarios = wanted.length ? wanted : ALL;
const OUT = path.join(TMP, 'profiles');
const DIST = path.join(TMP, 'app-profile');

function report(name, profile) {
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const { self, inclusive } = topFunctions(profile, 18);
  console.log(`\n## ${name} (${file})\nself time:`);
  for (const f of self) console.log(`  ${String(f.ms).padStart(6)} ms  ${f.name}`);
  console.log('inclusive time:');
  for (const f of inclusive) console.log(`  ${String(f.ms).padStart(6)} ms  ${f.name}`);
}

async function startProfiler(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
}

async function main() {
  const anchoringModule = await buildNodeModule('anchoring');
  if (!anchoringModule.ok) throw new Error(anchoringModule.error);
  const anchoring = anchoringModule.module;
  const seeds = loadSeeds(anchoring);
  const seed = [...seeds].sort((a, b) => b.words.length - a.words.length)[0];
  const textHash = await anchoring.hashText(seed.article.text);
  const model = proseModel(seeds);

  if (scenarios.includes('anchoring')) {
    const rnd = prng(5);
    const original = makeDocument(model, rnd, 10_000);
    const { text: before, spans } = render(original.paragraphs);
    const highlights = makeHighlights(original, rnd, 1_000);
    const normalized = anchoring.normalizeForMatch(before);
    const targets = highlights.map((h) => {
      const r = anchoring.describeRange(
        before,
        spans.get(h.tokens[0]).start,
        spans.get(h.tokens.at(-1)).end,
        { normalized },
      );
      return { ...r, textHash: 'old' };
    });
    const { doc } = applyEdits(original, model, prng(525), highlights, 25);
    const { text: after } = render(doc.paragraphs);
    anchoring.anchorMany(after, targets, {});
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    anchoring.anchorMany(after, targets, {});
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    report('anchoring-1000-after-25-edits', profile);
  }

  const browserScenarios = scenarios.filter((s) => s !== 'anchoring');
  if (browserScenarios.length === 0) return;
  await buildApp({ outDir: DIST, minify: false });
  const server = await startPreview(await freePort(), DIST);
  const browser = await launchBrowser();
  const ctx = { browser, url: server.url, seed, seeds };
  try {
    if (browserScenarios.includes('reader')) {
      const records = highlightRecords(
        anchoring,
        seed.article,
        textHash,
        wordRanges(seed.words, 5000, { seed: 5040 }),
      );
      log('reader: opening the article with 5,000 highlights');
      const result = await openWithHighlights(ctx, records, { profile: true });
      log(`all marks after ${Math.round(result.allMarks)} ms`);
      report('reader-5000-highlights', result.cpuProfile);
      const traced = await openWithHighlights(ctx, records, { trace: true });
      console.log(
        'main thread by kind of work (trace):',
        JSON.stringify(traceSummary(traced.trace)),
      );
    }
    if (browserScenarios.includes('highlight')) {
      const existing = wordRanges(seed.words, 50, { seed: 3, maxWords: 6, disjoint: true });
      const fresh = wordRanges(seed.words, 10, {
        seed: 4,
        maxWords: 6,
        disjoint: true,
        avoid: existing,
      });
      const context = await newContext(browser, {
        watch: [['p', 'main article [data-start]']],
        expectMarks: 50,
        hookIdb: true,
      });
      const seeder = await context.newPage();
      await seeder.goto(`${server.url}/`);
      await seedHighlights(seeder, highlightRecords(anchoring, seed.article, textHash, existing));
      await seeder.close();
      const { page, cdp } = await newPage(context, { cacheDisabled: false });
      await page.goto(`${server.url}/read/${encodeURIComponent(seed.id)}`);
      await paintTime(page, 'allMarks');
      await sleep(300);
      await startProfiler(cdp);
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
      const times = [];
      for (const [i, range] of fresh.entries())
        times.push(await highlightOnce(page, range, `m${i}`));
      const trace = await browser.stopTracing();
      const { profile } = await cdp.send('Profiler.stop');
      log(`painted after ${times.map((t) => Math.round(t.paintedMs)).join(', ')} ms`);
      report('highlight-10-with-50-on', profile);
      writeFileSync(path.join(OUT, 'highlight-10-with-50-on.trace.json'), trace);
      console.log('main thread by kind of work (trace):', JSON.stringify(traceSummary(trace)));
      await context.close();
    }
    if (browserScenarios.includes('library')) {
      const n = Number(process.env.BENCH_LIBRARY ?? 2000);
      const body = JSON.stringify(syntheticManifest(n, model));
      const context = await newContext(browser, {
        watch: [['card', 'ul[aria-label="Articles"] > li']],
      });
      const { page, cdp } = await newPage(context);
      await page.route('**/seeds/manifest.json', (r) =>
        r.fulfill({ status: 200, contentType: 'application/json', body }),
      );
      await startProfiler(cdp);
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
      await page.goto(`${server.url}/`);
      const t = await paintTime(page, 'card', 300_000);
      const { profile } = await cdp.send('Profiler.stop');
      const trace = await browser.stopTracing();
      log(`first card after ${Math.round(t.t)} ms`);
      report(`library-${n}-articles`, profile);
      console.log('main thread by kind of work (trace):', JSON.stringify(traceSummary(trace)));
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((err) => {
  console.error(err.stack ?? err);
  process.exitCode = 1;
});
