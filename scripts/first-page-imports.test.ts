import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));

/** Every non-test TypeScript file of the app, relative to src/. */
const sources = () =>
  readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file),
  );

describe('the first page (bench row 1)', () => {
  // The shell imports the @/db barrel statically. A dynamic import('@/db') as well makes the
  // bundler keep every export of the barrel, every repository, in the first page's file.
  it('imports the @/db barrel statically only, never with import()', () => {
    const dynamic = sources().filter((file) =>
      /import\(\s*['"]@\/db['"]\s*\)/.test(readFileSync(path.join(src, file), 'utf8')),
    );
    expect(dynamic).toEqual([]);
  });
});
