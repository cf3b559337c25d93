/* global document */
// Lighthouse (the npm package, version pinned in package.json) on the Chromium the tests use
// (find-chromium.mjs), with its default settings: the mobile preset (Moto G Power screen,
// simulated slow 4G, 4× CPU slowdown) and a fresh origin (storage cleared) per run. Used by
// bench row 12 and by e2e/lighthouse.spec.ts.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';

/** The tests' flags, in the new headless mode (started here by hand, not by Playwright). */
export const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts Chromium with a DevTools port and a profile of its own. `lang` ("de-DE") sets both the
 * interface language and the Accept-Language list, so `navigator.languages` starts with it.
 * Resolves to { port, executable, close }.
 */
export async function startChromium({ lang } = {}) {
  const found = findChromium();
  if (found === null) throw new Error(HOW_TO_GET_CHROMIUM);
  const executable = found || chromium.executablePath();
  const profile = mkdtempSync(path.join(tmpdir(), 'sidenote-lighthouse-'));
  const langFlags = lang ? [`--lang=${lang}`, `--accept-lang=${lang}`] : [];
  const child = spawn(
    executable,
    [
      ...CHROMIUM_FLAGS,
      ...langFlags,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    {
      stdio: 'ignore',
      detached: true,
      env: lang ? { ...process.env, LANGUAGE: lang.replace('-', '_') } : process.env,
    },
  );
  // Chromium's helpers (zygote, GPU, network service) outlive a killed browser process for a
  // moment and keep writing to the profile; the whole process group is stopped, and removing
  // the profile retries and never fails a measurement (a CI run once died on ENOTEMPTY here).
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      child.kill(signal);
    }
  };
  // Its own process group (detached) so that close() reaches every helper; and if this process
  // ends first, the group goes with it.
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);
  const close = async () => {
    process.off('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      killGroup('SIGTERM');
      await Promise.race([exited, sleep(5_000)]);
      if (child.exitCode === null && child.signalCode === null) {
        killGroup('SIGKILL');
        await Promise.race([exited, sleep(2_000)]);
      }
    }
    killGroup('SIGKILL'); // helpers left behind by a browser that has exited
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.warn(`Could not remove Chromium's profile ${profile}: ${error.message}`);
    }
  };
  // Chromium writes the port it picked into the profile once it listens.
  const portFile = path.join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) break;
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port > 0) return { port, executable, close };
    }
    await sleep(100);
  }
  await close();
  throw new Error(`Chromium (${executable}) did not open a DevTools port within 30 s`);
}

/** What the browser on `port` tells pages about itself: languages and version. */
export async function browserFacts(port, url) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0].newPage();
    await page.goto(url);
    const facts = await page.evaluate(() => ({
      languages: [...navigator.languages],
      documentLang: document.documentElement.lang,
      userAgent: navigator.userAgent,
    }));
    await page.close();
    return { ...facts, chromium: browser.version() };
  } finally {
    await browser.close();
  }
}

const score = (lhr, category) => {
  const s = lhr.categories[category]?.score;
  return typeof s === 'number' ? Math.round(s * 100) : undefined;
};

/** The audits of a category that did not pass, with their titles and displayed values. */
function failing(lhr, category) {
  return (lhr.categories[category]?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && typeof a.score === 'number' && a.score < 1)
    .filter((a) => a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
    .map((a) => ({ id: a.id, score: a.score, value: a.displayValue }));
}

/** The elements behind the layout shifts, from the layout-shifts audit. */
function shifts(lhr) {
  const items = lhr.audits['layout-shifts']?.details?.items ?? [];
  return items.map((item) => ({
    score: item.score,
    node: item.node?.selector ?? item.node?.snippet,
    snippet: item.node?.snippet?.slice(0, 160),
  }));
}

/**
 * One Lighthouse run of `url` on the Chromium listening on `port`; resolves to the scores (0–100),
 * LCP and TBT in ms, CLS, what failed and what shifted.
 */
export async function runLighthouse(url, port) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message} (${url})`);
  const numeric = (id) => lhr.audits[id]?.numericValue;
  return {
    url,
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    lcp: numeric('largest-contentful-paint'),
    fcp: numeric('first-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    speedIndex: numeric('speed-index'),
    lcpElement:
      lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node
        ?.selector,
    failing: Object.fromEntries(CATEGORIES.map((c) => [c, failing(lhr, c)])),
    shifts: shifts(lhr),
    warnings: lhr.runWarnings,
    // Lighthouse 12.2 cannot read Chromium 156's layout-shift root causes: those audits say so here.
    auditErrors: Object.values(lhr.audits)
      .filter((a) => a.scoreDisplayMode === 'error')
      .map((a) => `${a.id}: ${a.errorMessage}`),
    lighthouse: lhr.lighthouseVersion,
    // Lighthouse's measure of this machine's speed at the time (a busy machine scores lower).
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    settings: {
      formFactor: lhr.configSettings.formFactor,
      throttlingMethod: lhr.configSettings.throttlingMethod,
      throttling: lhr.configSettings.throttling,
      screen: lhr.configSettings.screenEmulation,
    },
  };
}
