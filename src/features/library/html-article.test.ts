import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/domain/article';
import { htmlToArticleText } from './html-article';

const BODY = [
  'Der Kanzler ist am Dienstag überraschend in Kiew eingetroffen, wie das Kanzleramt mitteilte. Er wollte mit Präsident Selenskyj über weitere Hilfen sprechen.',
  'Die Reise war aus Sicherheitsgründen geheim gehalten worden. Begleitet wurde er von einer kleinen Delegation aus Berlin und mehreren Journalisten.',
  'In Kiew besuchte er zunächst ein Krankenhaus, danach traf er Vertreter der Regierung. Am Abend reiste er mit dem Zug zurück nach Polen.',
];

const PAGE = `<!doctype html><html lang="de"><head>
<title>Scholz reist nach Kiew | Beispielzeitung</title>
<meta property="og:site_name" content="Beispielzeitung">
<meta name="author" content="Anna Muster">
<meta property="article:published_time" content="2024-05-29T10:00:00Z">
<script>window.__pwned = 1</script>
</head><body>
<nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article>
<h1>Scholz reist nach Kiew</h1>
<p class="byline">Von Anna Muster</p>
${BODY.map((p) => `<p>${p}</p>`).join('\n')}
<p><img src="x" onerror="window.__pwned = 2">Teilen auf Facebook</p>
<iframe src="javascript:window.__pwned=3"></iframe>
</article>
<footer>Impressum · Datenschutz</footer>
</body></html>`;

describe('htmlToArticleText', () => {
  it('takes title, byline, date, outlet and body from a saved page, for the same parser', () => {
    const found = htmlToArticleText(PAGE);
    expect(found?.title).toBe('Scholz reist nach Kiew');
    const parsed = parseArticle('x', found?.text ?? '');
    if (!parsed.ok) throw new Error(parsed.error.code);
    const { article } = parsed;
    expect(article.title).toBe('Scholz reist nach Kiew');
    expect(article.byline).toContain('Anna Muster');
    expect(article.date?.iso).toBe('2024-05-29');
    expect(article.sourceLines).toEqual(['Quelle: Beispielzeitung']);
    const body = article.paragraphs
      .filter((p) => p.kind === 'body')
      .map((p) => article.text.slice(p.start, p.end));
    expect(body).toEqual(BODY);
    expect(article.text).not.toMatch(/Startseite|Impressum|Teilen auf Facebook/);
  });

  it('keeps hostile HTML inert: nothing runs, markup arrives as text at most', () => {
    const found = htmlToArticleText(PAGE);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(found?.text).not.toMatch(/<script|onerror|<img|javascript:/);
    const sneaky = htmlToArticleText(
      `<p>${BODY[0]}</p><p>&lt;script&gt;alert(1)&lt;/script&gt; ist nur Text.</p>`,
    );
    expect(sneaky?.text).toContain('<script>alert(1)</script> ist nur Text.');
  });

  it('reads rich text pasted from a browser (a fragment without a page around it)', () => {
    const found = htmlToArticleText(`<meta charset="utf-8"><p>${BODY[0]}</p><p>${BODY[1]}</p>`);
    expect(found?.text.trim().split('\n\n')).toEqual([BODY[0], BODY[1]]);
    expect(htmlToArticleText('<div>   </div>')).toBeUndefined();
  });
});
