import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
    // The build's prerendered pages (scripts/prerender-readers.ts).
    mkdirSync(join(dir, 'read'));
    writeFileSync(join(dir, 'read', '001_a.html'), '<!doctype html><title>Reader 001</title>');
    mkdirSync(join(dir, 'compare', '001_a'), { recursive: true });
    writeFileSync(
      join(dir, 'compare', '001_a', '002_b.html'),
      '<!doctype html><title>Pair</title>',
    );
    writeFileSync(join(dir, 'notebook.html'), '<!doctype html><title>Notebook · Sidenote</title>');
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
    const res = await fetch(`${base}/tags`);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('<title>Sidenote</title>');
  });

  it('answers a prerendered reader or side by side with its own page, another pair with the app', async () => {
    const text = async (path: string) => (await fetch(`${base}${path}`)).text();
    expect(await text('/read/001_a')).toContain('Reader 001');
    expect(await text('/compare/001_a/002_b')).toContain('Pair');
    expect(await text('/compare/002_b/mine-1')).toContain('<title>Sidenote</title>');
  });

  it('answers the notebook with the page prerendered for a first visit, and a filtered one too', async () => {
    const text = async (path: string) => (await fetch(`${base}${path}`)).text();
    expect(await text('/notebook')).toContain('Notebook · Sidenote');
    expect(await text('/notebook?view=matrix')).toContain('Notebook · Sidenote');
  });
});
