/* global window, document, performance, requestAnimationFrame, MessageChannel, MutationObserver, URL, Buffer, indexedDB */
// Row 7: import then export 10,000 highlights, against Dexie doing the least an import and an
// export must (JSON.parse → bulkPut; toArray → JSON.stringify) on the same schema and rows.
// Through the app's Export and import page (/data) when it has one: choose the backup file →
// preview painted, click Import → "Imported …" painted, click "Download backup" → the file's
// blob is made. Each run starts from an empty database. Also measured without the UI, through
// the db layer (bench/entries/transfer bundles src/db/transfer-repo.ts and src/domain/transfer).
import { readFileSync } from 'node:fs';
import { newContext, newPage } from '../lib/browser.mjs';
import { line, measured, notMeasured } from '../lib/report.mjs';
import { ms, ratio, summary, times } from '../lib/util.mjs';

export const id = 7;
export const title = 'Import then export 10,000 highlights vs Dexie bulkPut';

/** The smoke run moves 2,000 (its figures only show that the harness works). */
let COUNT = 10_000;

/** Installs timestamps for the import/export steps in the /data page. */
function installTimers() {
  const t = { steps: {} };
  window.__transfer = t;
  const afterPaint = (name) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (t.steps[name] = performance.now());
      channel.port2.postMessage(0);
    });
  document.addEventListener('change', (e) => (t.steps.change = e.timeStamp), true);
  // Only real clicks: the app's download helper clicks a link itself.
  document.addEventListener('click', (e) => e.isTrusted && (t.steps.click = e.timeStamp), true);
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function timed(blob) {
    t.steps.blob = performance.now();
    t.blobSize = blob.size;
    return createObjectURL.call(this, blob);
  };
  new MutationObserver(() => {
    if (
      t.steps.previewFound === undefined &&
      document.querySelector('[aria-label="Import preview"]')
    ) {
      t.steps.previewFound = performance.now();
      afterPaint('previewPainted');
    }
    if (t.steps.importedFound === undefined && /Imported \d/.test(document.body.textContent)) {
      t.steps.importedFound = performance.now();
      afterPaint('importedPainted');
    }
    const alert = document.querySelector('[role="alert"]');
    if (alert && /not imported/.test(alert.textContent)) t.refused = alert.textContent;
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

const steps = (page) => page.evaluate(() => window.__transfer);

/** How many highlights the app's database in `page` holds. */
export function storedHighlights(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('sidenote');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('highlights').objectStore('highlights').count();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/**
 * One import (and export) through /data in a fresh browser context. Also used by row 9 as its
 * baseline, with `exportToo: false` and the page served by the sync server (`url`).
 */
export async function uiRun(ctx, backup, { count = COUNT, exportToo = true, url = ctx.url } = {}) {
  const context = await newContext(ctx.browser);
  try {
    const { page, errors } = await newPage(context, { cacheDisabled: false });
    await page.goto(`${url}/data`);
    const exportButton = page.getByRole('button', { name: 'Download backup (.json)' });
    await exportButton.waitFor({ timeout: 20_000 });
    await page.evaluate(installTimers);

    await page.locator('input[type="file"]').setInputFiles({
      name: 'sidenote-backup.json',
      mimeType: 'application/json',
      buffer: backup,
    });
    await page.waitForFunction(
      () => window.__transfer.steps.previewPainted !== undefined || window.__transfer.refused,
      undefined,
      { timeout: 60_000 },
    );
    const afterPreview = await steps(page);
    if (afterPreview.refused)
      throw new Error(`the app refused the backup: ${afterPreview.refused}`);
    await page
      .getByRole('region', { name: 'Import preview' })
      .getByRole('button', { name: 'Import', exact: true })
      .click();
    await page.waitForFunction(
      () => window.__transfer.steps.importedPainted !== undefined,
      undefined,
      {
        timeout: 120_000,
      },
    );
    const afterImport = await steps(page);
    const checkMs = afterPreview.steps.previewPainted - afterPreview.steps.change;
    const writeMs = afterImport.steps.importedPainted - afterImport.steps.click;
    if (!exportToo) {
      const stored = await storedHighlights(page);
      if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
      return { checkMs, writeMs, importMs: checkMs + writeMs, stored };
    }

    const download = page.waitForEvent('download', { timeout: 60_000 });
    await exportButton.click();
    const file = await (await download).path();
    const afterExport = await steps(page);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    const stored = exported.data?.highlights?.length;
    if (stored !== count)
      throw new Error(`the exported backup holds ${stored} highlights, not ${count}`);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    const exportMs = afterExport.steps.blob - afterExport.steps.click;
    return {
      checkMs,
      writeMs,
      importMs: checkMs + writeMs,
      exportMs,
      totalMs: checkMs + writeMs + exportMs,
    };
  } finally {
    await context.close();
  }
}

/** The page bundling the app's transfer code (and the backup maker, `call('backupText')`). */
export async function transferPage(ctx, count = COUNT) {
  const context = await newContext(ctx.browser);
  const { page, errors } = await newPage(context);
  await page.goto(`${ctx.url}/bench-transfer/index.html`);
  await page.waitForFunction(() => window.benchTransfer !== undefined, undefined, {
    timeout: 15_000,
  });
  const call = async (method) => {
    const result = await page.evaluate(([m, n]) => window.benchTransfer[m](n), [method, count]);
    if (typeof result !== 'string' && result.stored !== count) {
      throw new Error(`${method} stored ${result.stored} of ${count}`);
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return result;
  };
  return { call, close: () => context.close() };
}

async function hasDataPage(ctx) {
  const context = await newContext(ctx.browser);
  try {
    const { page } = await newPage(context);
    await page.goto(`${ctx.url}/data`);
    return await page
      .getByRole('button', { name: 'Download backup (.json)' })
      .waitFor({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
  } finally {
    await context.close();
  }
}

export async function run(ctx) {
  if (!ctx.built.transfer.ok) {
    return notMeasured(
      id,
      title,
      `the page that bundles src/db/transfer-repo.ts (and the bulkPut baseline) did not build: ${ctx.built.transfer.error}`,
    );
  }
  COUNT = ctx.smoke ? 2_000 : 10_000;
  const withUi = await hasDataPage(ctx);
  const bench = await transferPage(ctx);
  const ui = [];
  const db = [];
  const base = [];
  try {
    const backup = Buffer.from(await bench.call('backupText'));
    for (let i = 0; i < ctx.runs.transfer; i++) {
      const order = i % 2 === 0 ? ['ui', 'db', 'base'] : ['base', 'db', 'ui'];
      for (const which of order) {
        if (which === 'ui' && withUi) ui.push(await uiRun(ctx, backup));
        if (which === 'db') db.push(await bench.call('runApp'));
        if (which === 'base') base.push(await bench.call('runBaseline'));
      }
    }
  } finally {
    await bench.close();
  }
  const med = (xs, k) => summary(xs.map((x) => x[k])).median;
  const headline = withUi ? ui : db;
  const r = ratio(med(headline, 'totalMs'), med(base, 'totalMs'));
  const lines = [
    line(
      `import + export of ${COUNT.toLocaleString('en')}${withUi ? ', through /data' : ', db layer (no UI yet)'} (median of ${base.length})`,
      {
        sidenote: ms(med(headline, 'totalMs')),
        baseline: ms(med(base, 'totalMs')),
        ratio: times(r),
        goal: '≤ 1.5×',
        met: r <= 1.5,
      },
    ),
  ];
  if (withUi) {
    lines.push(
      line('  import: file chosen → preview painted (read, check, plan)', {
        sidenote: ms(med(ui, 'checkMs')),
      }),
      line('  import: Import clicked → "Imported" painted (write)', {
        sidenote: ms(med(ui, 'writeMs')),
      }),
      line('  export: click → backup file made', { sidenote: ms(med(ui, 'exportMs')) }),
    );
  }
  lines.push(
    line('  db layer: parseBackup + applyImport vs JSON.parse + bulkPut', {
      sidenote: ms(med(db, 'importMs')),
      baseline: ms(med(base, 'importMs')),
      ratio: times(ratio(med(db, 'importMs'), med(base, 'importMs'))),
    }),
    line('  db layer: exportBackup + stringify vs toArray + stringify', {
      sidenote: ms(med(db, 'exportMs')),
      baseline: ms(med(base, 'exportMs')),
      ratio: times(ratio(med(db, 'exportMs'), med(base, 'exportMs'))),
    }),
  );
  return measured(id, title, lines, {
    highlights: COUNT,
    backupChars: db[0]?.fileChars,
    through: withUi ? '/data page' : 'db layer',
    ui: withUi ? { samples: ui } : 'the app has no /data page',
    dbLayer: { samples: db },
    baseline: { samples: base },
    ratio: r,
  });
}
