import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The app the server serves: built once into `<data>/app` (never into the repository) and built
 * again when the sources changed since. Returns the folder, or undefined when it cannot be built.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (max, name) => Math.max(max, newestChange(join(path, name))),
    stat.mtimeMs,
  );
}

export async function ensureApp(dataDir: string): Promise<string | undefined> {
  const outDir = join(dataDir, 'app');
  const stampFile = join(outDir, '.sidenote-build');
  const stamp = String(Math.max(...SOURCES.map((s) => newestChange(join(ROOT, s)))));
  if (
    existsSync(join(outDir, 'index.html')) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === stamp
  ) {
    return outDir;
  }
  console.log(`Building the app to serve it from this server (into ${outDir})…`);
  const result = spawnSync(
    'npx',
    [
      'vite',
      'build',
      '--configLoader',
      'runner',
      '--logLevel',
      'warn',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    console.error(
      'The app could not be built; serving sync only. Start the reader with "npm start".',
    );
    return undefined;
  }
  writeFileSync(stampFile, stamp);
  return outDir;
}
