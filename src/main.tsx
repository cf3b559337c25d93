import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { inNextTask } from '@/app/next-task';
import { firstViewReady } from '@/app/start';
import { prepareFormatters } from '@/app/prepare-formatters';
import { drawnFromList } from '@/app/warm-start';
import { startLanguage } from '@/shared/i18n';
import { loadEngineOnFirstIntent, replayPendingWrites } from '@/db';
import './styles.css';

// Sidenote restores reading positions itself; the browser's own restoration would undo them.
history.scrollRestoration = 'manual';

// The storage engine is not part of the first page (docs/decisions/0025); it comes with the
// first press or touch, ahead of any save.
loadEngineOnFirstIntent();
// A highlight change an earlier page was still writing when it was left is written now
// (docs/decisions/0030); without one, nothing loads.
void replayPendingWrites();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** A prerendered page waits at most this long for the view's data before the app takes over. */
const PRERENDERED_WAIT_MS = 3000;
/** A view the app draws from the article list waits at most this long for it (nothing shows). */
const DRAWN_WAIT_MS = 250;

// The app's root listens for every event React handles (about 70 listeners): made in a task of
// its own while the first view's code and data download.
const appRoot = inNextTask(() => createRoot(root));

// As a transition, React renders the first view in slices that leave the main thread free for
// input every few milliseconds, instead of one long task (a whole article, replacing the
// prerendered page; Lighthouse's total blocking time, bench row 12). It starts in a task of its
// own, not in the one that parsed the article.
const render = () =>
  appRoot.then((app) =>
    inNextTask(() =>
      startTransition(() =>
        app.render(
          <StrictMode>
            <App />
          </StrictMode>,
        ),
      ),
    ),
  );

// A page prerendered at build time (scripts/prerender-readers.ts) already shows the article. The
// app's first render replaces it, so it starts once it can draw the article too, not a spinner.
// The interface's language is loaded first (at once for English, a small chunk for German).
const languageReady = inNextTask(startLanguage);
// A page prerendered for a first visit only (the empty notebook) that boot.js kept hidden, because
// something is saved, shows nothing: the app waits for it as for a view it draws.
// So is one at an address with a query, which boot.js hides too.
const shown = (page: Element) => {
  const { stored, prerender } = document.documentElement.dataset;
  return !page.hasAttribute('data-first-visit') || (stored === 'none' && prerender !== 'off');
};
const prerendered = root.querySelector('[data-prerendered]');
void languageReady.then(() =>
  prepareFormatters(prerendered?.querySelector('article[lang]')?.getAttribute('lang') ?? undefined),
);
if (prerendered && shown(prerendered)) {
  const timeout = new Promise((resolve) => setTimeout(resolve, PRERENDERED_WAIT_MS));
  void Promise.all([languageReady, Promise.race([firstViewReady, timeout])]).then(render);
} else if (prerendered || drawnFromList(window.location.pathname)) {
  // A view drawn from the article list (boot.js asked for it) and what is saved: the first
  // render waits a moment for them, so it shows the view, not a loading state before it.
  const timeout = new Promise((resolve) => setTimeout(resolve, DRAWN_WAIT_MS));
  void Promise.all([languageReady, Promise.race([firstViewReady, timeout])]).then(render);
} else {
  void languageReady.then(render);
}
