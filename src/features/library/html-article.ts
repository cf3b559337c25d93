import { Readability } from '@mozilla/readability';

/**
 * A saved web page (.html) or rich text pasted from a browser, as the plain text the article
 * parser reads: Mozilla's Readability finds the article in the page (title, byline, date, outlet,
 * body), and only the text of its blocks is kept. Nothing from the page is ever inserted into
 * the app's document: DOMParser makes an inert document (no scripts run, nothing loads), and
 * what comes out is text.
 */

/** Blocks whose text becomes one paragraph each. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, dd, dt';

function inert(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Paragraph texts of an HTML fragment, one per block, in order (nested blocks once). */
function paragraphsOf(root: ParentNode): string[] {
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter(
    (el) => !el.parentElement?.closest(BLOCKS),
  );
  if (blocks.length === 0) {
    const all = clean(root.textContent);
    return all ? [all] : [];
  }
  return blocks.map((el) => clean(el.textContent)).filter((t) => t !== '');
}

/** "29. Mai 2024" from an ISO date, as the parser reads dates. */
function germanDate(iso: string | null | undefined): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return undefined;
  const months = [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ];
  const month = months[Number(m[2]) - 1];
  return month ? `${Number(m[3])}. ${month} ${m[1]}` : undefined;
}

/** The page's heading when the document title is that plus the outlet ("… | Zeitung"). */
function pickTitle(title: string, heading: string, site: string): string | undefined {
  if (heading && (title === '' || title.includes(heading))) return heading;
  if (site) {
    const suffix = new RegExp(`\\s*[|–—:-]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return title.replace(suffix, '') || undefined;
  }
  return title || undefined;
}

export interface HtmlArticle {
  /** Text in the shape the article parser reads (title, byline, date, body, source line). */
  text: string;
  title?: string;
}

/** The article in an HTML page or fragment, as parser input; undefined when there is no text. */
export function htmlToArticleText(html: string): HtmlArticle | undefined {
  const doc = inert(html);
  // Before Readability, which changes the document it reads.
  const heading = clean(doc.querySelector('h1')?.textContent);
  const fallback = paragraphsOf(doc.body);
  const found = new Readability(doc, { charThreshold: 200 }).parse();
  const body = found?.content ? paragraphsOf(inert(found.content).body) : fallback;
  const title = pickTitle(clean(found?.title), heading, clean(found?.siteName));
  const paragraphs = body.filter((p, i) => !(i === 0 && title && p === title));
  if (paragraphs.length === 0) return undefined;
  const byline = clean(found?.byline);
  const date = germanDate(found?.publishedTime);
  const site = clean(found?.siteName);
  const head = [
    title,
    byline && (/^(von|by)\s/i.test(byline) ? byline : `Von ${byline}`),
    date,
  ].filter((l): l is string => Boolean(l));
  const tail = site ? [`Quelle: ${site}`] : [];
  return { text: [...head, ...paragraphs, ...tail].join('\n\n') + '\n', title };
}

/** True when a file name or type says it is a web page. */
export const isHtmlFile = (name: string, type: string) =>
  /\.x?html?$/i.test(name) || type === 'text/html' || type === 'application/xhtml+xml';
