import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex, search, type SearchResult } from '@/domain/search';
import { loadSeeds, makeArticle, makeHighlight, makeTag } from '@/domain/search/search-fixtures';
import {
  EARLY_WORKER_WAIT_MS,
  SearchClient,
  startSearchWorkerEarly,
  takeOrStartSearchWorker,
  type SearchWorker,
} from './search-client';
import { createSearchEngine, type SearchAnswer, type SearchRequest } from './search-engine';
import { searchArticle } from './search-source';
import { useSearchResults } from './use-search-results';

/**
 * A stand-in for the search worker: the same engine, answering each message a task later (as a
 * worker does), with every request kept for the test to read.
 */
class FakeWorker implements SearchWorker {
  indexed?: readonly string[];
  readonly received: SearchRequest[] = [];
  onmessage: ((event: MessageEvent<SearchAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  private readonly engine = createSearchEngine();

  postMessage(request: SearchRequest): void {
    this.received.push(structuredClone(request));
    const answer = this.engine(structuredClone(request));
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data: answer }));
    });
  }

  terminate(): void {
    this.terminated = true;
  }

  /** What a worker whose script failed does. */
  crash(message: string): void {
    this.onerror?.(new ErrorEvent('error', { message, cancelable: true }));
  }
}

function clientWithWorkers() {
  const workers: FakeWorker[] = [];
  const client = new SearchClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

const SEED_DIR = path.resolve(import.meta.dirname, '../../../public/seeds');

const NATO = makeArticle('nato', 'Gipfel in Washington', [
  'Das Bündnis trifft sich in Washington.',
  'Der Außenminister sprach mit Stoltenberg.',
]);
const KIEW = makeArticle('kiew', 'Lage in Kiew', ['Die Ukraine bittet um Luftabwehr.']);
const ARTICLES = [NATO, KIEW].map((article) => ({ article }));

describe('the search client', () => {
  it('answers from the worker exactly as the search does in this thread, parsing the files there', async () => {
    // The seed files' bytes, as the page sends them; parsed in the worker as the reader does.
    const files = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt'));
    const sources = files.sort().map((file) => ({
      id: file.replace(/\.txt$/, ''),
      bytes: new Uint8Array(readFileSync(path.join(SEED_DIR, file))).buffer,
    }));
    const seeds = loadSeeds().map(searchArticle);
    const { client, workers } = clientWithWorkers();
    await client.index({ articles: sources, highlights: [], tags: [] });
    const index = buildSearchIndex({ articles: seeds, highlights: [], tags: [] });
    for (const query of ['Stoltenberg', 'Bundnis', 'aussenminister', '„strategische Niederlage“']) {
      expect(await client.search(query, { limit: 80 })).toEqual(
        search(index, query, { limit: 80 }),
      );
    }
    expect(workers).toHaveLength(1);
  });

  it('parses an added article’s text there too, and leaves out one that does not parse', async () => {
    const { client } = clientWithWorkers();
    const raw = 'Gipfel\n\nStoltenberg sprach in Washington über das Bündnis.';
    await client.index({
      articles: [
        { id: 'mine-1', raw },
        { id: 'empty', raw: '   ' },
        { id: 'garbled', bytes: new Uint8Array([0xff, 0xfe, 0x00, 0xd8]).buffer },
        { article: KIEW },
      ],
      highlights: [],
      tags: [],
    });
    expect((await client.search('Bundnis')).map((r) => r.articleId)).toEqual(['mine-1']);
    expect((await client.search('Luftabwehr')).map((r) => r.articleId)).toEqual(['kiew']);
  });

  it('sends the articles once, and an update of highlights and tags without them', async () => {
    const { client, workers } = clientWithWorkers();
    const tag = makeTag('t1', 'Luftverteidigung');
    await client.index({ articles: ARTICLES, highlights: [], tags: [] });
    expect(await client.search('Luftverteidigung')).toEqual([]);

    const highlight = makeHighlight('h1', KIEW, 'bittet um Luftabwehr', 'Patriot-Systeme', ['t1']);
    await client.index({ articles: ARTICLES, highlights: [highlight], tags: [tag] });
    const [first, , second] = workers[0]?.received ?? [];
    expect(first).toMatchObject({ kind: 'index', articles: ARTICLES });
    expect(second).toMatchObject({ kind: 'index', highlights: [highlight] });
    expect(second).not.toHaveProperty('articles');

    expect((await client.search('Patriot')).map((r) => [r.kind, r.highlightId])).toEqual([
      ['note', 'h1'],
    ]);
    expect((await client.search('Luftverteidigung')).map((r) => r.kind)).toContain('tag');
    // The articles are still there.
    expect((await client.search('Washington')).map((r) => r.articleId)).toContain('nato');
  });

  it('does not index again what the worker taken over had indexed (decision 0032), but a change', async () => {
    const prebuilt = new FakeWorker();
    prebuilt.postMessage({ id: 90, kind: 'index', articles: ARTICLES, highlights: [], tags: [] });
    prebuilt.indexed = ['nato', 'kiew'];
    const client = new SearchClient(() => prebuilt);
    await client.index({ articles: ARTICLES, highlights: [], tags: [] });
    expect(prebuilt.received).toHaveLength(1);
    expect((await client.search('Stoltenberg')).map((r) => r.articleId)).toEqual(['nato']);

    const highlight = makeHighlight('h1', KIEW, 'bittet um Luftabwehr', 'Patriot-Systeme');
    await client.index({ articles: ARTICLES, highlights: [highlight], tags: [] });
    expect(prebuilt.received.at(-1)).toMatchObject({ kind: 'index', highlights: [highlight] });
    expect((await client.search('Patriot')).map((r) => r.highlightId)).toEqual(['h1']);

    // Other articles than the worker had: sent and indexed.
    const other = new FakeWorker();
    other.indexed = ['nato'];
    const second = new SearchClient(() => other);
    await second.index({ articles: ARTICLES, highlights: [], tags: [] });
    expect(other.received).toMatchObject([{ kind: 'index', articles: ARTICLES }]);
  });

  it('refuses every waiting request with the reason when the worker fails, then starts again', async () => {
    const { client, workers } = clientWithWorkers();
    await client.index({ articles: ARTICLES, highlights: [], tags: [] });
    const waiting = client.search('Bündnis');
    workers[0]?.crash('Out of memory');
    await expect(waiting).rejects.toThrow('Out of memory');
    expect(workers[0]?.terminated).toBe(true);

    // The next request starts a new worker, which is sent the last index first.
    expect((await client.search('Bündnis')).map((r) => r.articleId)).toEqual(['nato']);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.received.map((r) => r.kind)).toEqual(['index', 'search']);
  });

  it('says why a search before any index fails, instead of finding nothing', async () => {
    const { client } = clientWithWorkers();
    await expect(client.search('Bündnis')).rejects.toThrow('not built yet');
  });

  it('runs the same engine in this thread where there are no workers', async () => {
    const client = new SearchClient(() => undefined);
    await client.index({ articles: ARTICLES, highlights: [], tags: [] });
    expect((await client.search('Luftabwehr')).map((r) => r.articleId)).toEqual(['kiew']);
  });
});

describe('a search worker started before its page', () => {
  /** Every worker started, early or by the client, and a client that takes the early one. */
  function setup() {
    const workers: FakeWorker[] = [];
    const start = () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    };
    return { workers, start, client: () => new SearchClient(() => takeOrStartSearchWorker(start)) };
  }

  afterEach(() => {
    // Nothing left waiting for the next test.
    takeOrStartSearchWorker(() => undefined)?.terminate();
    vi.useRealTimers();
  });

  it('is the one the page’s client builds in and searches, not a second', async () => {
    const { workers, start, client } = setup();
    startSearchWorkerEarly(start);
    startSearchWorkerEarly(start); // a second call while one waits starts nothing
    expect(workers).toHaveLength(1);
    const c = client();
    c.prepare();
    await c.index({ articles: ARTICLES, highlights: [], tags: [] });
    expect((await c.search('Luftabwehr')).map((r) => r.articleId)).toEqual(['kiew']);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received.map((r) => r.kind)).toEqual(['index', 'search']);
    // The page goes: its worker stops, and the next page starts its own.
    c.close();
    expect(workers[0]?.terminated).toBe(true);
    client().prepare();
    expect(workers).toHaveLength(2);
  });

  it('is stopped when no page takes it in time', () => {
    vi.useFakeTimers();
    const { workers, start, client } = setup();
    startSearchWorkerEarly(start);
    vi.advanceTimersByTime(EARLY_WORKER_WAIT_MS - 1);
    expect(workers[0]?.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(workers[0]?.terminated).toBe(true);
    // A page that comes later starts its own.
    client().prepare();
    expect(workers).toHaveLength(2);
  });

  it('that failed before its page came is stopped, and the page starts another', async () => {
    const { workers, start, client } = setup();
    startSearchWorkerEarly(start);
    workers[0]?.crash('Failed to load the script');
    const c = client();
    await c.index({ articles: ARTICLES, highlights: [], tags: [] });
    expect(workers[0]?.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect((await c.search('Luftabwehr')).map((r) => r.articleId)).toEqual(['kiew']);
  });
});

/** A client whose answers the test hands out, in any order. */
function manualClient() {
  const asked: Array<{ query: string; answer: (r: SearchResult[]) => void }> = [];
  const client = {
    search: (query: string) =>
      new Promise<SearchResult[]>((resolve) => asked.push({ query, answer: resolve })),
  } as unknown as SearchClient;
  return { client, asked };
}

const hit = (articleId: string): SearchResult => ({
  kind: 'paragraph',
  score: 1,
  articleId,
  snippet: { text: articleId, matches: [] },
});

describe('useSearchResults', () => {
  it('drops the answer to an older query that arrives after a newer one', async () => {
    const { client, asked } = manualClient();
    const { result, rerender } = renderHook(
      ({ query }) => useSearchResults(client, 1, query, undefined),
      { initialProps: { query: 'Stol' } },
    );
    rerender({ query: 'Stoltenberg' });
    expect(asked.map((a) => a.query)).toEqual(['Stol', 'Stoltenberg']);
    await act(async () => asked[1]?.answer([hit('new')]));
    await waitFor(() => expect(result.current.answer?.query).toBe('Stoltenberg'));
    await act(async () => asked[0]?.answer([hit('old')]));
    expect(result.current.answer).toEqual({
      query: 'Stoltenberg',
      results: [hit('new')],
      hidden: 0,
    });
  });

  it('asks again when the index is rebuilt, and filters by outlet', async () => {
    const { client, asked } = manualClient();
    const keep = (id: string) => id === 'a';
    const { result, rerender } = renderHook(
      ({ version }) => useSearchResults(client, version, 'NATO', keep),
      { initialProps: { version: undefined as number | undefined } },
    );
    expect(asked).toHaveLength(0);
    rerender({ version: 1 });
    await act(async () => asked[0]?.answer([hit('a'), hit('b'), hit('a')]));
    await waitFor(() => expect(result.current.answer?.results).toEqual([hit('a'), hit('a')]));
    expect(result.current.answer?.hidden).toBe(1);
    rerender({ version: 2 });
    expect(asked).toHaveLength(2);
  });
});
