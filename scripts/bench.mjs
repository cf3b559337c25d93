// `npm run bench`: builds the production app and the baselines, serves them on 127.0.0.1, drives
// headless Chromium (and Node for the domain rows), measures every row of issue 5 against its
// baseline in the same run, prints a table and writes bench/results.json.
// `npm run bench:smoke` (`--smoke`): one iteration of everything, results in
// node_modules/.cache/sidenote-bench/results.smoke.json. Exit code 1 only when the harness
// breaks, never for a missed goal. See bench/README.md.
//
// Options: --smoke, --only=1,4 (rows), --out=<file>, --merge (with --only: keep the other rows
// of the results file and replace only these).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  ROOT,
  TMP,
  buildApp,
  buildBaseline,
  buildEntryPage,
  buildNodeModule,
  firstError,
  startPreview,
  versions,
} from '../bench/lib/build.mjs';
import { chromiumPath, launchBrowser } from '../bench/lib/browser.mjs';
import { loadSeeds, proseModel } from '../bench/lib/fixtures.mjs';
import { failed, misses, printTable } from '../bench/lib/report.mjs';
import { freePort, log, machineInfo, withTimeout } from '../bench/lib/util.mjs';
import * as row1 from '../bench/rows/01-first-page-js.mjs';
import * as row2 from '../bench/rows/02-cold-load.mjs';
import * as row3 from '../bench/rows/03-highlight-latency.mjs';
import * as row4 from '../bench/rows/04-many-highlights.mjs';
import * as row5 from '../bench/rows/05-reanchor.mjs';
import * as row6 from '../bench/rows/06-library.mjs';
import * as row7 from '../bench/rows/07-transfer.mjs';
import * as row8 from '../bench/rows/08-memory.mjs';
import * as row9 from '../bench/rows/09-first-sync.mjs';
import * as row10 from '../bench/rows/10-sync-latency.mjs';
import * as row11 from '../bench/rows/11-sync-load.mjs';
import * as row12 from '../bench/rows/12-lighthouse.mjs';
import * as row13 from '../bench/rows/13-alignment.mjs';

const ROWS = [row1, row2, row3, row4, row5, row6, row7, row8, row9, row10, row11, row12, row13];

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const merge = args.includes('--merge');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',')
  .map(Number);
const out =
  args.find((a) => a.startsWith('--out='))?.slice(6) ??
  (smoke ? path.join(TMP, 'results.smoke.json') : path.join(ROOT, 'bench/results.json'));

/** Iterations per row: the full run takes medians, the smoke run does everything once. */
const RUNS = smoke
  ? {
      load: 1,
      highlights: 3,
      open: 1,
      anchoring: 1,
      library: 1,
      queries: 100,
      transfer: 1,
      memory: 1,
      firstSync: 1,
      syncEdits: 3,
      syncLoadSeconds: 3,
      lighthouse: 1,
    }
  : {
      load: 9,
      highlights: 30,
      open: 5,
      anchoring: 5,
      library: 2,
      queries: 100,
      transfer: 5,
      memory: 3,
      firstSync: 5,
      syncEdits: 30,
      syncLoadSeconds: 60,
      lighthouse: 3,
    };

/** A row that takes longer than this is stopped and reported as a harness error. */
const ROW_TIMEOUT = smoke ? 60_000 : 240_000;

/** JSON as Prettier writes it, so `npm run format:check` accepts bench/results.json. */
async function formatJson(value, file) {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(file)) ?? {};
    return await prettier.format(text, { ...options, filepath: file });
  } catch {
    return text;
  }
}

/**
 * `--merge`: the rows of an earlier results file that this run did not measure, each marked with
 * the run it comes from (`fromRun`), followed by this run's, in row order.
 */
function mergedRows(file, fresh) {
  const earlier = JSON.parse(readFileSync(file, 'utf8'));
  const kept = (earlier.rows ?? [])
    .filter((r) => !fresh.some((f) => f.id === r.id))
    .map((r) => ({
      ...r,
      fromRun: r.fromRun ?? {
        generatedAt: earlier.generatedAt,
        loadAverageAtStart: earlier.machine?.loadAverageAtStart,
      },
    }));
  return [...kept, ...fresh].sort((a, b) => a.id - b.id);
}

async function main() {
  const started = Date.now();
  const machineAtStart = machineInfo();
  const selected = ROWS.filter((r) => !only || only.includes(r.id));
  log(`${smoke ? 'smoke run' : 'full run'}: rows ${selected.map((r) => r.id).join(', ')}`);

  // Build everything first, two at a time (two cores); a baseline or page that does not build
  // makes only its row "not measured".
  const asResult = (r) => (r.ok ? { ok: true } : { ok: false, error: firstError(r.output) });
  const [, anchoringModule] = await Promise.all([buildApp(), buildNodeModule('anchoring')]);
  const [baseline, virtual] = await Promise.all([buildBaseline('index'), buildBaseline('virtual')]);
  const [transfer, searchModule] = await Promise.all([
    buildEntryPage('transfer'),
    buildNodeModule('search'),
  ]);
  // The server's store and tokens and the app's sync documents, for rows 9–11.
  const syncModule = selected.some((r) => r.id >= 9 && r.id <= 11)
    ? await buildNodeModule('sync')
    : { ok: false, error: 'not built: no sync row selected' };
  const built = {
    baseline: asResult(baseline),
    virtual: asResult(virtual),
    transfer: asResult(transfer),
  };
  if (!anchoringModule.ok)
    throw new Error(`app domain code did not bundle: ${anchoringModule.error}`);
  const anchoring = anchoringModule.module;

  const seeds = loadSeeds(anchoring);
  if (seeds.length === 0) throw new Error('no readable seed article in public/seeds');
  // The longest seed article: the most text to paint, the most room for highlights.
  const seed = [...seeds].sort((a, b) => b.words.length - a.words.length)[0];
  const textHash = await anchoring.hashText(seed.article.text);

  const port = await freePort();
  const server = await startPreview(port);
  log(`serving ${server.url}`);
  let browser;
  const results = [];
  try {
    browser = await launchBrowser();
    const ctx = {
      browser,
      url: server.url,
      smoke,
      runs: RUNS,
      built,
      anchoring,
      search: searchModule,
      sync: syncModule.ok ? syncModule.module : undefined,
      syncError: syncModule.error,
      seeds,
      seed,
      textHash,
      model: proseModel(seeds),
    };
    for (const row of selected) {
      const t0 = Date.now();
      log(`row ${row.id}: ${row.title}`);
      let result;
      try {
        // A row may need longer than most (row.timeout, full run only).
        const limit = smoke ? ROW_TIMEOUT : (row.timeout ?? ROW_TIMEOUT);
        result = await withTimeout(row.run(ctx), limit, `row ${row.id}`);
      } catch (err) {
        result = failed(row.id, row.title, err);
        log(`row ${row.id} failed: ${result.stack}`);
      }
      result.seconds = Math.round((Date.now() - t0) / 100) / 10;
      log(`row ${row.id} done in ${result.seconds} s`);
      results.push(result);
    }
  } finally {
    const chromiumVersion = browser?.version();
    await browser?.close().catch(() => undefined);
    server.stop();
    const report = {
      generatedAt: new Date().toISOString(),
      mode: smoke ? 'smoke' : 'full',
      seconds: Math.round((Date.now() - started) / 1000),
      machine: {
        ...machineAtStart,
        chromium: chromiumVersion,
        chromiumPath: chromiumPath() ?? "Playwright's own",
      },
      versions: versions(),
      iterations: RUNS,
      article: { id: seed.id, characters: seed.article.text.length, bodyWords: seed.words.length },
      rows: results,
    };
    report.machine.loadAverageAtEnd = machineInfo().loadAverageAtStart;
    report.machine.note =
      'load averages over 2 cores: other work on the machine slows both columns alike; ratios are the figures that count';
    if (merge && only && existsSync(out)) report.rows = mergedRows(out, report.rows);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, await formatJson(report, out));

    console.log(`\nSidenote benchmark (${report.mode}), ${report.generatedAt}`);
    console.log(
      `${report.machine.cpuModel}, ${report.machine.cores} cores, ${Math.round(report.machine.memoryBytes / 2 ** 30)} GB, Node ${report.machine.node}, Chromium ${chromiumVersion}, load ${report.machine.loadAverageAtStart.join(' ')}\n`,
    );
    printTable(results);
    const missed = misses(results);
    console.log(missed.length ? `\nGoals missed (${missed.length}):` : '\nNo goal missed.');
    for (const m of missed) console.log(`  ✗ ${m}`);
    const broken = results.filter((r) => r.status === 'error');
    for (const r of broken) console.log(`\nHARNESS ERROR in row ${r.id}: ${r.stack}`);
    console.log(`\nWritten ${path.relative(ROOT, out)} in ${report.seconds} s`);
    process.exitCode = broken.length > 0 ? 1 : 0;
  }
}

main().catch((err) => {
  console.error(`\nBenchmark harness failed: ${err.stack ?? err}`);
  process.exitCode = 1;
});
