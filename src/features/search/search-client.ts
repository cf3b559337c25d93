import type { SearchOptions, SearchResult } from '@/domain/search';
import type { Highlight, Tag } from '@/domain/annotations/types';
import type { SearchAnswer, SearchRequest } from './search-engine';
import type { SearchSource } from './search-source';
import { takeSearchFirstWorker } from './search-first-answer';

/** What the client needs of a worker (a real `Worker`, or a stand-in in tests). */
export interface SearchWorker {
  /**
   * The articles its index was already built from, with no highlights or tags (the worker
   * /search-first.js leaves for the page, decision 0032): an `index` of the same is not sent.
   */
  indexed?: readonly string[];
  postMessage(request: SearchRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<SearchAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface SearchIndexInput {
  /**
   * The same array until the articles change: only then is their text sent again (and parsed
   * in the worker).
   */
  articles: ReadonlyArray<SearchSource>;
  highlights: ReadonlyArray<Highlight>;
  tags: ReadonlyArray<Tag>;
}

type Pending = {
  resolve: (answer: SearchAnswer & { ok: true }) => void;
  reject: (e: Error) => void;
};
/** A request before it is given its id. */
type Job<R = SearchRequest> = R extends SearchRequest ? Omit<R, 'id'> : never;

/** The search worker of the app's build; undefined where there are no workers (jsdom). */
export function startSearchWorker(): SearchWorker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new Worker(new URL('./search.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sidenote-search',
  }) as SearchWorker;
}

/** How long a worker started ahead (`startSearchWorkerEarly`) waits for its page, at most. */
export const EARLY_WORKER_WAIT_MS = 10_000;

/** A worker started before its page, until a client takes it or it is stopped unused. */
let early:
  { worker: SearchWorker; failed: boolean; timer: ReturnType<typeof setTimeout> } | undefined;

/**
 * Starts the search worker before its page has rendered (when the page's code loads on a cold
 * load, search-page.tsx), so that its script loads and starts while the articles download and
 * are parsed, not after them (bench row 12). The page's client takes it over
 * (`takeOrStartSearchWorker`); one that no page takes within `EARLY_WORKER_WAIT_MS` is stopped.
 * One that fails before it is taken is stopped then, and the page starts another.
 */
export function startSearchWorkerEarly(start = startSearchWorker): void {
  // /search-first.js has left one with its index built (decision 0032).
  if (early || globalThis.sidenoteSearchWorker) return;
  const worker = start();
  if (!worker) return;
  const held = {
    worker,
    failed: false,
    timer: setTimeout(() => {
      if (early !== held) return;
      early = undefined;
      worker.terminate();
    }, EARLY_WORKER_WAIT_MS),
  };
  worker.onerror = (event) => {
    event.preventDefault();
    held.failed = true;
  };
  early = held;
}

/**
 * The worker /search-first.js answered with (decision 0032), or the one started early if it is
 * waiting and has not failed; else a new one.
 */
export function takeOrStartSearchWorker(start = startSearchWorker): SearchWorker | undefined {
  const answered = takeSearchFirstWorker();
  if (answered) {
    const worker = answered.worker as unknown as SearchWorker;
    worker.indexed = answered.indexed;
    return worker;
  }
  const held = early;
  early = undefined;
  if (held) {
    clearTimeout(held.timer);
    held.worker.onerror = null;
    if (!held.failed) return held.worker;
    held.worker.terminate();
  }
  return start();
}

/**
 * Builds the search index and answers queries in a worker of its own (started on first use, or
 * taken over from `startSearchWorkerEarly`), pairing each answer with its request. If the worker
 * fails, every waiting request is refused with the reason; the next request starts a new worker,
 * which is sent the last index first. Where there are no workers, the same engine runs in this
 * thread instead.
 */
export class SearchClient {
  private worker: SearchWorker | undefined;
  private local: Promise<(request: SearchRequest) => SearchAnswer> | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The articles the running worker has, so an update without new articles leaves them out. */
  private sentArticles: ReadonlyArray<SearchSource> | undefined;
  private last: SearchIndexInput | undefined;
  /** The articles the worker taken over had indexed (see `SearchWorker.indexed`). */
  private prebuilt: readonly string[] | undefined;

  constructor(
    private readonly start: () => SearchWorker | undefined = () => takeOrStartSearchWorker(),
  ) {}

  /** (Re)builds the index; resolves once it is built, so searches after this see it. */
  async index(input: SearchIndexInput): Promise<void> {
    this.ensure(false);
    const prebuilt = this.prebuilt;
    this.prebuilt = undefined;
    if (prebuilt && sameIndex(prebuilt, input)) {
      // The worker's index is this one already (decision 0032).
      this.sentArticles = input.articles;
      this.last = input;
      return;
    }
    const built = this.send(() => this.indexJob(input), false);
    this.last = input;
    await built;
  }

  /** Results for `query`, from the index as the last `index` call left it. */
  async search(query: string, options?: SearchOptions): Promise<SearchResult[]> {
    const answer = await this.send(() => ({ kind: 'search', query, options }), true);
    return answer.results ?? [];
  }

  /**
   * Starts the worker now, so that its code loads while the articles do, not after them.
   * Nothing is sent: the first `index` builds.
   */
  prepare(): void {
    this.ensure(false);
  }

  /** Stops the worker; requests still waiting are refused. The next request starts another. */
  close(): void {
    this.stop(new Error('The search was closed.'));
  }

  private indexJob(input: SearchIndexInput): Job {
    const fresh = input.articles !== this.sentArticles;
    this.sentArticles = input.articles;
    return {
      kind: 'index',
      ...(fresh ? { articles: input.articles } : {}),
      highlights: input.highlights,
      tags: input.tags,
    };
  }

  private stop(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    this.worker?.terminate();
    this.worker = undefined;
    this.sentArticles = undefined;
    waiting.forEach((p) => p.reject(error));
  }

  /** `resend`: a new worker is sent the last index first (not needed before a new one). */
  private send(make: () => Job, resend: boolean): Promise<SearchAnswer & { ok: true }> {
    this.ensure(resend);
    const request = { ...make(), id: this.nextId++ } as SearchRequest;
    if (this.local) return this.local.then((answer) => settle(answer(request)));
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      this.worker?.postMessage(request);
    });
  }

  /** Starts a worker (or, without workers, loads the engine here) unless one is running. */
  private ensure(resend: boolean): void {
    if (this.worker || this.local) return;
    const worker = this.start();
    if (worker) this.attach(worker, resend);
    else this.local = import('./search-engine').then((m) => m.createSearchEngine());
  }

  /** Takes a new worker into use, sending it the last index first if `resend`. */
  private attach(worker: SearchWorker, resend: boolean): void {
    this.worker = worker;
    this.prebuilt = worker.indexed;
    worker.onmessage = (event) => {
      const answer = event.data;
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if (answer.ok) waiting.resolve(answer);
      else waiting.reject(new Error(answer.reason));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (this.worker === worker)
        this.stop(new Error(event.message || 'The search could not start.'));
    };
    if (resend && this.last) {
      const id = this.nextId++;
      // Nobody waits for this one: a failure shows in the requests after it.
      this.pending.set(id, { resolve: () => undefined, reject: () => undefined });
      worker.postMessage({ ...this.indexJob(this.last), id } as SearchRequest);
    }
  }
}

/** Whether an index of `input` is the one built from `indexed`, with nothing saved. */
function sameIndex(indexed: readonly string[], input: SearchIndexInput): boolean {
  if (input.highlights.length || input.tags.length) return false;
  const ids = input.articles.map((source) => ('id' in source ? source.id : source.article.id));
  return ids.length === indexed.length && ids.every((id, i) => id === indexed[i]);
}

function settle(answer: SearchAnswer): SearchAnswer & { ok: true } {
  if (!answer.ok) throw new Error(answer.reason);
  return answer;
}

/** What to tell the reader when a request failed. */
export function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
