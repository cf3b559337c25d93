/**
 * The rules against the hand-checked fixture (seed-quotes.fixture.ts): how many of the seeds'
 * quotations of speech are found, how many with the right speaker, and how many scare quotes
 * are taken for speech. The figures are printed; the goals of issue 12 are asserted where they
 * are met, else the figure reached is kept as a floor (see README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/parse-article';
import type { Article } from '../article/types';
import { foldGerman } from '../text/fold';
import { findQuotes } from './find-quotes';
import { AMBIGUOUS_QUOTES, NOT_SPEECH_QUOTES, SPEECH_QUOTES } from './seed-quotes.fixture';
import type { Quote } from './types';

const SEED_DIR = path.resolve(import.meta.dirname, '../../../public/seeds');

function parseSeed(prefix: string): Article {
  const file = readdirSync(SEED_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`seed ${prefix} is missing`);
  const result = parseArticle(prefix, readFileSync(path.join(SEED_DIR, file), 'utf8'));
  if (!result.ok) throw new Error(result.error.code);
  return result.article;
}

const PREFIXES = ['000', '001', '002', '003', '004'];
const ARTICLES = new Map(PREFIXES.map((p) => [p, parseSeed(p)]));
const QUOTES = new Map(PREFIXES.map((p) => [p, findQuotes(ARTICLES.get(p) as Article)]));

const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

interface Score {
  speech: number;
  found: number;
  speakersRight: number;
  fragments: number;
  fragmentsFound: number;
  scareCounted: string[];
  unlisted: string[];
  misses: string[];
  wrongSpeakers: string[];
}

function score(): Score {
  const s: Score = {
    speech: 0,
    found: 0,
    speakersRight: 0,
    fragments: 0,
    fragmentsFound: 0,
    scareCounted: [],
    unlisted: [],
    misses: [],
    wrongSpeakers: [],
  };
  for (const prefix of PREFIXES) {
    const quotes = QUOTES.get(prefix) ?? [];
    const entries = SPEECH_QUOTES.filter((e) => e.seed === prefix);
    // A quote found must match exactly one fixture entry: a quote that swallowed two counts for none.
    const matches = (q: Quote) => entries.filter((e) => q.text.includes(e.contains));
    for (const entry of entries) {
      s.speech++;
      if (entry.fragment) s.fragments++;
      const quote = quotes.find((q) => matches(q).length === 1 && q.text.includes(entry.contains));
      if (!quote) {
        s.misses.push(`${prefix} ${entry.contains}`);
        continue;
      }
      s.found++;
      if (entry.fragment) s.fragmentsFound++;
      const said = quote.speaker ? foldGerman(quote.speaker.name) : undefined;
      const right =
        entry.speaker === null
          ? said === undefined
          : said !== undefined && entry.speaker.some((n) => said.includes(foldGerman(n)));
      if (right) s.speakersRight++;
      else s.wrongSpeakers.push(`${prefix} ${entry.contains}: ${quote.speaker?.name ?? '(none)'}`);
    }
    for (const q of quotes) {
      const text = squash(q.text);
      if (NOT_SPEECH_QUOTES.some((n) => n.seed === prefix && squash(n.text) === text)) {
        s.scareCounted.push(`${prefix} ${q.text}`);
      } else if (
        matches(q).length === 0 &&
        !AMBIGUOUS_QUOTES.some((n) => n.seed === prefix && squash(n.text) === text)
      ) {
        s.unlisted.push(`${prefix} ${q.text.slice(0, 60)}`);
      }
    }
  }
  return s;
}

const pct = (n: number, d: number) => Math.round((1000 * n) / Math.max(d, 1)) / 10;

describe('quotes in the five seeds, against the hand-checked fixture', () => {
  const s = score();
  const recall = pct(s.found, s.speech);
  const speakers = pct(s.speakersRight, s.speech);
  // Printed so the figures are in every test log.
  console.info(
    [
      `quotes found: ${s.found}/${s.speech} (${recall}%), fragments ${s.fragmentsFound}/${s.fragments}`,
      `speakers right: ${s.speakersRight}/${s.speech} (${speakers}%)`,
      `scare quotes counted as speech: ${s.scareCounted.length}`,
      ...s.misses.map((m) => `  missed: ${m}`),
      ...s.wrongSpeakers.map((m) => `  speaker: ${m}`),
      ...s.scareCounted.map((m) => `  scare: ${m}`),
      ...s.unlisted.map((m) => `  not in the fixture: ${m}`),
    ].join('\n'),
  );

  it('finds at least 95% of the quotations of speech', () => {
    expect(recall).toBeGreaterThanOrEqual(95);
  });

  it('names the right speaker (or none where the text says none) for at least 85% of them', () => {
    expect(speakers).toBeGreaterThanOrEqual(85);
  });

  it('takes no scare quote, title or name for speech', () => {
    expect(s.scareCounted).toEqual([]);
  });

  it('reports nothing the fixture does not list (no half quotes, no merged ones)', () => {
    expect(s.unlisted).toEqual([]);
  });

  it('finds every fixture entry in its seed exactly once (the fixture itself is sound)', () => {
    for (const e of SPEECH_QUOTES) {
      const text = ARTICLES.get(e.seed)?.text ?? '';
      expect(text.split(e.contains).length - 1, e.contains).toBe(1);
    }
    for (const e of [...NOT_SPEECH_QUOTES, ...AMBIGUOUS_QUOTES]) {
      expect(ARTICLES.get(e.seed)?.text.includes(e.text), e.text).toBe(true);
    }
  });
});
