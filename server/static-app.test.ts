import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticApp } from './static-app.ts';

// The app as `vite build` lays it out, with the real public/robots.txt: crawlers (and
// Lighthouse's SEO audit) must get the file as text, not the app's page from the SPA fallback.
describe('staticApp', () => {
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sidenote-static-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Sidenote</title>');
    copyFileSync(join(import.meta.dirname, '../public/robots.txt'), join(dir, 'robots.txt'));
    const serve = staticApp(dir);
    server = createServer((req, res) => {
      void serve(req, res).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves robots.txt as plain text that allows crawling', async () => {
    const res = await fetch(`${base}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toContain('<');
  });

  it('answers an app route with the app page', async () => {
    const res = await fetch(`${base}/notebook`);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  });
});
