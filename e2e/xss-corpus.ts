import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Hostile text for every place Sidenote shows something it did not write itself. Each payload,
 * if it ever ran, would set `window.__xss` or open a dialog. All are one line with single spaces
 * (tag names and colour meanings collapse whitespace), and no two differ only in case.
 */
export const XSS_PAYLOADS: readonly string[] = [
  // Script tags
  '<script>window.__xss=1</script>',
  '<SCRIPT SRC=data:text/javascript,window.__xss=1></SCRIPT>',
  '"><script>window.__xss=1</script>',
  "'><script>alert(1)</script>",
  '</textarea><script>window.__xss=1</script>',
  // Event handlers
  '<img src=x onerror="window.__xss=1">',
  '<IMG SRC=/ oNeRrOr=alert(1)>',
  '<svg onload="window.__xss=1">',
  '<svg><script>window.__xss=1</script></svg>',
  '<details open ontoggle="window.__xss=1">x</details>',
  '<body onload=window.__xss=1>',
  '<input autofocus onfocus=window.__xss=1>',
  '<video><source onerror="window.__xss=1"></video>',
  '<!--><img src=x onerror=window.__xss=1>-->',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  // Frames, objects, documents
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<iframe src="javascript:parent.__xss=1"></iframe>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="data:text/html,<script>parent.__xss=1</script>">',
  '<base href="javascript:window.__xss=1//">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<form action="javascript:window.__xss=1"><button>go</button></form>',
  // Markdown links and images with dangerous schemes, plain and obfuscated
  '[click me](javascript:window.__xss=1)',
  '[case](JaVaScRiPt:window.__xss=1)',
  '[entity](&#106;avascript:window.__xss=1)',
  '[hex entity](&#x6A;&#x61;vascript&#x3A;window.__xss=1)',
  '[tab entity](java&#09;script:window.__xss=1)',
  '[data](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==)',
  '[vb](vbscript:alert(1))',
  '[titled](javascript:window.__xss=1 "title")',
  '![img](javascript:window.__xss=1)',
  '![onerror](x" onerror="window.__xss=1)',
  '<javascript:window.__xss=1>',
  // Raw HTML links
  '<a href="javascript:window.__xss=1">raw link</a>',
  '<a href=" &#106;avascript:alert(1)">spaced entity</a>',
  '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
  // Styles
  '<style>body{background:url("javascript:window.__xss=1")}</style>',
  '<div style="width:expression(window.__xss=1)">css</div>',
  '<div style="background:url(javascript:window.__xss=1)">url</div>',
  // MathML
  '<math><maction actiontype="statusline" xlink:href="javascript:window.__xss=1">m</maction></math>',
  '<math href="javascript:alert(1)">CLICK</math>',
  // Templates and entities
  "{{constructor.constructor('window.__xss=1')()}}",
  '${alert(1)}',
  '&lt;script&gt;window.__xss=1&lt;/script&gt;',
  '&#60;img src=x onerror=window.__xss=1&#62;',
  // Polyglot
  "javascript:/*--></title></style></textarea></script><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+window.__xss=1//'>",
];

/** Payloads that fit a 40-character field (colour meanings). */
export const SHORT_PAYLOADS = XSS_PAYLOADS.filter((p) => p.length <= 40);

/** A label that marks payload `i` in running text, so it can be found after Markdown rendering. */
export const marker = (i: number) => `XSS${String(i).padStart(2, '0')}`;

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** Fails the test on any dialog (alert, confirm, prompt) in `page`. */
export function failOnDialog(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * Nothing hostile got into the page: no flag, no dialog, and no element in `#root` that can run
 * code or leave the page: scripts, frames, objects, styles, forms, MathML, event-handler
 * attributes, or URLs with a javascript:, data: or vbscript: scheme. The app's own icons are
 * `<svg aria-hidden="true">`; any other svg counts. Also nothing in `<head>` it did not ship.
 */
export async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    const show = (el: Element) =>
      `<${el.localName}${Array.from(el.attributes, (a) => ` ${a.name}="${a.value}"`).join('')}>`.slice(
        0,
        160,
      );
    const root = document.getElementById('root');
    if (!root || root.childElementCount === 0) return ['#root is empty'];
    const banned =
      'script, iframe, frame, frameset, object, embed, applet, base, meta, link, style, ' +
      'math, portal, img[onerror], [onload], [onerror], [srcdoc]';
    for (const el of Array.from(root.querySelectorAll(banned))) problems.push(show(el));
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) problems.push(`${attr.name} on ${show(el)}`);
        if (/^(href|src|action|formaction|xlink:href|data|poster|background)$/i.test(attr.name)) {
          let scheme = '';
          try {
            scheme = new URL(attr.value, location.href).protocol;
          } catch {
            scheme = 'unparsable:';
          }
          if (/^(javascript|data|vbscript|unparsable):$/i.test(scheme)) {
            problems.push(`${attr.name}=${attr.value} on ${show(el)}`);
          }
        }
      }
    }
    for (const svg of Array.from(root.querySelectorAll('svg'))) {
      if (svg.getAttribute('aria-hidden') !== 'true') problems.push(`svg: ${show(svg)}`);
    }
    for (const img of Array.from(root.querySelectorAll('img'))) {
      if (img.getAttribute('src') !== '/favicon.svg') problems.push(`img: ${show(img)}`);
    }
    for (const el of Array.from(document.head.querySelectorAll('base, meta[http-equiv]'))) {
      if (!/^content-security-policy$/i.test(el.getAttribute('http-equiv') ?? '')) {
        problems.push(`head: ${show(el)}`);
      }
    }
    if (window.__xss !== undefined) problems.push(`window.__xss = ${String(window.__xss)}`);
    return problems;
  });
  expect(found, 'hostile markup in the page').toEqual([]);
  expect(dialogs, 'dialogs opened by hostile text').toEqual([]);
}

/** Every payload on its own paragraph, each led by its marker (Markdown may decode entities). */
export const NOTE = XSS_PAYLOADS.map((p, i) => `${marker(i)} ${p}`).join('\n\n');
/** Markdown shows these exactly as typed: no entities, emphasis, autolinks or link titles. */
export const LITERAL = XSS_PAYLOADS.filter((p) => !/[&*]|^<javascript:| "title"\)$/.test(p));

/** What `texts` are missing from the text of `scope` (empty when all are there). */
export async function missingText(scope: Locator, texts: readonly string[]): Promise<string[]> {
  const shown = (await scope.allTextContents()).join('\n');
  return texts.filter((t) => !shown.includes(t));
}

/** Every payload's marker and every literal payload shows in `scope` (once it has rendered). */
export async function expectShowsNote(scope: Locator) {
  // Polled: under load the entry can be on screen a moment before its note (a full run failed so).
  const markers = XSS_PAYLOADS.map((_, i) => marker(i));
  await expect.poll(() => missingText(scope, markers)).toEqual([]);
  await expect.poll(() => missingText(scope, LITERAL)).toEqual([]);
}

/**
 * No image on the page but the app's own (the logo): a hostile note or file drawn as text
 * leaves nothing whose load or error handler could run, now or later.
 */
export async function expectNoForeignImages(page: Page) {
  await expect(page.locator('img:not([src="/favicon.svg"])')).toHaveCount(0);
}

/** A manifest whose summaries and file names are hostile, and a file whose text is. */
export async function serveHostileSeed(page: Page, id: string) {
  await page.route(`**/seeds/${id}.txt`, (route) =>
    route.fulfill({
      body: ['Ein feindseliger Artikel', ...XSS_PAYLOADS].join('\n\n'),
      contentType: 'text/plain; charset=utf-8',
    }),
  );
  await page.route('**/seeds/manifest.json', async (route) => {
    const manifest = (await (await route.fetch()).json()) as {
      articles: Array<Record<string, unknown> & { id: string; summary?: object }>;
    };
    for (const entry of manifest.articles) {
      if (entry.id !== id || !entry.summary) continue;
      const [title, subtitle, byline, source, excerpt] = XSS_PAYLOADS;
      entry.summary = { ...entry.summary, title, subtitle, byline, source, excerpt };
    }
    const [, , , , , file = '', message = ''] = XSS_PAYLOADS;
    manifest.articles.push({
      id: 'hostile',
      file,
      size: 1,
      sha256: '0',
      // The error is a code; the hostile text reaches the sentence as its file name.
      error: { code: 'missing', reason: 'not-in-seeds', file: message },
    });
    await route.fulfill({ json: manifest });
  });
}

/** The parts of an exported backup that `makeHostile` edits. */
export interface Backup {
  data: {
    highlights: Array<Record<string, unknown> & { id: string; target: { quote: object } }>;
    tags: object[];
    colors: Array<{ label: string }>;
  };
}

/**
 * Edits an exported backup with one highlight: its note becomes `NOTE`, it gets one tag per
 * payload (names and descriptions), a second highlight whose quote is a payload cannot be found
 * in the text, and the colours' meanings are payloads 20 to 24. Changed records are newer.
 */
export function makeHostile(backup: Backup): void {
  const [original] = backup.data.highlights;
  if (!original) throw new Error('The backup should hold the highlight');
  const later = new Date(Date.now() + 60_000).toISOString();
  const tags = XSS_PAYLOADS.map((name, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name,
    color: 'gray',
    description: name,
    createdAt: later,
  }));
  backup.data.tags.push(...tags);
  Object.assign(original, { note: NOTE, tags: tags.map((t) => t.id), updatedAt: later });
  const orphan = structuredClone(original);
  Object.assign(orphan, { id: '00000000-0000-4000-8000-0000000000ff', note: NOTE, tags: [] });
  orphan.target.quote = { ...orphan.target.quote, exact: XSS_PAYLOADS[1], prefix: '', suffix: '' };
  backup.data.highlights.push(orphan);
  backup.data.colors.forEach((c, i) => (c.label = XSS_PAYLOADS[i + 20] ?? c.label));
}
