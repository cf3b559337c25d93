/* global process, fetch, URL */
// Builds what the benchmark serves and runs, and serves it with `vite preview`.
//
// Everything generated goes to TMP (node_modules/.cache/sidenote-bench unless BENCH_TMP says
// otherwise), not bench/tmp: `eslint .` does not skip git-ignored folders, so built bundles under
// bench/ would fail `npm run lint`. ESLint, Prettier and Tailwind all leave node_modules alone.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { log, sleep } from './util.mjs';

export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const TMP = path.resolve(
  process.env.BENCH_TMP ?? path.join(ROOT, 'node_modules/.cache/sidenote-bench'),
);
export const APP_DIST = path.join(TMP, 'app');
export const NODE_OUT = path.join(TMP, 'node');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');

/** Runs `vite build …`; resolves to { ok, ms, output } (never rejects for a failed build). */
export function viteBuild(args, env = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [VITE, 'build', '--logLevel', 'warn', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) =>
      resolve({ ok: false, ms: Date.now() - started, output: String(err) }),
    );
    child.on('close', (code) =>
      resolve({ ok: code === 0, ms: Date.now() - started, output: output.trim() }),
    );
  });
}

/** The first lines of a failed build's output, for "not measured: …". */
export function firstError(output) {
  const lines = output.split('\n').filter((l) => l.trim() && !/npm warn/i.test(l));
  const i = lines.findIndex((l) => /error/i.test(l));
  return lines
    .slice(Math.max(0, i), Math.max(0, i) + 3)
    .join(' ')
    .slice(0, 300);
}

/**
 * Builds the app exactly as `npm run build` does (same config, `--configLoader runner`), only
 * into APP_DIST, so a concurrent `dist/` (e2e tests) is left alone. Throws if it fails: without
 * the app there is nothing to measure.
 */
export async function buildApp({ outDir = APP_DIST, minify = true } = {}) {
  mkdirSync(TMP, { recursive: true });
  const args = ['--configLoader', 'runner', '--outDir', outDir, '--emptyOutDir'];
  const r = await viteBuild(minify ? args : [...args, '--minify', 'false']);
  if (!r.ok) throw new Error(`The app does not build:\n${r.output}`);
  log(`app built${minify ? '' : ' (not minified)'} in ${r.ms} ms`);
  return r;
}

/** The baseline pages (bench/baseline-app): `index` (the five libraries) and `virtual`. */
export async function buildBaseline(page) {
  const outDir = path.join(APP_DIST, page === 'index' ? 'bench-baseline' : `bench-${page}`);
  const r = await viteBuild(
    ['--config', 'bench/baseline-app/vite.config.mjs', '--outDir', outDir, '--emptyOutDir'],
    { BASELINE_PAGE: page },
  );
  log(`baseline page "${page}" ${r.ok ? `built in ${r.ms} ms` : 'failed to build'}`);
  return { ...r, outDir };
}

/** A browser page from bench/entries/<name>/ that imports app code from src/. */
export async function buildEntryPage(name) {
  const outDir = path.join(APP_DIST, `bench-${name}`);
  const r = await viteBuild(
    ['--config', 'bench/entries/vite.page.config.mjs', '--outDir', outDir, '--emptyOutDir'],
    { BENCH_PAGE: name },
  );
  log(`page "${name}" ${r.ok ? `built in ${r.ms} ms` : 'failed to build'}`);
  return { ...r, outDir };
}

/** A Node module from bench/entries/node/<name>.ts (app domain code, bundled), then imported. */
export async function buildNodeModule(name) {
  const r = await viteBuild(
    ['--config', 'bench/entries/vite.node.config.mjs', '--outDir', path.join(NODE_OUT, name)],
    { BENCH_NODE_ENTRY: name },
  );
  log(`node module "${name}" ${r.ok ? `built in ${r.ms} ms` : 'failed to build'}`);
  if (!r.ok) return { ok: false, error: firstError(r.output) || 'build failed' };
  const file = path.join(NODE_OUT, name, `${name}.mjs`);
  try {
    return { ok: true, module: await import(`${file}?t=${Date.now()}`) };
  } catch (err) {
    return { ok: false, error: `import failed: ${err.message}` };
  }
}

/** Serves `dir` (APP_DIST) with `vite preview` on 127.0.0.1:port; returns { url, stop }. */
export async function startPreview(port, dir = APP_DIST) {
  const child = spawn(
    process.execPath,
    [
      VITE,
      'preview',
      '--configLoader',
      'runner',
      '--outDir',
      dir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM'); // the process group we started, nothing else
    } catch {
      child.kill('SIGTERM');
    }
  };
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited:\n${output}`);
    try {
      const res = await fetch(`${url}/`);
      if (res.ok) return { url, stop, pid: child.pid };
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within 15 s:\n${output}`);
}

/** Versions of what is measured, from package.json files. */
export function versions() {
  const read = (p) => {
    const file = path.join(ROOT, 'node_modules', p, 'package.json');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
  };
  return {
    vite: read('vite'),
    react: read('react'),
    dexie: read('dexie'),
    playwright: read('@playwright/test'),
    approxStringMatch: read('approx-string-match'),
    minisearch: read('minisearch'),
    tanstackVirtual: read('@tanstack/react-virtual'),
    lighthouse: read('lighthouse'),
  };
}
