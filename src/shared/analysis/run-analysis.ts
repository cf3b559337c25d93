import type { AlignInput, Alignment } from '@/domain/alignment';
import type { Quote } from '@/domain/quotes';
import type { AnalysisAnswer, AnalysisRequest, AnalysisResult } from './analysis.worker';

type Pending = { resolve: (r: AnalysisResult) => void; reject: (e: Error) => void };
type Job =
  { kind: 'align'; a: AlignInput; b: AlignInput } | { kind: 'quotes'; article: AlignInput };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error) {
  pending.forEach((p) => p.reject(error));
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

function startWorker(): Worker {
  const w = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sidenote-analysis',
  });
  w.onmessage = (event: MessageEvent<AnalysisAnswer>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if (answer.ok) waiting.resolve(answer.result);
    else waiting.reject(new Error(answer.reason));
  };
  w.onerror = (event) => {
    event.preventDefault();
    failAll(new Error(event.message || 'The analysis could not start.'));
  };
  return w;
}

/** Only what the engines read, so the message to the worker stays small. */
const input = ({ text, paragraphs, language }: AlignInput): AlignInput => ({
  text,
  paragraphs,
  language,
});

/**
 * Runs a job in the app's one analysis worker (started on first use). Where there are no
 * workers (unit tests in jsdom), the same engines run here instead.
 */
async function run(job: Job): Promise<AnalysisResult> {
  if (typeof Worker === 'undefined') {
    if (job.kind === 'align') {
      const { alignArticles } = await import('@/domain/alignment');
      return alignArticles(job.a, job.b);
    }
    const { findQuotes } = await import('@/domain/quotes');
    return findQuotes(job.article);
  }
  worker ??= startWorker();
  const id = nextId++;
  const request: AnalysisRequest = { id, ...job };
  return new Promise<AnalysisResult>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker?.postMessage(request);
  });
}

/** The passages two articles share and those only one has (src/domain/alignment). */
export function runAlignment(a: AlignInput, b: AlignInput): Promise<Alignment> {
  return run({ kind: 'align', a: input(a), b: input(b) }) as Promise<Alignment>;
}

/** The direct quotations of an article and their speakers (src/domain/quotes). */
export function runQuotes(article: AlignInput): Promise<Quote[]> {
  return run({ kind: 'quotes', article: input(article) }) as Promise<Quote[]>;
}
