/* global performance, setTimeout, clearTimeout */
// Row 11: 50 clients in 10 study groups of 5, all editing for 60 s against one server process.
// Every client is a Node device (one WebSocket, raw HocuspocusProviders over `ws`) of its own
// member; it writes its own group document (`g/<groupId>/<authorId>`, read-write for its author)
// and follows the four other members' (read-only), as the app's GroupSync does. A write is a new
// highlight record put in field by field with the app's DocView (GROUP_TABLES), on average every
// 500 ms per client (each wait drawn from 250–750 ms). Measured: propagation from the write to
// its arrival at each follower (one clock: all clients are in this process); updates lost (after
// the writes stop and a settling time, every follower must hold every write of the members it
// follows, and the server's own copy, read back by a fresh client once the others are gone, must
// hold them all); the server's memory (RSS and heap, sampled every 250 ms). Baseline: the same
// propagation with one writer and one follower on the idle server, before and after the load.
import { line, measured, notMeasured } from '../lib/report.mjs';
import {
  groupHighlight,
  memorySummary,
  nodeDevice,
  waitFor,
  withSyncServer,
} from '../lib/sync.mjs';
import { mb, ms, percentile, prng, ratio, sleep, summary, times } from '../lib/util.mjs';

export const id = 11;
export const title = '50 clients in 10 groups editing for 60 s';
export const timeout = 300_000;

const WRITE_EVERY_MS = 500;
const SETTLE_MS = 15_000;

/** A writer of one author document: `write()` adds the next record and notes when. */
function author(sync, opened, seed) {
  const view = new sync.DocView(opened.doc, sync.GROUP_TABLES);
  const rnd = prng(seed);
  const sentAt = [];
  return {
    sentAt,
    write() {
      const seq = sentAt.length;
      const next = groupHighlight(seq, rnd);
      sentAt.push(performance.now());
      opened.doc.transact(() => view.write('highlights', next.id, next));
    },
  };
}

/** A follower of one author document: the writes it has, and each one's delay, into `delays`. */
function follower(sync, opened, writer, delays) {
  const view = new sync.DocView(opened.doc, sync.GROUP_TABLES);
  const got = new Set();
  opened.doc.on('afterTransaction', () => {
    const now = performance.now();
    for (const key of view.takeChanged().get('highlights') ?? []) {
      const seq = Number(key.slice(1));
      if (got.has(seq)) continue;
      got.add(seq);
      const sent = writer.sentAt[seq];
      if (sent !== undefined) delays.push(now - sent);
    }
  });
  return { got, writer };
}

/** Members, devices and groups in the data folder: `groups` of `size` writers each. */
async function makeGroups(data, groups, size) {
  const made = [];
  for (let g = 0; g < groups; g++) {
    const members = [];
    for (let m = 0; m < size; m++) {
      const { id: userId, tokens } = await data.member(`Group ${g} member ${m}`);
      members.push({ id: userId, token: tokens[0] });
    }
    const group = await data.store.createGroup(`Group ${g}`, members[0].id);
    for (const m of members.slice(1)) await data.store.setRole(group.id, m.id, 'writer');
    made.push({ id: group.id, members });
  }
  return made;
}

/** Opens every member's own document and the others' on one device per member. */
async function connectGroup(sync, port, group, delays, seed) {
  const devices = [];
  const writers = new Map();
  const followers = [];
  const pending = [];
  for (const m of group.members) {
    const device = nodeDevice(port, m.token);
    devices.push(device);
    const own = device.open(sync.groupDocName(group.id, m.id));
    pending.push(own.synced);
    writers.set(m.id, author(sync, own, seed + devices.length));
  }
  group.members.forEach((m, i) => {
    for (const other of group.members) {
      if (other === m) continue;
      const opened = devices[i].open(sync.groupDocName(group.id, other.id));
      pending.push(opened.synced);
      followers.push(follower(sync, opened, writers.get(other.id), delays));
    }
  });
  await Promise.all(pending);
  return { devices, writers, followers };
}

/** Writes on every writer until `end` (ms, performance clock); resolves when they stopped. */
async function writeUntil(writers, end, seed) {
  const rnd = prng(seed);
  const timers = new Set();
  await Promise.all(
    writers.map(
      (w) =>
        new Promise((resolve) => {
          const next = (wait) => {
            if (performance.now() + wait >= end) return resolve();
            const timer = setTimeout(() => {
              timers.delete(timer);
              w.write();
              next(WRITE_EVERY_MS * (0.5 + rnd()));
            }, wait);
            timers.add(timer);
          };
          next(rnd() * WRITE_EVERY_MS);
        }),
    ),
  );
  timers.forEach(clearTimeout);
}

/** The floor: `n` writes by one writer to one follower on the idle server, one at a time. */
async function floorRun(sync, port, group, n) {
  const delays = [];
  const pair = { id: group.id, members: group.members.slice(0, 2) };
  const { devices, writers, followers } = await connectGroup(sync, port, pair, delays, 900);
  const writer = writers.get(pair.members[0].id);
  const reader = followers.find((f) => f.writer === writer);
  for (let i = 0; i < n; i++) {
    writer.write();
    if (!(await waitFor(() => reader.got.has(i), 5_000, 1))) {
      throw new Error(`the floor's write ${i} did not arrive within 5 s`);
    }
    await sleep(20);
  }
  devices.forEach((d) => d.destroy());
  return delays;
}

/** Reads every author document back from the server: writes missing there. */
async function missingOnServer(sync, port, groups, written) {
  let missing = 0;
  for (const group of groups) {
    const device = nodeDevice(port, group.members[0].token);
    const docs = group.members.map((m) => ({
      m,
      opened: device.open(sync.groupDocName(group.id, m.id)),
    }));
    await Promise.all(docs.map((d) => d.opened.synced));
    for (const { m, opened } of docs) {
      const keys = new sync.DocView(opened.doc, sync.GROUP_TABLES).keys('highlights');
      missing += Math.max(0, written.get(m.id) - keys.length);
    }
    device.destroy();
  }
  return missing;
}

export async function run(ctx) {
  const { sync } = ctx;
  if (!sync) return notMeasured(id, title, `the sync code did not bundle: ${ctx.syncError}`);
  const [groupCount, size] = ctx.smoke ? [2, 3] : [10, 5];
  // Two more groups for the floor, before and after the load (each starts from an empty share).
  const fill = (data) => makeGroups(data, groupCount + 2, size);
  return withSyncServer(sync, fill, (server, groups) => load(ctx, server, groups, size), {
    app: false,
  });
}

/** The measurement, on a started server with `groups` in it (the last two for the floor). */
async function load(ctx, server, groups, size) {
  const { sync } = ctx;
  const groupCount = groups.length - 2;
  const seconds = ctx.runs.syncLoadSeconds;
  const floorWrites = ctx.smoke ? 10 : 100;
  const [floorGroupAfter, floorGroupBefore] = [groups.pop(), groups.pop()];
  const clients = [];
  const delays = [];
  try {
    await sleep(ctx.smoke ? 300 : 1_000);
    const idle = server.samples.at(-1);
    const floorBefore = await floorRun(sync, server.port, floorGroupBefore, floorWrites);

    const connectStart = performance.now();
    for (const [i, group] of groups.entries()) {
      clients.push(await connectGroup(sync, server.port, group, delays, 100 * i));
    }
    const connectMs = performance.now() - connectStart;
    const writers = clients.flatMap((c) => [...c.writers.values()]);
    const followers = clients.flatMap((c) => c.followers);
    const loadStart = Date.now();
    await writeUntil(writers, performance.now() + seconds * 1000, 7);
    const writes = writers.reduce((n, w) => n + w.sentAt.length, 0);
    const expected = writes * (size - 1);
    const received = () => followers.reduce((n, f) => n + f.got.size, 0);
    const settleStart = performance.now();
    await waitFor(() => received() >= expected, SETTLE_MS, 50);
    const settleMs = performance.now() - settleStart;
    const lost = expected - received();
    const during = memorySummary(server.samples, loadStart);
    const afterGc = await server.gcSample();

    const written = new Map();
    groups.forEach((g, i) =>
      g.members.forEach((m) => written.set(m.id, clients[i].writers.get(m.id).sentAt.length)),
    );
    clients.splice(0).forEach((c) => c.devices.forEach((d) => d.destroy()));
    // Documents left open on the server once every client has gone: 0 means the check below
    // reads them back from the server's store, not from its memory.
    await waitFor(() => server.samples.at(-1)?.connections === 0, 5_000, 50);
    await sleep(ctx.smoke ? 300 : 1_000);
    const documentsLeft = server.samples.at(-1)?.documents;
    const lostOnServer = await missingOnServer(sync, server.port, groups, written);
    const floorAfter = await floorRun(sync, server.port, floorGroupAfter, floorWrites);

    // The delays are kept as counts per bucket: 24,000 samples would swell results.json.
    const spread = summary(delays);
    delete spread.runs;
    const edges = [1, 2, 5, 10, 25, 50, 100, 250];
    const histogram = Object.fromEntries([
      ...edges.map((up, i) => [
        `≤ ${up} ms`,
        delays.filter((d) => d <= up && d > (edges[i - 1] ?? -1)).length,
      ]),
      ['> 250 ms', delays.filter((d) => d > 250).length],
    ]);
    const floor = summary([...floorBefore, ...floorAfter]);
    const clientsN = groupCount * size;
    const what = `${clientsN} clients in ${groupCount} groups, ${seconds} s`;
    return measured(
      id,
      title,
      [
        line(`propagation p95, ${what}`, {
          sidenote: ms(spread.p95),
          baseline: `${ms(floor.p95)} (idle, 1→1)`,
          ratio: times(ratio(spread.p95, floor.p95)),
          goal: '≤ 250 ms',
          met: spread.p95 <= 250,
        }),
        line(`  median; p99; max (n=${spread.n})`, {
          sidenote: `${ms(spread.median)}; ${ms(percentile(delays, 99))}; ${ms(spread.max)}`,
          baseline: ms(floor.median),
        }),
        line('updates lost: at followers; in the server’s copy', {
          sidenote: `${lost} of ${expected.toLocaleString('en')}; ${lostOnServer} of ${writes.toLocaleString('en')}`,
          goal: '0',
          met: lost === 0 && lostOnServer === 0,
        }),
        line('server RSS: idle → peak; heap used: peak, after GC', {
          sidenote: `${mb(idle?.rss)} → ${mb(during.rssPeak)}; ${mb(during.heapUsedPeak)}, ${mb(afterGc.heapUsed)}`,
        }),
        line('  writes per second in; deliveries per second out', {
          sidenote: `${Math.round(writes / seconds)}; ${Math.round(expected / seconds)}`,
        }),
      ],
      {
        clients: clientsN,
        groups: groupCount,
        seconds,
        writeEveryMs: WRITE_EVERY_MS,
        writes,
        deliveriesExpected: expected,
        lostAtFollowers: lost,
        lostOnServer,
        documentsLoadedAtServerCheck: documentsLeft,
        settleMs,
        connectMs,
        propagation: { ...spread, histogram },
        floor,
        memory: { idle, during, afterGc },
        serverWarnings: server.warnings.slice(0, 20),
      },
    );
  } finally {
    clients.forEach((c) => c.devices.forEach((d) => d.destroy()));
  }
}
