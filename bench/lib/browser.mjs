/* global process, window, document, performance, requestAnimationFrame, MessageChannel, MutationObserver, PerformanceObserver, IDBObjectStore, indexedDB */
// Headless Chromium for the benchmark, and the probe every measured page gets before its own
// scripts run: it records paint times (Element Timing, with an after-next-paint fallback), key
// presses, IndexedDB commits and when all expected highlight marks are in the DOM.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { sleep } from './util.mjs';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

export const VIEWPORT = { width: 1280, height: 800 };

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined; // Playwright's own browser, if installed
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      ...CHROMIUM_ARGS,
      // Timers and rAF keep running in a page that is not in front (several pages per context).
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
}

/**
 * The probe, run in every frame before the page's scripts (as a Playwright init script).
 * opts.watch: [[name, selector]]: the first element matching gets `elementtiming=name`.
 * opts.expectMarks: record when the marks in the DOM carry this many distinct highlight ids.
 * opts.hookIdb: record the commit time (the `complete` event's timeStamp) of every transaction
 *   that writes the `highlights` store.
 */
export function probe(opts) {
  if (window !== window.top || window.__bench) return;
  const b = {
    et: {},
    found: {},
    painted: {},
    keys: [],
    commits: [],
    commitsHeard: [],
    errors: [],
    markIds: 0,
    newMark: null,
    longTasks: [],
  };
  window.__bench = b;
  // The first task after the frame that runs rAF callbacks, i.e. after its style, layout and
  // paint. A user-blocking task runs ahead of ordinary tasks (timers, messages) the page queued
  // in the same frame, so work the page defers to after the paint is not counted as painting.
  const afterPaint = (cb) =>
    requestAnimationFrame(() => {
      const done = () => cb(performance.now());
      if (window.scheduler?.postTask) {
        void window.scheduler.postTask(done, { priority: 'user-blocking' });
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(0);
    });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!(e.identifier in b.et)) b.et[e.identifier] = e.renderTime || e.loadTime || e.startTime;
      }
    }).observe({ type: 'element', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.lcp = e.renderTime || e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        b.longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch (err) {
    b.errors.push(String(err));
  }

  const pending = new Map(opts.watch ?? []);
  let lastMarkCount = -1;
  const check = () => {
    for (const [name, selector] of pending) {
      const el = document.querySelector(selector);
      if (!el) continue;
      pending.delete(name);
      el.setAttribute('elementtiming', name);
      b.found[name] = performance.now();
      afterPaint((t) => (b.painted[name] = t));
    }
    if (opts.expectMarks && b.found.allMarks === undefined) {
      const marks = document.getElementsByTagName('mark');
      if (marks.length !== lastMarkCount) {
        lastMarkCount = marks.length;
        const ids = new Set();
        for (const m of marks) {
          const list = m.getAttribute('data-highlight-ids');
          if (list) for (const id of list.split(' ')) ids.add(id);
        }
        b.markIds = ids.size;
        if (ids.size >= opts.expectMarks) {
          b.found.allMarks = performance.now();
          afterPaint((t) => (b.painted.allMarks = t));
        }
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  check();

  window.addEventListener('keydown', (e) => b.keys.push({ key: e.key, t: e.timeStamp }), true);

  if (opts.hookIdb) {
    for (const method of ['add', 'put']) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function hooked(...args) {
        if (this.name === 'highlights') {
          const tx = this.transaction;
          if (!tx.__benchHooked) {
            tx.__benchHooked = true;
            // The event's own time: its dispatch, before any listener runs. A listener added
            // here runs after the app's (Dexie's is added first), and the microtasks between
            // them (the app's reaction to the write: opening the card) are not storing.
            // `commitsHeard` keeps the listener's own time, which this row reported before.
            tx.addEventListener('complete', (e) => {
              b.commits.push(e.timeStamp);
              b.commitsHeard.push(performance.now());
            });
          }
        }
        return original.apply(this, args);
      };
    }
  }

  /** Watches for the next mark carrying a highlight id not drawn yet. */
  window.__benchArm = (label) => {
    const known = new Set();
    for (const m of document.querySelectorAll('mark[data-highlight-ids]')) {
      for (const id of (m.getAttribute('data-highlight-ids') ?? '').split(' ')) known.add(id);
    }
    b.newMark = null;
    const observer = new MutationObserver(() => {
      for (const m of document.querySelectorAll('mark[data-highlight-ids]')) {
        const ids = (m.getAttribute('data-highlight-ids') ?? '').split(' ');
        const fresh = ids.find((id) => id && !known.has(id));
        if (!fresh) continue;
        observer.disconnect();
        m.setAttribute('elementtiming', label);
        const found = { id: fresh, label, found: performance.now() };
        b.newMark = found;
        afterPaint((t) => (found.afterPaint = t));
        return;
      }
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-highlight-ids'],
    });
  };
}

/**
 * A fresh context (empty cache, storage and cookies) with the probe installed. Service workers
 * are blocked: the app registers one (vite-plugin-pwa), and a page opened after another page of
 * the same context would otherwise be served from its precache instead of the network.
 */
export async function newContext(browser, probeOptions = {}, options = {}) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
    acceptDownloads: true,
    ...options,
  });
  await context.addInitScript(probe, probeOptions);
  return context;
}

/** A page whose HTTP cache is off (so each load fetches and compiles everything) and a CDP session. */
export async function newPage(context, { cacheDisabled = true } = {}) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (cacheDisabled) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, cdp, errors };
}

/** JS heap in use after two full garbage collections, and the DOM node count. */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await sleep(50);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value;
  return {
    jsHeapUsed: get('JSHeapUsedSize'),
    jsHeapTotal: get('JSHeapTotalSize'),
    nodes: get('Nodes'),
    listeners: get('JSEventListeners'),
  };
}

/** The probe's record of the page. */
export function probeState(page) {
  return page.evaluate(() => window.__bench);
}

/** Waits until `name` was found and painted; returns the paint time (Element Timing if any). */
export async function paintTime(page, name, timeout = 30_000) {
  await page.waitForFunction(
    (n) => window.__bench && window.__bench.painted[n] !== undefined,
    name,
    { timeout, polling: 50 },
  );
  // Element Timing entries are queued; give the observer a moment to deliver.
  await sleep(50);
  const b = await probeState(page);
  const et = b.et[name];
  return {
    t: et ?? b.painted[name],
    source: et !== undefined ? 'element-timing' : 'after-next-paint',
    found: b.found[name],
    afterPaint: b.painted[name],
    elementTiming: et,
    lcp: b.lcp,
  };
}

/**
 * Writes highlight records straight into the app's IndexedDB (`sidenote`, table `highlights`),
 * on a page of the app, once it has created the database. Records get the palette's first
 * colour unless they carry one. Resolves to the number of highlights stored.
 */
export async function seedHighlights(page, records) {
  // On a first visit the app makes its database at the first key pressed, not before
  // (docs/decisions/0025): press one that does nothing.
  await page.keyboard.press('Shift');
  // Waits in the page until the app has created the database and its colours. Never opens a
  // database that is not there yet: opening one creates it, empty, before the app can (a wait
  // through waitForFunction did that when the app's first render came late).
  await page.evaluate(async () => {
    const deadline = Date.now() + 20_000;
    const ready = async () => {
      const dbs = await indexedDB.databases();
      const found = dbs.find((d) => d.name === 'sidenote');
      if (!found || !found.version) return false;
      return new Promise((resolve) => {
        const open = indexedDB.open('sidenote');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('colors')) {
            db.close();
            resolve(false);
            return;
          }
          const req = db.transaction('colors').objectStore('colors').count();
          req.onsuccess = () => {
            db.close();
            resolve(req.result > 0);
          };
          req.onerror = () => {
            db.close();
            resolve(false);
          };
        };
        open.onerror = () => resolve(false);
      });
    };
    while (!(await ready())) {
      if (Date.now() > deadline) throw new Error('the app did not create its database in 20 s');
      await new Promise((resolve) => window.setTimeout(resolve, 100));
    }
  });
  return page.evaluate(async (rows) => {
    // The app may still be creating it (its stores come in an upgrade): open again until they are.
    const openWithStores = () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('sidenote');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
    let db = await openWithStores();
    for (let i = 0; i < 200 && !db.objectStoreNames.contains('colors'); i++) {
      db.close();
      await new Promise((resolve) => window.setTimeout(resolve, 100));
      db = await openWithStores();
    }
    try {
      const colors = await new Promise((resolve, reject) => {
        const req = db.transaction('colors').objectStore('colors').getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      colors.sort((a, b) => a.order - b.order);
      const tx = db.transaction('highlights', 'readwrite');
      const store = tx.objectStore('highlights');
      store.clear();
      rows.forEach((r, i) =>
        store.put({ ...r, colorId: r.colorId ?? colors[i % colors.length].id }),
      );
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
      return await new Promise((resolve, reject) => {
        const req = db.transaction('highlights').objectStore('highlights').count();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    } finally {
      db.close();
    }
  }, records);
}
