/* global process, console, setTimeout, clearTimeout, performance */
// Small helpers shared by the benchmark rows: statistics, a seeded random generator, formatting,
// machine information and waiting.
import { cpus, totalmem, freemem, loadavg, platform, release } from 'node:os';
import { createServer } from 'node:net';

/** Median of numbers (undefined for none). */
export function median(values) {
  const xs = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return undefined;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100): the smallest value with at least p % at or below it. */
export function percentile(values, p) {
  const xs = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * xs.length));
  return xs[Math.min(xs.length, rank) - 1];
}

export function summary(values) {
  const xs = values.filter((x) => Number.isFinite(x));
  return {
    n: xs.length,
    median: median(xs),
    p95: percentile(xs, 95),
    min: xs.length ? Math.min(...xs) : undefined,
    max: xs.length ? Math.max(...xs) : undefined,
    runs: xs.map((x) => round(x, 2)),
  };
}

export function round(x, digits = 1) {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function ratio(value, baseline) {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline <= 0) return undefined;
  return round(value / baseline, 2);
}

/** mulberry32: a small, fast, seeded generator, so every run measures the same inputs. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  next.pick = (xs) => xs[Math.floor(next() * xs.length)];
  next.chance = (p) => next() < p;
  return next;
}

export const ms = (x) =>
  Number.isFinite(x) ? `${x >= 100 ? Math.round(x) : round(x, 1)} ms` : '–';
export const kb = (bytes) => (Number.isFinite(bytes) ? `${round(bytes / 1024, 1)} KB` : '–');
export const mb = (bytes) => (Number.isFinite(bytes) ? `${round(bytes / 1024 / 1024, 1)} MB` : '–');
export const times = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '–');

export const sleep = (t) => new Promise((resolve) => setTimeout(resolve, t));

/** Resolves `promise`, or rejects after `timeout` ms with a message saying what timed out. */
export async function withTimeout(promise, timeout, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${timeout} ms`)), timeout);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** A TCP port nobody listens on right now (another server may still take it first). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** CPU, cores, memory and load, for results.json (load shows whether the machine was busy). */
export function machineInfo() {
  const cpu = cpus();
  return {
    cpuModel: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryBytes: totalmem(),
    memoryFreeBytesAtStart: freemem(),
    loadAverageAtStart: loadavg().map((x) => round(x, 2)),
    platform: `${platform()} ${release()}`,
    node: process.version,
  };
}

export function now() {
  return performance.now();
}

/** Logs a progress line to stderr, so stdout keeps only the table. */
export function log(...parts) {
  console.error('·', ...parts);
}

/** A script's `--key=value` arguments (a bare `--flag` is `'true'`). */
export function cliArgs(argv = process.argv.slice(2)) {
  return Object.fromEntries(
    argv.map((a) => {
      const [k, v] = a.replace(/^--/, '').split('=');
      return [k, v ?? 'true'];
    }),
  );
}
