import sirv from 'sirv';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';

/**
 * Serves a built Sidenote (the folder `vite build` wrote) from the sync server's own origin, so
 * self-hosting is one process and the app's Content Security Policy (`connect-src 'self'`)
 * admits the server as it is. `/read/<id>` finds the prerendered `read/<id>.html`,
 * `/compare/<a>/<b>` the prerendered `compare/<a>/<b>.html` and `/notebook` the first visit's
 * `notebook.html`; any other unknown path gets `index.html`, where the app's router takes over.
 */
export function staticApp(
  dir: string,
): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built app in ${dir} (run "npm run build" first).`);
  }
  const serve = sirv(dir, {
    single: true,
    extensions: ['html'],
    etag: true,
    setHeaders(res, pathname) {
      if (pathname.startsWith('/assets/')) {
        res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      } else {
        res.setHeader('cache-control', 'no-cache');
      }
    },
  });
  return (request, response) =>
    new Promise((resolve) => {
      serve(request, response, () => resolve(false));
      response.once('finish', () => resolve(true));
      response.once('close', () => resolve(true));
    });
}
