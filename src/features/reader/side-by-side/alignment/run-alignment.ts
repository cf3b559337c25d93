import type { AlignInput, Alignment } from '@/domain/alignment';
import type { AlignAnswer, AlignRequest } from './alignment.worker';

type Pending = { resolve: (a: Alignment) => void; reject: (e: Error) => void };

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
  const w = new Worker(new URL('./alignment.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sidenote-alignment',
  });
  w.onmessage = (event: MessageEvent<AlignAnswer>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if (answer.ok) waiting.resolve(answer.alignment);
    else waiting.reject(new Error(answer.reason));
  };
  w.onerror = (event) => {
    event.preventDefault();
    failAll(new Error(event.message || 'The comparison could not start.'));
  };
  return w;
}

/** Only what the engine reads, so the message to the worker stays small. */
const input = ({ text, paragraphs, language }: AlignInput): AlignInput => ({
  text,
  paragraphs,
  language,
});

/**
 * Aligns two articles in a Web Worker (one for the whole app, started on first use). Where there
 * are no workers (unit tests in jsdom), the engine runs here instead.
 */
export function runAlignment(a: AlignInput, b: AlignInput): Promise<Alignment> {
  if (typeof Worker === 'undefined') {
    return import('@/domain/alignment').then((m) => m.alignArticles(input(a), input(b)));
  }
  worker ??= startWorker();
  const id = nextId++;
  const request: AlignRequest = { id, a: input(a), b: input(b) };
  return new Promise<Alignment>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker?.postMessage(request);
  });
}
