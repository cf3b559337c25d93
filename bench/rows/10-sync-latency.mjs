/* global window, performance */
// Row 10: an edit on one device until it is visible on another, over loopback. Two browser
// profiles of one member join the server (invite links on its origin) and open the same article.
// On device A words are selected and `h` pressed (row 3's highlightOnce); on device B the new
// <mark> is awaited (the probe's __benchArm: found by a MutationObserver, painted at the end of
// the next frame) and the commit of the IndexedDB transaction that saves it. Times are on one
// clock: each page's performance.timeOrigin + performance.now().
// Baseline: the sync engine's floor, the same round trip through the same server between two raw
// HocuspocusProviders in Node (one sets a key in a Y.Map of a personal document, the other sees
// it arrive), without browsers, IndexedDB or the app. Alternating, median and p95.
import { newContext, newPage, paintTime } from '../lib/browser.mjs';
import { wordRanges } from '../lib/fixtures.mjs';
import { line, measured, notMeasured } from '../lib/report.mjs';
import {
  inviteLink,
  joinInBrowser,
  nodeDevice,
  syncedIn,
  waitFor,
  withSyncServer,
} from '../lib/sync.mjs';
import { ms, ratio, sleep, summary, times } from '../lib/util.mjs';
import { APP_PARAGRAPH } from './02-cold-load.mjs';
import { highlightOnce } from './03-highlight-latency.mjs';

export const id = 10;
export const title = 'Edit on one device → visible on another, over loopback';
export const timeout = 300_000;

/** Notes when the page's WebSockets send and receive messages (init script). */
function logSockets() {
  if (window !== window.top || window.__ws) return;
  const log = { sent: [], received: [] };
  window.__ws = log;
  const Native = window.WebSocket;
  window.WebSocket = class LoggedWebSocket extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', () => log.received.push(performance.now()));
    }
    send(data) {
      log.sent.push(performance.now());
      return super.send(data);
    }
  };
}

/** A joined device with the article open, its clock's origin, and its page errors. */
async function device(ctx, server, code, contexts) {
  const context = await newContext(ctx.browser, { watch: [APP_PARAGRAPH], hookIdb: true });
  contexts.push(context);
  await context.addInitScript(logSockets);
  const { page, errors } = await newPage(context, { cacheDisabled: false });
  await joinInBrowser(page, inviteLink(server, code));
  await page.goto(`${server.url}/read/${encodeURIComponent(ctx.seed.id)}`);
  await paintTime(page, 'app-paragraph', 60_000);
  await syncedIn(page);
  const origin = await page.evaluate(() => performance.timeOrigin);
  return { context, page, errors, origin };
}

/** One highlight made on `a`, awaited on `b`: times from the key press on a, in ms. */
async function appSample(a, b, range, i) {
  const label = `remote-mark-${i}`;
  await b.page.evaluate((l) => {
    window.__benchArm(l);
    window.__bench.commits.length = 0;
    window.__ws.received.length = 0;
  }, label);
  await a.page.evaluate(() => (window.__ws.sent.length = 0));
  const onA = await highlightOnce(a.page, range, `own-mark-${i}`);
  await b.page.waitForFunction(
    () => window.__bench.newMark?.afterPaint !== undefined && window.__bench.commits.length > 0,
    undefined,
    { timeout: 15_000, polling: 10 },
  );
  const sentAt = await a.page.evaluate(() => window.__ws.sent[0]);
  const seen = await b.page.evaluate(() => ({
    received: window.__ws.received[0],
    commit: window.__bench.commits[0],
    found: window.__bench.newMark.found,
    painted: window.__bench.newMark.afterPaint,
  }));
  const key = a.origin + onA.keyAt;
  return {
    visibleMs: b.origin + seen.painted - key,
    storedMs: b.origin + seen.commit - key,
    inDomMs: b.origin + seen.found - key,
    storedHereMs: onA.storedMs,
    // From the commit on A to the commit on B: the part sync adds.
    syncMs: b.origin + seen.commit - (key + onA.storedMs),
    // ... of which: saved on A → sent by A, → received by B, → saved on B.
    sentMs: a.origin + sentAt - (key + onA.storedMs),
    wireMs: b.origin + seen.received - (a.origin + sentAt),
    receivedToSavedMs: seen.commit - seen.received,
  };
}

/** The floor: one key set on one raw provider until another raw provider has it. */
async function floorSample(writer, reader, i) {
  const map = reader.doc.getMap('bench');
  const key = `k${i}`;
  let arrived;
  const onUpdate = () => {
    if (arrived === undefined && map.has(key)) arrived = performance.now();
  };
  reader.doc.on('update', onUpdate);
  const sent = performance.now();
  writer.doc.getMap('bench').set(key, i);
  const ok = await waitFor(() => arrived !== undefined, 10_000, 1);
  reader.doc.off('update', onUpdate);
  if (!ok) throw new Error(`the floor's update ${i} did not arrive within 10 s`);
  return arrived - sent;
}

export async function run(ctx) {
  if (!ctx.sync) return notMeasured(id, title, `the sync code did not bundle: ${ctx.syncError}`);
  const count = ctx.runs.syncEdits;
  const ranges = wordRanges(ctx.seed.words, count, { seed: 10, maxWords: 6, disjoint: true });

  const fill = async (data) => {
    const member = await data.member('Bench Two', 0);
    const codes = [await data.invite(member.id), await data.invite(member.id)];
    return { codes, floorMember: await data.member('Bench Floor', 2) };
  };
  const app = [];
  const floor = [];
  await withSyncServer(ctx.sync, fill, async (server, { codes, floorMember }) => {
    const contexts = [];
    const nodes = [];
    try {
      const a = await device(ctx, server, codes[0], contexts);
      const b = await device(ctx, server, codes[1], contexts);
      const floorDoc = ctx.sync.personalDocName(floorMember.id);
      for (const token of floorMember.tokens) nodes.push(nodeDevice(server.port, token));
      const writer = nodes[0].open(floorDoc);
      const reader = nodes[1].open(floorDoc);
      await Promise.all([writer.synced, reader.synced]);
      await sleep(500);

      for (let i = 0; i < count; i++) {
        const order = i % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
        for (const which of order) {
          if (which === 'app') app.push(await appSample(a, b, ranges[i], i));
          else floor.push(await floorSample(writer, reader, i));
          await sleep(100);
        }
      }
      const errors = [...a.errors, ...b.errors];
      if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    } finally {
      nodes.forEach((n) => n.destroy());
      for (const c of contexts) await c.close();
    }
  });
  const visible = summary(app.map((x) => x.visibleMs));
  const stored = summary(app.map((x) => x.storedMs));
  const synced = summary(app.map((x) => x.syncMs));
  const base = summary(floor);
  return measured(
    id,
    title,
    [
      line(`key on A → mark painted on B, median (n=${visible.n})`, {
        sidenote: ms(visible.median),
        baseline: `${ms(base.median)} (raw Yjs)`,
        ratio: times(ratio(visible.median, base.median)),
      }),
      line('key on A → mark painted on B, p95', {
        sidenote: ms(visible.p95),
        baseline: ms(base.p95),
        ratio: times(ratio(visible.p95, base.p95)),
        goal: '≤ 100 ms',
        met: visible.p95 <= 100,
      }),
      line('key on A → saved in B’s IndexedDB, median / p95', {
        sidenote: `${ms(stored.median)} / ${ms(stored.p95)}`,
      }),
      line('  key → saved on A; saved on B → mark painted on B, medians', {
        sidenote: `${ms(summary(app.map((x) => x.storedHereMs)).median)}; ${ms(
          summary(app.map((x) => x.visibleMs - x.storedMs)).median,
        )}`,
      }),
      line('  saved on A → saved on B (what sync adds), median / p95', {
        sidenote: `${ms(synced.median)} / ${ms(synced.p95)}`,
        baseline: `${ms(base.median)} / ${ms(base.p95)}`,
      }),
      line('    of which: saved on A → sent; → received by B; → saved on B, medians', {
        sidenote: ['sentMs', 'wireMs', 'receivedToSavedMs']
          .map((k) => ms(summary(app.map((x) => x[k])).median))
          .join('; '),
      }),
    ],
    { visible, storedOnB: stored, savedToSaved: synced, floor: base, samples: app },
  );
}
