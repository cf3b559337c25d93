/// <reference lib="webworker" />
import { createSearchEngine, type SearchRequest } from './search-engine';

// Building the index over every article (German folding, tens to hundreds of milliseconds on a
// phone) and answering each query run here, so the page stays responsive while they do; and in
// a worker of their own, so a long quotations or alignment job never delays a search.
const answer = createSearchEngine();

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  self.postMessage(answer(event.data));
};
