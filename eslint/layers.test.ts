import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { layers } from './layers.js';

/**
 * The layer rules on a miniature of src/ (eslint/fixtures/layers): every `*.bad.ts` file makes
 * one import the rules must refuse, every `*.ok.ts` file imports what they must allow.
 */
const root = fileURLToPath(new URL('./fixtures/layers', import.meta.url));

function cases(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cases(full);
    return /\.(bad|ok)\.ts$/.test(entry.name) ? [path.relative(root, full)] : [];
  });
}

const files = cases(path.join(root, 'src')).sort();
let results: Map<string, ESLint.LintResult>;

beforeAll(async () => {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      ...layers(root),
    ],
  });
  const linted = await eslint.lintFiles(files);
  results = new Map(linted.map((r) => [path.relative(root, r.filePath), r]));
}, 60_000);

const problems = (file: string) =>
  (results.get(file)?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);

describe('the layer rules', () => {
  it('have cases for every layer', () => {
    expect(files.filter((f) => f.endsWith('.bad.ts')).length).toBeGreaterThanOrEqual(20);
    for (const layer of ['app', 'features', 'shared', 'db/live', 'db', 'domain']) {
      expect(files.some((f) => f.startsWith(`src/${layer}/`))).toBe(true);
    }
  });

  it.each(files.filter((f) => f.endsWith('.bad.ts')))('refuse %s', (file) => {
    const found = problems(file);
    expect(found.length, file).toBe(1);
    expect(found[0]).toMatch(/^boundaries\/dependencies: /);
  });

  it.each(files.filter((f) => f.endsWith('.ok.ts')))('allow %s', (file) => {
    expect(problems(file)).toEqual([]);
  });

  it('say why', () => {
    expect(problems('src/features/alpha/imports-other-feature.bad.ts')[0]).toMatch(
      /never imports another feature/,
    );
    expect(problems('src/shared/imports-dexie.bad.ts')[0]).toMatch(/Only src\/db imports dexie/);
    expect(problems('src/domain/imports-db-barrel.bad.ts')[0]).toMatch(/Layers point one way/);
  });
});
