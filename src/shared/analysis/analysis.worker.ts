/// <reference lib="webworker" />
import { alignArticles, type AlignInput, type Alignment } from '@/domain/alignment';
import { findQuotes, type Quote } from '@/domain/quotes';

/** A job for the worker; `id` pairs the answer with its request. */
export type AnalysisRequest =
  | { id: number; kind: 'align'; a: AlignInput; b: AlignInput }
  | { id: number; kind: 'quotes'; article: AlignInput };

export type AnalysisResult = Alignment | Quote[];

export type AnalysisAnswer =
  { id: number; ok: true; result: AnalysisResult } | { id: number; ok: false; reason: string };

// Aligning two long articles, or finding the quotations of a very long one, takes tens of
// milliseconds to seconds: here, off the main thread, typing and scrolling never wait for it.
self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  let answer: AnalysisAnswer;
  try {
    const result =
      request.kind === 'align' ? alignArticles(request.a, request.b) : findQuotes(request.article);
    answer = { id: request.id, ok: true, result };
  } catch (err) {
    answer = {
      id: request.id,
      ok: false,
      reason: err instanceof Error ? err.message : String(err),
    };
  }
  self.postMessage(answer);
};
