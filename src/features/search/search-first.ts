import type { SearchResult } from '@/domain/search';
import type { ManifestEntry } from '@/domain/library/manifest';
import { fetchEarly, MANIFEST_INIT, MANIFEST_PATH, seedPath } from '@/db/early-fetch';
import { databaseListed, EARLY_DB_NAME } from '@/db/early-highlights-read';
import { pendingCopiesKept } from '@/db/pending-key';
import type { MessageId } from '@/shared/i18n/message-id';
import type { SearchAnswer, SearchRequest } from './search-engine';
import type { SearchSource } from './search-source';
import {
  hrefFor,
  KIND_LABEL,
  LIMIT,
  RESULT_CLASS,
  RESULTS_REGION,
  resultArticle,
  snippetLanguage,
  snippetParts,
  splitResults,
  type ResultArticle,
} from './result-parts';
import { SEARCH_FIRST_WORKER_WAIT_MS } from './search-first-answer';

/**
 * /search-first.js (built from src/app/search-first-entry.ts, started by /boot.js): on a first
 * visit to `/search?q=…`, the page built for search (static-search.tsx) gets its results before
 * the app's code has arrived. It starts the app's own search worker (its file is named in
 * `<meta name="sidenote-search-worker">`), sends it the shipped articles (the downloads
 * /boot.js started, which stay for the app) and the query, and draws the answer with the
 * search view's words and classes (result-parts.ts) where the app draws it. The app's first
 * render shows the same answer (search-first-answer.ts), so nothing moves, and its search client
 * takes this worker over with its index. Decision 0032.
 *
 * Only where nothing is saved (IndexedDB lists no Sidenote database and no highlight is kept
 * mid-write, as boot.js asks for the first visit's notebook): a saved highlight, note or tag would be a result
 * this index lacks. Resolves once the results are drawn, or once it knows it draws none (no
 * query, an outlet chosen, a download or the worker failed, nothing found): the app does.
 */
export async function drawSearchFirst(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  if (!query.trim() || [...params.keys()].some((k) => k !== 'q')) return;
  const workerUrl = meta('sidenote-search-worker');
  if (!workerUrl || typeof Worker === 'undefined') return;
  const locale = document.documentElement.dataset.uiLocale ?? 'en';
  // Started at once, so its script loads while the articles do; stopped if something is saved.
  const worker = new Worker(workerUrl, { type: 'module', name: 'sidenote-search-first' });
  let kept = false;
  try {
    const stored = databaseListed().then((l) => l || pendingCopiesKept(EARLY_DB_NAME));
    // The words once the page has painted: before, they would share the connection with what
    // that paint needs (and count towards it in Lighthouse's simulation, bench row 12).
    const words = afterFirstPaint().then(() => loadWords(locale));
    const [entries, saved] = await Promise.all([readEntries(), stored]);
    if (saved) return;
    const readable = entries.filter((e) => e.summary && !e.error && !e.origin);
    const sources = await Promise.all(readable.map(readSeed));
    const results = await ask(worker, sources, query);
    const t = await words;
    if (!results.length || !t) return;
    if (document.readyState === 'loading') await domLoaded();
    const region = document.querySelector(
      `[data-prerendered][data-prerendered-locale="${locale}"] [${RESULTS_REGION}]`,
    );
    // The app has taken over meanwhile (or the page is not the one built for search).
    if (!region?.isConnected || !region.closest('[data-prerendered]')) return;
    const articles = new Map(readable.map((e) => [e.id, resultArticle(e)]));
    region.replaceChildren(drawResults(results, articles, t));
    globalThis.sidenoteSearchFirst = { query, results };
    // The app's search page takes this worker and its index over, rather than parse and index
    // the same articles again while it starts (search-client.ts).
    const held = {
      worker,
      indexed: sources.map((source) => ('id' in source ? source.id : source.article.id)),
      timer: setTimeout(() => {
        if (globalThis.sidenoteSearchWorker !== held) return;
        globalThis.sidenoteSearchWorker = undefined;
        worker.terminate();
      }, SEARCH_FIRST_WORKER_WAIT_MS),
    };
    globalThis.sidenoteSearchWorker = held;
    kept = true;
    // The app's code starts once they are on screen, not in the same frame.
    await onScreen(region);
  } catch {
    // The app searches as it always did.
  } finally {
    if (!kept) worker.terminate();
  }
}

const domLoaded = () =>
  new Promise<void>((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );

/** How long the results may take to reach the screen before the app starts regardless. */
const ON_SCREEN_LATEST_MS = 1000;

/**
 * Once the browser reports the results painted (their largest element is the page's largest
 * paint so far); a frame's end comes before that. In a tab in the background there is no paint:
 * the app starts after `ON_SCREEN_LATEST_MS`.
 */
function onScreen(region: Element): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer?.disconnect();
      setTimeout(resolve, 0);
    };
    setTimeout(done, ON_SCREEN_LATEST_MS);
    const Observer = globalThis.PerformanceObserver;
    const observer = Observer?.supportedEntryTypes?.includes('largest-contentful-paint')
      ? new Observer((list) => {
          const painted = list.getEntries() as Array<PerformanceEntry & { element?: Element }>;
          if (painted.some((e) => e.element && region.contains(e.element))) done();
        })
      : undefined;
    if (observer) observer.observe({ type: 'largest-contentful-paint', buffered: true });
    else requestAnimationFrame(() => done());
  });
}

/** Once the page's first text is on screen (at once where the browser cannot tell). */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const Observer = globalThis.PerformanceObserver;
    if (!Observer?.supportedEntryTypes?.includes('paint')) return resolve();
    const observer = new Observer((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(resolve, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

type Words = (id: MessageId, params?: Record<string, number>) => string;

function meta(name: string): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || undefined;
}

/** An early download (boot.js's, or started now for the app to take), read without taking it. */
function early(path: string, init?: RequestInit): Promise<Response> {
  const started = globalThis.sidenoteEarly?.get(path) ?? fetchEarly(path, init);
  if (!started) return Promise.reject(new Error(`${path}: no download`));
  return started.then((response) => response.clone());
}

async function readEntries(): Promise<ManifestEntry[]> {
  const response = await early(MANIFEST_PATH, MANIFEST_INIT);
  if (!response.ok) throw new Error('manifest');
  const { articles } = (await response.json()) as { articles?: ManifestEntry[] };
  if (!Array.isArray(articles)) throw new Error('manifest');
  return articles;
}

/** A shipped file's bytes, with the reader's checks (article-source.ts `fetchSeedBytes`). */
async function readSeed(entry: ManifestEntry): Promise<SearchSource> {
  const response = await early(seedPath(entry.file));
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || type.includes('text/html')) throw new Error(`${entry.file}: not found`);
  return { id: entry.id, bytes: await response.arrayBuffer() };
}

/** The view's words in `locale`: the catalog files boot.js preloads for it (`sidenote-views`). */
async function loadWords(locale: string): Promise<Words | undefined> {
  const views = JSON.parse(meta('sidenote-views') ?? '{}') as {
    search?: { words?: Record<string, string[]> };
  };
  const files = views.search?.words?.[locale] ?? [];
  const modules = await Promise.all(
    files.map((href) => import(/* @vite-ignore */ href) as Promise<{ default?: unknown }>),
  );
  const catalog: Record<string, (params: Record<string, number>) => string> = {};
  for (const m of modules)
    if (m.default && typeof m.default === 'object') Object.assign(catalog, m.default);
  if (!catalog['search.count']) return undefined;
  return (id, params = {}) => catalog[id]?.(params) ?? '';
}

/** The index over `sources` (nothing saved: no highlights, no tags), and the query's results. */
function ask(worker: Worker, sources: SearchSource[], query: string): Promise<SearchResult[]> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SearchAnswer>) => {
      const answer = event.data;
      if (!answer.ok) reject(new Error(answer.reason));
      else if (answer.id === 2) resolve(answer.results ?? []);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message));
    };
    const requests: SearchRequest[] = [
      { id: 1, kind: 'index', articles: sources, highlights: [], tags: [] },
      { id: 2, kind: 'search', query, options: { limit: LIMIT } },
    ];
    for (const request of requests) worker.postMessage(request);
  });
}

/** The results as the search page draws them (search-page.tsx, `ResultList`). */
function drawResults(
  results: SearchResult[],
  articles: Map<string, ResultArticle>,
  t: Words,
): Element {
  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
    ...children: Array<Node | string>
  ) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    node.append(...children);
    return node;
  };
  const list = (heading: string, items: SearchResult[]) => {
    const section = el('section', '', el('h2', RESULT_CLASS.sectionHeading, heading));
    section.setAttribute('aria-label', heading);
    const ol = el(
      'ol',
      RESULT_CLASS.items,
      ...items.map((r) => {
        const article = articles.get(r.articleId);
        const label = `${t(KIND_LABEL[r.kind])} · ${article?.title ?? r.articleId}`;
        const snippet = el(
          'span',
          RESULT_CLASS.snippet,
          ...snippetParts(r.snippet).map((p) =>
            p.hit ? el('mark', RESULT_CLASS.hit, p.text) : p.text,
          ),
        );
        const lang = snippetLanguage(r, article);
        if (lang) snippet.lang = lang;
        const link = el(
          'a',
          RESULT_CLASS.link,
          el('span', RESULT_CLASS.kindAndTitle, label),
          snippet,
        );
        link.href = hrefFor(r);
        return el('li', '', link);
      }),
    );
    section.append(ol);
    return section;
  };
  const { inText, inNotes } = splitResults(results);
  const root = el(
    'div',
    RESULT_CLASS.list,
    el('p', RESULT_CLASS.count, t('search.count', { count: results.length })),
  );
  if (inNotes.length) root.append(list(t('search.section.notes'), inNotes));
  if (inText.length) root.append(list(t('search.section.text'), inText));
  return root;
}
