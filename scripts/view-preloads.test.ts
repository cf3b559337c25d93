import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { viewFiles } from './view-preloads';

/** A stand-in for Rollup's output: only the fields viewFiles reads. */
function chunk(fileName: string, more: Partial<Rollup.OutputChunk> = {}): Rollup.OutputChunk {
  return {
    type: 'chunk',
    fileName,
    imports: [],
    moduleIds: [],
    isEntry: false,
    facadeModuleId: null,
    ...more,
  } as unknown as Rollup.OutputChunk;
}

const bundle = Object.fromEntries(
  [
    chunk('assets/index.js', { isEntry: true, imports: ['assets/react.js'] }),
    chunk('assets/react.js'),
    chunk('assets/notebook.js', {
      facadeModuleId: '/repo/src/features/notebook/notebook-page.tsx',
      imports: ['assets/react.js', 'assets/virtual.js'],
    }),
    chunk('assets/virtual.js'),
    chunk('assets/quotes-page.js', {
      facadeModuleId: '/repo/src/features/quotes/quotes-page.tsx',
      imports: ['assets/react.js'],
    }),
    chunk('assets/article-loader.js', {
      facadeModuleId: '/repo/src/db/article-loader.ts',
      imports: ['assets/parser.js'],
    }),
    chunk('assets/parser.js'),
    chunk('assets/nb-de.js', {
      moduleIds: ['\0virtual:sidenote-messages/de/notebook'],
      imports: ['assets/plurals.js'],
    }),
    chunk('assets/nb-en.js', { moduleIds: ['\0virtual:sidenote-messages/en/notebook'] }),
    chunk('assets/reader-de.js', { moduleIds: ['\0virtual:sidenote-messages/de/reader'] }),
    chunk('assets/reader-en.js', { moduleIds: ['\0virtual:sidenote-messages/en/reader'] }),
    chunk('assets/core-de.js', { moduleIds: ['\0virtual:sidenote-messages/de/app+ui'] }),
    chunk('assets/plurals.js'),
  ].map((c) => [c.fileName, c]),
);

describe("the views' files for /boot.js", () => {
  it("list a view's code and its words per language, without what the entry loads", () => {
    const files = viewFiles(bundle, '/');
    expect(files.notebook).toEqual({
      code: ['/assets/notebook.js', '/assets/virtual.js'],
      words: {
        de: ['/assets/nb-de.js', '/assets/plurals.js', '/assets/reader-de.js'],
        en: ['/assets/nb-en.js', '/assets/reader-en.js'],
      },
    });
  });

  it('list the modules a view loads on demand before its content shows, with their imports', () => {
    // The quotes wait for every article to be parsed: the parser comes with their code.
    expect(viewFiles(bundle, '/').quotes?.code).toEqual([
      '/assets/quotes-page.js',
      '/assets/article-loader.js',
      '/assets/parser.js',
    ]);
  });

  it('leave out a view the build has no chunk for, and follow the base', () => {
    const files = viewFiles(bundle, '/sidenote/');
    expect(Object.keys(files)).toEqual(['notebook', 'quotes']);
    expect(files.notebook?.code).toEqual([
      '/sidenote/assets/notebook.js',
      '/sidenote/assets/virtual.js',
    ]);
  });
});
