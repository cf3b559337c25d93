import { expect, test } from '@playwright/test';

// The preview server (`npm start`) answers unknown paths with the app's page; robots.txt must be
// the real file, or crawlers and Lighthouse's SEO audit read HTML as rules.
test('robots.txt is served as plain text that allows crawling', async ({ request }) => {
  const res = await request.get('/robots.txt');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await res.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).not.toContain('<html');
});
