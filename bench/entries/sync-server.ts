// The sync server of the benchmark's sync rows (9–11): the server's own `createSyncServer` (what
// `npm run server` runs), in a process of its own, on a free port of 127.0.0.1, with the data
// folder the row prepared and, if given, the built app served from the same origin.
//
//   node --expose-gc --import tsx bench/entries/sync-server.ts --data DIR [--app DIR]
//
// It prints JSON lines on stdout: `{"port":…}` once listening, then a memory sample
// (`{"mem":{…}}`: RSS, heap used and total, external and array buffers, in bytes) every
// SAMPLE_MS. A line `gc` on stdin collects garbage and answers with a sample at once
// (`"afterGc":true`). Warnings (refusals) go to stderr; SIGTERM closes it.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { createLogger } from '../../server/log.ts';
import { createSyncServer } from '../../server/sync-server.ts';

const SAMPLE_MS = 250;

const { values } = parseArgs({
  options: { data: { type: 'string' }, app: { type: 'string' } },
});
if (!values.data) throw new Error('--data DIR is needed');

// `await`: createSyncServer answers a promise since the store may be PostgreSQL.
const sync = await createSyncServer({
  dataDir: values.data,
  port: 0,
  host: '127.0.0.1',
  appDir: values.app,
  log: createLogger((line) => {
    if (line.level === 'warn')
      process.stderr.write(`${line.event} ${JSON.stringify(line.fields)}\n`);
  }),
});
const port = await sync.listen();
process.stdout.write(`${JSON.stringify({ port })}\n`);

const sample = (afterGc = false) => {
  const m = process.memoryUsage();
  const mem = {
    t: Date.now(),
    rss: m.rss,
    heapUsed: m.heapUsed,
    heapTotal: m.heapTotal,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
    documents: sync.server.hocuspocus.getDocumentsCount(),
    connections: sync.server.hocuspocus.getConnectionsCount(),
    afterGc,
  };
  process.stdout.write(`${JSON.stringify({ mem })}\n`);
};
const timer = setInterval(() => sample(), SAMPLE_MS);

const input = createInterface({ input: process.stdin });
input.on('line', (line) => {
  if (line.trim() !== 'gc') return;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  sample(true);
});

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  clearInterval(timer);
  await sync.destroy();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
// The bench that started it is gone (its end of stdin closed): no server is left behind.
input.on('close', () => void stop());
process.on('SIGINT', () => void stop());
