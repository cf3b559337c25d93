// The entry of /search-first.js (scripts/boot-script.ts builds it), which /boot.js starts on a
// first visit to the page built for search: the results before the app (decision 0032).
import { drawSearchFirst } from '@/features/search/search-first';

void drawSearchFirst().finally(() => document.dispatchEvent(new Event('sidenote-search-drawn')));
