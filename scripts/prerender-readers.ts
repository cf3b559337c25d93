import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createServer, type Plugin } from 'vite';
import type { Article } from '../src/domain/article/types.ts';
import { articleIdFromFile, type ManifestEntry } from '../src/domain/library/manifest.ts';
import { messagesPlugin } from './messages-plugin.ts';
import { buildManifest } from './seed-manifest.ts';
import { PRERENDERED_PAGE } from '../src/app/prerendered-page.ts';

type Page = { titleTag: string; html: string };
type Prerender = (id: string, bytes: ArrayBuffer) => Page | undefined;
type PrerenderCompare = (left: Article, right: Article, entries: ManifestEntry[]) => Page;

/** The search worker's file in the build (src/features/search/search-client.ts). */
const SEARCH_WORKER = /^assets\/search\.worker-[^/]*\.js$/;

const ROOT_TAG = '<div id="root"></div>';
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;
/** The app's entry, which a prerendered page starts after its first paint (src/app/boot.ts). */
const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

const BOOT_SCRIPT = '<script src="/boot.js"></script>';

const CHARSET = /\s*<meta charset="[^"]*"\s*\/?>/i;

/** `html` with its `<meta charset>` as the first thing in `<head>`. */
export function charsetFirst(html: string): string {
  const charset = CHARSET.exec(html)?.[0].trim();
  if (!charset) return html;
  return html.replace(CHARSET, '').replace(/<head>/i, (head) => `${head}\n    ${charset}`);
}

/**
 * After a build, writes `read/<id>.html` for every shipped article: the app's index.html with
 * the reader already drawn in #root (src/app/prerender.tsx, rendered through Vite so the app's
 * own components and aliases are used). A cold load of /read/<id> then paints the text before
 * any JavaScript runs; the app takes over in place (src/main.tsx). Benchmark row 2.
 *
 * Likewise `compare/<left>/<right>.html` for every ordered pair of two different shipped
 * articles: side by side, both articles drawn (src/features/reader/side-by-side/static-compare.tsx).
 * A pair with an article the reader added is left to the app (index.html).
 *
 * And `notebook.html`: the notebook as a first visit sees it, empty (src/features/notebook/static-notebook.tsx).
 * And `search.html`: search before its results (src/features/search/static-search.tsx).
 */
export function prerenderReaders(seedDir: string, localesDir: string): Plugin {
  let root = '';
  let outDir = '';
  let alias: Record<string, string> = {};
  return {
    name: 'sidenote-prerender-readers',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
      alias = Object.fromEntries(
        config.resolve.alias
          .filter((a) => typeof a.find === 'string')
          .map((a) => [a.find as string, a.replacement]),
      );
    },
    async writeBundle(_options, bundle) {
      // The charset must be declared in the page's first 1,024 bytes (HTML's rule; Lighthouse's
      // best practices): the metas other plugins put at the top of <head> (the views' files,
      // the CSP) would push it past that, so it goes first.
      const built = await readFile(path.join(outDir, 'index.html'), 'utf8');
      const template = charsetFirst(built);
      if (template !== built) await writeFile(path.join(outDir, 'index.html'), template);
      if (!template.includes(ROOT_TAG)) this.error(`index.html has no empty ${ROOT_TAG}`);
      // The article paints without any script: the app's code need not compete with the HTML,
      // CSS and fonts for a phone's bandwidth before it (Lighthouse, bench row 12). No chunk is
      // preloaded, and the entry is named, not loaded: /boot.js starts it once the page has
      // painted, and it fetches its chunks itself.
      const entry = ENTRY_SCRIPT.exec(template)?.[1];
      if (!entry) this.error('index.html has no module script for the app');
      if (!/<html /.test(template)) this.error('index.html has no <html> with attributes');
      const prerenderedTemplate = template
        // Tells /boot.js that the page draws before the app (src/app/boot.ts).
        .replace(/<html /, `<html ${PRERENDERED_PAGE}="" `)
        .replace(MODULE_PRELOAD, '')
        .replace(ENTRY_SCRIPT, `<meta name="sidenote-entry" content="${entry}">`);
      // Every prerendered page keeps the lists of the view's code and words: /boot.js asks for
      // them once the page has painted, beside the entry, each in a task of its own, rather
      // than after it has run (one download round less before the app can take over, and no
      // preload links added in one of the app's first tasks: eight took 56 ms at 4× CPU).
      const server = await createServer({
        root,
        configFile: false,
        logLevel: 'error',
        plugins: [messagesPlugin(localesDir)],
        resolve: { alias },
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const {
          prerenderReader,
          prerenderReady,
          prerenderCompare,
          prerenderNotebook,
          prerenderSearch,
          readArticle,
        } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
          prerenderReader: Prerender;
          prerenderReady: () => Promise<void>;
          prerenderCompare: PrerenderCompare;
          prerenderNotebook: () => Promise<Page>;
          prerenderSearch: () => Promise<Page>;
          readArticle: (id: string, bytes: ArrayBuffer) => Article | undefined;
        };
        await prerenderReady();
        const files = (await readdir(seedDir)).filter((f) => articleIdFromFile(f) !== undefined);
        const fill = (page: Page, into = prerenderedTemplate) =>
          into
            .replace(ROOT_TAG, `<div id="root">${page.html}</div>`)
            .replace('<title>Sidenote</title>', page.titleTag);
        await mkdir(path.join(outDir, 'read'), { recursive: true });
        const articles: Article[] = [];
        for (const file of files.sort()) {
          const id = articleIdFromFile(file) ?? file;
          const bytes = new Uint8Array(await readFile(path.join(seedDir, file))).buffer;
          const page = prerenderReader(id, bytes);
          if (!page) continue;
          await writeFile(path.join(outDir, 'read', `${id}.html`), fill(page));
          const article = readArticle(id, bytes);
          if (article) articles.push(article);
        }
        // Side by side's pickers list the seeds as the app's article list does.
        const { articles: entries } = await buildManifest(seedDir);
        for (const left of articles) {
          const dir = path.join(outDir, 'compare', encodeURIComponent(left.id));
          await mkdir(dir, { recursive: true });
          for (const right of articles) {
            if (right.id === left.id) continue;
            const page = prerenderCompare(left, right, entries);
            const html = fill(page);
            await writeFile(path.join(dir, `${encodeURIComponent(right.id)}.html`), html);
          }
        }
        // The notebook as a first visit sees it, in every interface language (one shows).
        // Like side by side, it keeps the lists of the view's code and words for after the paint.
        await writeFile(path.join(outDir, 'notebook.html'), fill(await prerenderNotebook()));
        // Search before its results, in every interface language (one shows), naming the search
        // worker and /search-first.js, which draws a first visit's results before the app has
        // come (decision 0032). Like side by side, it keeps the lists of the view's files.
        const worker = Object.keys(bundle).find((file) => SEARCH_WORKER.test(file));
        if (!worker) this.error('the build has no search worker (assets/search.worker-*.js)');
        // After /boot.js, which it needs to have run (the reader's language, the downloads).
        const searchTemplate = prerenderedTemplate.replace(
          BOOT_SCRIPT,
          `${BOOT_SCRIPT}\n    <meta name="sidenote-search-worker" content="/${worker}">\n    <script async src="/search-first.js"></script>`,
        );
        if (searchTemplate === prerenderedTemplate) this.error(`index.html has no ${BOOT_SCRIPT}`);
        await writeFile(
          path.join(outDir, 'search.html'),
          fill(await prerenderSearch(), searchTemplate),
        );
      } finally {
        await server.close();
      }
    },
  };
}
