/**
 * The five shipped seeds, read from `public/seeds/`. For each: the metadata we expect, the kind
 * of notable lines, and the key invariant that no body sentence is lost. The lines that are
 * not body are listed here by hand (not computed by the parser), so the check is independent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticleInvariants } from './article-invariants';
import { DERIVED_TITLE_MAX } from './derive-title';
import { parseArticle } from './parse-article';
import type { Article, ArticleDate, ParagraphKind } from './types';

const SEED_DIR = path.resolve(import.meta.dirname, '../../../public/seeds');

function readSeed(prefix: string): string {
  const file = readdirSync(SEED_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`seed ${prefix} is missing`);
  return readFileSync(path.join(SEED_DIR, file), 'utf8');
}

function parseSeed(prefix: string): Article {
  const result = parseArticle(prefix, readSeed(prefix));
  if (!result.ok) throw new Error(result.error.code);
  return result.article;
}

const BOILERPLATE = [
  'Share on WhatsApp',
  'Share:',
  'Guardar',
  'Leave a Reply',
  'source site',
  'Lesen Sie weiter',
  'Quelle: RT DE',
  'Übersetzt mit',
  'Ursprünglich veröffentlicht',
  'Mit Informationen von',
];

interface Expectation {
  prefix: string;
  title?: string;
  titleSource: 'text' | 'derived';
  subtitle?: string;
  byline?: string;
  date?: ArticleDate;
  source?: string;
  sourceLines: string[];
  removed: string[];
  /** Original lines that are not body (exact, or a prefix ending in "…"). */
  notBody: string[];
  /** A marker to cut off the start of the first line before checking its sentences. */
  marker?: string;
  /** [a snippet of the paragraph, its kind, its lang]. */
  kinds: [string, ParagraphKind, string?][];
}

const SEEDS: Expectation[] = [
  {
    prefix: '000_',
    title: 'NATO bereitet direktes Eingreifen in den Russland-Ukraine-Krieg vor',
    titleSource: 'text',
    byline: 'Alex Lantier',
    date: { iso: '2024-05-29', precision: 'day' },
    source: 'WSWS.ORG',
    sourceLines: ['Ursprünglich veröffentlicht in WSWS.ORG', 'Übersetzt mit deepl.com'],
    removed: [
      'Share:Share on WhatsAppShare on FacebookShare on X (Twitter)Share on TelegramShare on RedditShare on Email',
    ],
    notBody: [
      ' date 2024-05 NATO prepares direct intervention into Russia-Ukraine war Share:…',
      'Ein HIMARS-System der US-Marines…',
      'NATO bereitet direktes Eingreifen in den Russland-Ukraine-Krieg vor',
      'von Alex Lantier',
      '29. Mai 2024',
      'Ursprünglich veröffentlicht in WSWS.ORG',
      'Übersetzt mit deepl.com',
    ],
    kinds: [
      ['NATO prepares direct intervention into Russia-Ukraine war', 'meta', 'en'],
      ['As Ukraine’s NATO-backed regime faces a debacle', 'meta', 'en'],
      ['(Kredit: US-Marines) [Foto: US-Marines]', 'caption'],
      ['Während das von der NATO unterstützte ukrainische Regime', 'body'],
      ['Arbeiter und Jugendliche auf der ganzen Welt müssen gewarnt werden', 'body'],
    ],
  },
  {
    prefix: '001_',
    titleSource: 'derived',
    sourceLines: [],
    removed: [],
    notBody: ['Seit dem ersten Golfkrieg 1990–1991 führen die Vereinigten Staaten…'],
    kinds: [
      ['Laut ukrainischen, südkoreanischen', 'body'],
      ['Andrij Kowalenko, der oberste ukrainische Beamte', 'body'],
      // A book promotion inside the article: set apart like a teaser, never dropped.
      ['Seit dem ersten Golfkrieg', 'meta'],
      ['Während die USA und ihre Verbündeten den Krieg gegen Russland', 'body'],
    ],
  },
  {
    prefix: '002_',
    title: 'Die NATO warnte Russland davor, dass es keinen Atomkrieg gewinnen kann',
    titleSource: 'text',
    subtitle:
      'Jens Stoltenberg, Generalsekretär der Atlantischen Allianz, forderte Moskau auf, „diese gefährliche und unverantwortliche nukleare Rhetorik zu beenden“',
    source: 'Reuters',
    sourceLines: ['Mit Informationen von Reuters'],
    removed: [
      'Guardar',
      'NATO Secretary General Jens Stoltenberg',
      'Infobae',
      'Lesen Sie weiter:',
      'Guardar',
    ],
    notBody: [
      'Die NATO warnte Russland davor, dass es keinen Atomkrieg gewinnen kann',
      'Jens Stoltenberg, Generalsekretär der Atlantischen Allianz…',
      'Guardar',
      'NATO Secretary General Jens Stoltenberg',
      'NATO Secretary General Jens Stoltenberg speaks…',
      'Infobae',
      'Sergej Lawrow, russischer Außenminister, drohte…',
      'Mit Informationen von Reuters',
      'Lesen Sie weiter:',
    ],
    kinds: [
      ['REUTERS/Gonzalo Fuentes', 'caption', 'en'],
      ['(Reuters/Evgenia Novozhenina)', 'caption'],
      ['Angesichts der wachsenden Bedrohungen durch den Kreml', 'body'],
      ['Polen teilte letzte Woche mit', 'body'],
      ['„Die Aussicht auf einen Atomkonflikt', 'body'],
    ],
  },
  {
    prefix: '003_',
    title: 'NATO verspricht gemeinsame Reaktion auf russische Aggression gegen die Ukraine',
    titleSource: 'text',
    sourceLines: [],
    removed: ['source site', 'Leave a Reply'],
    notBody: [
      'NATO verspricht gemeinsame Reaktion auf russische Aggression gegen die Ukraine',
      'source site',
      'Leave a Reply',
    ],
    kinds: [
      ['BRÜSSEL – NATO-Außenminister trafen sich', 'body'],
      ['Der NATO-Russland-Rat wurde 2002', 'body'],
    ],
  },
  {
    prefix: '004_',
    titleSource: 'derived',
    date: { iso: '2022-10', precision: 'month' },
    source: 'RT DE',
    sourceLines: ['Quelle: RT DE'],
    removed: [],
    notBody: ['Quelle: RT DE'],
    marker: ' date 2022-10 ',
    kinds: [
      ['Unmittelbar vor dem Beginn eines zweitägigen Treffens', 'body'],
      ['Und er ergänzte:', 'body'],
      ['Moskau sieht das anders.', 'body'],
    ],
  },
];

function isNotBody(line: string, notBody: readonly string[]): boolean {
  return notBody.some((n) => (n.endsWith('…') ? line.startsWith(n.slice(0, -1)) : line === n));
}

/** The original body, split into sentences, with the listed non-body lines left out. */
function originalSentences(raw: string, expectation: Expectation): string[] {
  const lines = raw.normalize('NFC').split('\n');
  if (expectation.marker) {
    expect(lines[0]?.startsWith(expectation.marker)).toBe(true);
    lines[0] = lines[0]?.slice(expectation.marker.length) ?? '';
  }
  return lines
    .filter((line) => !isNotBody(line, expectation.notBody))
    .flatMap((line) => line.split(/(?<=[.!?…]["“”»]?)\s+/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}

const bodyText = (a: Article) =>
  a.paragraphs
    .filter((p) => p.kind === 'body')
    .map((p) => a.text.slice(p.start, p.end))
    .join('\n\n');

describe.each(SEEDS)('seed $prefix', (expectation) => {
  const raw = readSeed(expectation.prefix);
  const article = parseSeed(expectation.prefix);

  it('has the expected metadata', () => {
    expect(article.language).toBe('de');
    expect(article.titleSource).toBe(expectation.titleSource);
    if (expectation.title) expect(article.title).toBe(expectation.title);
    expect(article.subtitle).toBe(expectation.subtitle);
    expect(article.byline).toBe(expectation.byline);
    expect(article.date).toEqual(expectation.date);
    expect(article.source).toBe(expectation.source);
    expect(article.sourceLines).toEqual(expectation.sourceLines);
    expect(article.removed).toEqual(expectation.removed);
  });

  it('keeps the article invariants', () => {
    expect(checkArticleInvariants(article)).toEqual([]);
    expect(article.wordCount).toBeGreaterThan(300);
  });

  it('gives notable lines the expected kind', () => {
    for (const [snippet, kind, lang] of expectation.kinds) {
      const found = article.paragraphs.filter((p) =>
        article.text.slice(p.start, p.end).includes(snippet),
      );
      expect(found, snippet).toHaveLength(1);
      expect({ snippet, kind: found[0]?.kind, lang: found[0]?.lang }).toEqual({
        snippet,
        kind,
        lang,
      });
    }
  });

  it('loses no sentence of the original body', () => {
    const body = bodyText(article);
    const sentences = originalSentences(raw, expectation);
    expect(sentences.length).toBeGreaterThan(20);
    for (const sentence of sentences) expect(body, sentence).toContain(sentence);
  });

  it('has no page furniture in the body text', () => {
    const body = bodyText(article);
    for (const junk of BOILERPLATE) expect(body).not.toContain(junk);
  });
});

describe('derived titles of seeds without a title line', () => {
  it.each(['001_', '004_'])(
    '%s: short, from the first sentence, cut at a word with "…"',
    (prefix) => {
      const article = parseSeed(prefix);
      const firstParagraph = article.text.slice(0, article.paragraphs[0]?.end);
      expect(article.title.length).toBeLessThanOrEqual(DERIVED_TITLE_MAX);
      expect(article.title.endsWith('…')).toBe(true);
      expect(firstParagraph.startsWith(article.title.slice(0, -1))).toBe(true);
      expect(firstParagraph.charAt(article.title.length - 1)).toBe(' ');
    },
  );

  it('001 keeps one paragraph per line, all body but the book promotion', () => {
    const lines = readSeed('001_')
      .split('\n')
      .filter((l) => l.trim());
    const article = parseSeed('001_');
    expect(article.paragraphs).toHaveLength(lines.length);
    expect(article.paragraphs.filter((p) => p.kind !== 'body').map((p) => p.kind)).toEqual([
      'meta',
    ]);
  });
});
