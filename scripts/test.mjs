// `npm test`: type-check, lint, format check, unit tests (Vitest), browser tests (Playwright),
// then one closing line "N passed, N failed" summed over unit and browser tests.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';
import { run } from './run.mjs';

const REPORTS = 'reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const problems = [];
const step = (name, command, args, env) => {
  console.log(`\n▶ ${name}`);
  const code = run(command, args, env);
  if (code !== 0) problems.push(name);
  return code;
};

step('Type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('Lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
step('Format check', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
step('Unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${REPORTS}/vitest.json`,
]);

const browser = findChromium();
if (browser === null) {
  console.error(`\n${HOW_TO_GET_CHROMIUM}`);
  problems.push('Browser tests (no Chromium)');
} else {
  step('Browser tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    ...(browser ? { CHROMIUM_PATH: browser } : {}),
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json`,
  });
}

// One quick pass of every benchmark row, so `npm run bench` cannot rot (goals are not judged here).
step('Benchmark smoke', 'node', ['scripts/bench.mjs', '--smoke']);

const readJson = (file) => {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
};
const unit = readJson(`${REPORTS}/vitest.json`);
const e2e = readJson(`${REPORTS}/playwright.json`);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);

// The names of the failed tests, near the end where a CI log's tail shows them.
const failedNames = [
  ...(unit?.testResults ?? []).flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((test) => test.status === 'failed')
      .map((test) => `unit: ${path.relative('.', file.name)} › ${test.fullName}`),
  ),
  ...playwrightFailures(e2e?.suites ?? []),
];
function playwrightFailures(suites, titles = []) {
  return suites.flatMap((suite) => [
    ...playwrightFailures(suite.suites ?? [], [...titles, suite.title]),
    ...(suite.specs ?? [])
      .filter((spec) => spec.tests?.some((test) => test.status === 'unexpected'))
      .map((spec) => {
        const last = spec.tests.find((test) => test.status === 'unexpected')?.results?.at(-1);
        const why = (last?.error?.message ?? '').split('\n')[0].slice(0, 200);
        return `browser: ${[...titles, spec.title].filter(Boolean).join(' › ')}${why ? ` (${why})` : ''}`;
      }),
  ]);
}
if (failedNames.length > 0) console.error(`\nFailed tests:\n  ${failedNames.join('\n  ')}`);
if (problems.length > 0) console.error(`\nFailed: ${problems.join(', ')}`);
console.log(
  `\nunit ${unit?.numPassedTests ?? 0}/${unit?.numTotalTests ?? 0}, browser ${(e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0)}/${(e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0) + (e2e?.stats?.unexpected ?? 0)}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(problems.length > 0 || failed > 0 ? 1 : 0);
