/// <reference lib="webworker" />
import { alignArticles, type AlignInput, type Alignment } from '@/domain/alignment';

/** One request to align two articles; `id` pairs the answer with its request. */
export interface AlignRequest {
  id: number;
  a: AlignInput;
  b: AlignInput;
}

export type AlignAnswer =
  { id: number; ok: true; alignment: Alignment } | { id: number; ok: false; reason: string };

// Aligning two long articles takes tens of milliseconds: here, off the main thread, typing and
// scrolling never wait for it.
self.onmessage = (event: MessageEvent<AlignRequest>) => {
  const { id, a, b } = event.data;
  let answer: AlignAnswer;
  try {
    answer = { id, ok: true, alignment: alignArticles(a, b) };
  } catch (err) {
    answer = { id, ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(answer);
};
