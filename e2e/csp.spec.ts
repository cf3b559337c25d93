import { expect, test } from './csp-guard';
import { SEEDS } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { expectInert, failOnDialog } from './xss-corpus';

/** The directives of a CSP header or meta content, by name. */
function directives(policy: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values.join(' '));
  }
  return map;
}

declare global {
  interface Window {
    __inlineRan?: number;
  }
}

test('the served index.html carries a strict Content Security Policy', async ({
  request,
  page,
}) => {
  const response = await request.get('/');
  expect(response.ok()).toBe(true);
  const html = await response.text();
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  expect(meta, 'a CSP <meta> in index.html').not.toBeNull();
  const policy = (meta?.[1] ?? '').replaceAll('&#39;', "'").replaceAll('&apos;', "'");
  const csp = directives(policy);
  expect(csp.get('default-src')).toBe("'self'");
  expect(csp.get('script-src')).toBe("'self'");
  expect(csp.get('object-src')).toBe("'none'");
  expect(csp.get('base-uri')).toBe("'none'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  // It comes before any script, so it governs all of them.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));

  // The browser sees the same policy in the page it renders.
  await page.goto('/');
  const live = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(live).toBe(policy);
});

test('the app itself runs under its policy without a single violation', async ({
  page,
  cspViolations,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.goto(`/read/${SEEDS.response.id}`);
  await expect(page.locator('main article[lang]')).toBeVisible();
  await page.goto(`/read/${SEEDS.response.id}?view=original`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  for (const [path, heading] of [
    ['/notebook', 'Notebook'],
    ['/tags', 'Tags'],
    ['/settings', 'Settings'],
  ]) {
    await page.goto(path ?? '/');
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await page.goto('/data');
  await expect(page.getByRole('button', { name: /Download backup/ })).toBeVisible();
  // The guard fails the test on any violation; say so here too, with the list.
  expect(cspViolations).toEqual([]);
});

test.describe('injected code', () => {
  test.use({ allowCspViolations: true });

  test('an inline <script> added at run time does not run and is reported', async ({
    page,
    cspViolations,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = 1;';
      document.body.append(script);
    });
    await expect
      .poll(() => page.evaluate(() => window.__cspViolations?.length ?? 0))
      .toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__inlineRan)).toBeUndefined();
    const seen = await page.evaluate(() => window.__cspViolations ?? []);
    expect(seen).toContainEqual(
      expect.objectContaining({ directive: 'script-src-elem', blocked: 'inline' }),
    );
    // The binding reports it to the test as well.
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  });

  test('inline event handlers, eval and javascript: URLs are refused too', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'hostile';
      button.setAttribute('onclick', 'window.__inlineRan = 2');
      button.textContent = 'hostile';
      document.body.append(button);
      button.click();
      const link = document.createElement('a');
      link.href = 'javascript:window.__inlineRan = 3';
      document.body.append(link);
      link.click();
      // A string timer is compiled by the page later, like eval (eval called straight from
      // page.evaluate is exempt: DevTools may evaluate).
      const stringTimer = setTimeout as unknown as (code: string, ms: number) => number;
      stringTimer('window.__inlineRan = 5', 0);
    });
    await expect
      .poll(() =>
        page.evaluate(() => (window.__cspViolations ?? []).map((v) => v.directive).sort()),
      )
      .toEqual(expect.arrayContaining(['script-src', 'script-src-attr', 'script-src-elem']));
    expect(await page.evaluate(() => window.__inlineRan)).toBeUndefined();
  });
});

test.describe('the guard', () => {
  // Proves the guard can fail: this test provokes a violation without opting out, so the guard
  // must fail it (and `test.fail` turns that expected failure into a pass).
  test('fails a test in which a violation happens', async ({ page }) => {
    test.fail();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = 4;';
      document.body.append(script);
    });
    await expect
      .poll(() => page.evaluate(() => window.__cspViolations?.length ?? 0))
      .toBeGreaterThan(0);
  });
});

test.describe('the XSS checks of hostile-text.spec.ts', () => {
  test.use({ allowCspViolations: true }); // the injected handlers below are refused by the CSP

  test('notice live markup, a set flag and a dialog', async ({ page }) => {
    const dialogs = failOnDialog(page);
    await new LibraryPage(page).goto();
    await expectInert(page, dialogs);
    const inject = [
      'a:href= javascript:void(0)',
      'a:href=data:text/html,x',
      'svg:',
      'img:src=x',
      'div:onclick=x',
      'iframe:',
    ];
    for (const spec of inject) {
      const handle = await page.evaluateHandle((s) => {
        const [tag = 'div', attr = ''] = s.split(/:(.*)/);
        const [name, value = ''] = attr.split(/=(.*)/);
        const ns = tag === 'svg' ? 'http://www.w3.org/2000/svg' : 'http://www.w3.org/1999/xhtml';
        const el = document.createElementNS(ns, tag);
        if (name) el.setAttribute(name, value);
        return document.getElementById('root')?.appendChild(el);
      }, spec);
      await expect(expectInert(page, dialogs), spec).rejects.toThrow('hostile markup');
      await handle.evaluate((el) => el?.remove());
    }
    await page.evaluate(() => (window.__xss = 1));
    await expect(expectInert(page, dialogs)).rejects.toThrow('window.__xss = 1');
    await page.evaluate(() => delete window.__xss);
    void page.evaluate(() => alert('x'));
    await expect.poll(() => dialogs.length).toBe(1);
    await expect(expectInert(page, dialogs)).rejects.toThrow('dialogs');
  });
});
