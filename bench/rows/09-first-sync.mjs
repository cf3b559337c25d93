/* global window, document, performance, IDBObjectStore, Buffer */
// Row 9: a new device's first sync of 10,000 highlights against importing the same backup file.
// The server's personal document of one member already holds the backup's 10,000 highlights,
// built in Node with the app's own Replica (what a first device's join uploads) and stored as the
// one update that device would have sent. A fresh browser profile opens an invite link on the
// server's origin and presses Join: time from the click to the commit of the IndexedDB
// transaction that makes all 10,000 highlights saved. Baseline: a fresh profile importing the
// same backup file through /data (row 7's run: file chosen → preview painted, plus Import clicked
// → "Imported" painted), served by the same server. Alternating, medians.
import { newContext, newPage } from '../lib/browser.mjs';
import { line, measured, notMeasured } from '../lib/report.mjs';
import {
  inviteLink,
  joinInBrowser,
  nodeDevice,
  syncedIn,
  waitFor,
  withSyncServer,
} from '../lib/sync.mjs';
import { mb, ms, ratio, summary, times } from '../lib/util.mjs';
import { storedHighlights, transferPage, uiRun } from './07-transfer.mjs';

export const id = 9;
export const title = 'A new device’s first sync of 10,000 highlights vs importing the backup';
/** Five first syncs and five imports of 10,000 take about two minutes; more on a busy machine. */
export const timeout = 420_000;

/**
 * Counts the distinct highlights written by committed IndexedDB transactions, and notes when
 * `expected` were reached, when Join was clicked (a trusted click on a submit button), when the
 * sync WebSocket opened and when its largest message (the document) arrived.
 */
function countCommitted(expected) {
  if (window !== window.top || window.__firstSync) return;
  const s = { ids: new Set(), biggest: 0 };
  window.__firstSync = s;
  const Native = window.WebSocket;
  window.WebSocket = class TimedWebSocket extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('open', () => (s.openAt ??= performance.now()));
      this.addEventListener('message', (e) => {
        const size = e.data?.byteLength ?? e.data?.size ?? e.data?.length ?? 0;
        if (size > s.biggest) [s.biggest, s.documentAt] = [size, performance.now()];
      });
    }
  };
  for (const method of ['add', 'put']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function counted(...args) {
      if (this.name === 'highlights') {
        const tx = this.transaction;
        if (!tx.__firstSyncIds) {
          const ids = (tx.__firstSyncIds = []);
          tx.addEventListener('complete', () => {
            const t = performance.now();
            ids.forEach((i) => s.ids.add(i));
            s.firstCommitAt ??= t;
            if (s.ids.size >= expected) s.doneAt ??= t;
          });
        }
        tx.__firstSyncIds.push(args[0]?.id);
      }
      return original.apply(this, args);
    };
  }
  document.addEventListener(
    'click',
    (e) => {
      if (e.isTrusted && e.target.closest?.('button[type="submit"]')) s.joinAt ??= e.timeStamp;
    },
    true,
  );
}

async function firstSync(ctx, server, code, count) {
  const context = await newContext(ctx.browser);
  try {
    await context.addInitScript(countCommitted, count);
    const { page, errors } = await newPage(context, { cacheDisabled: false });
    await joinInBrowser(page, inviteLink(server, code), { wait: false });
    await page.waitForFunction(() => window.__firstSync.doneAt !== undefined, undefined, {
      timeout: 180_000,
      polling: 50,
    });
    const s = await page.evaluate(() => ({ ...window.__firstSync, ids: undefined }));
    await syncedIn(page);
    const stored = await storedHighlights(page);
    if (stored !== count) throw new Error(`the new device saved ${stored} of ${count} highlights`);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return {
      totalMs: s.doneAt - s.joinAt,
      connectedMs: s.openAt - s.joinAt,
      documentMs: s.documentAt - s.joinAt,
      documentMessageBytes: s.biggest,
      firstWriteMs: s.firstCommitAt - s.joinAt,
      stored,
    };
  } finally {
    await context.close();
  }
}

/**
 * The part the server and Yjs take: a raw Node provider (the first device's token) syncing the
 * same document from the same server, loaded from its store as for a browser (no one else has it
 * open), until the document is in (ms). The server unloads it again once this device is gone.
 */
async function rawSync(server, token, name) {
  const cold = await waitFor(() => server.samples.at(-1)?.documents === 0, 10_000, 50);
  const started = performance.now();
  const device = nodeDevice(server.port, token);
  try {
    await device.open(name).synced;
    return { ms: performance.now() - started, cold };
  } finally {
    device.destroy();
  }
}

/** The member's personal document holding `highlights`, as the app's join would upload it. */
function documentOf(sync, highlights) {
  const replica = new sync.Replica(sync.PERSONAL_TABLES);
  const byId = new Map(highlights.map((h) => [h.id, h]));
  const keys = highlights.map((h) => ({ table: 'highlights', key: h.id }));
  const started = performance.now();
  const { update } = replica.applyLocal(keys, (table, key) => byId.get(key));
  return { update, buildMs: performance.now() - started };
}

export async function run(ctx) {
  if (!ctx.sync) return notMeasured(id, title, `the sync code did not bundle: ${ctx.syncError}`);
  if (!ctx.built.transfer.ok) {
    return notMeasured(id, title, `the backup maker (row 7's page) did not build`);
  }
  const count = ctx.smoke ? 500 : 10_000;
  const runs = ctx.runs.firstSync;
  const maker = await transferPage(ctx, count);
  let text;
  try {
    text = await maker.call('backupText');
  } finally {
    await maker.close();
  }
  const backup = Buffer.from(text);
  const { highlights } = JSON.parse(text).data;

  const doc = documentOf(ctx.sync, highlights);
  const fill = async (data) => {
    const member = await data.member('Bench Reader');
    await data.store.appendUpdate(ctx.sync.personalDocName(member.id), doc.update);
    const codes = [];
    for (let i = 0; i < runs; i++) codes.push(await data.invite(member.id));
    return { member, codes };
  };
  const sync = [];
  const base = [];
  const raw = [];
  const { warnings } = await withSyncServer(ctx.sync, fill, async (server, { member, codes }) => {
    const docName = ctx.sync.personalDocName(member.id);
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? ['sync', 'import', 'raw'] : ['raw', 'import', 'sync'];
      for (const which of order) {
        if (which === 'sync') sync.push(await firstSync(ctx, server, codes[i], count));
        else if (which === 'raw') raw.push(await rawSync(server, member.tokens[0], docName));
        else {
          const r = await uiRun(ctx, backup, { count, exportToo: false, url: server.url });
          if (r.stored !== count) throw new Error(`the import saved ${r.stored} of ${count}`);
          base.push(r);
        }
      }
    }
    return server;
  });
  const med = (xs, k) => summary(xs.map((x) => x[k])).median;
  const r = ratio(med(sync, 'totalMs'), med(base, 'importMs'));
  const n = count.toLocaleString('en');
  return measured(
    id,
    title,
    [
      line(`first sync of ${n}: Join → all saved in IndexedDB (median of ${sync.length})`, {
        sidenote: ms(med(sync, 'totalMs')),
        baseline: `${ms(med(base, 'importMs'))} (import)`,
        ratio: times(r),
        goal: '≤ 1.5×',
        met: r <= 1.5,
      }),
      line('  Join → WebSocket open; → document arrived (its largest message)', {
        sidenote: ['connectedMs', 'documentMs'].map((k) => ms(med(sync, k))).join('; '),
      }),
      line('  the same document synced by a raw Node provider (server + Yjs only)', {
        sidenote: ms(summary(raw.map((x) => x.ms)).median),
      }),
      line('  import: file chosen → preview painted; Import → "Imported" painted', {
        baseline: `${ms(med(base, 'checkMs'))}; ${ms(med(base, 'writeMs'))}`,
      }),
      line('  the document on the server (one update); built in Node', {
        sidenote: `${mb(doc.update.byteLength)}; ${ms(doc.buildMs)}`,
        baseline: `${mb(backup.length)} (backup file)`,
      }),
    ],
    {
      highlights: count,
      documentBytes: doc.update.byteLength,
      backupBytes: backup.length,
      firstSync: { samples: sync, totalMs: summary(sync.map((x) => x.totalMs)) },
      import: { samples: base, importMs: summary(base.map((x) => x.importMs)) },
      rawNodeSync: { samples: raw, ms: summary(raw.map((x) => x.ms)) },
      ratio: r,
      serverWarnings: warnings.slice(0, 20),
    },
  );
}
