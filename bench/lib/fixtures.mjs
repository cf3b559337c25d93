// Inputs for the benchmark, made from the seed articles with the app's own parser and selector
// code (bundled from src/), from a seeded generator: every run measures the same inputs.
import { readdirSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ROOT } from './build.mjs';
import { prng } from './util.mjs';

const SEED_DIR = path.join(ROOT, 'public/seeds');
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Every seed article, decoded and parsed exactly as the app does. */
export function loadSeeds(anchoring) {
  const files = readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const seeds = [];
  for (const file of files) {
    const decoded = anchoring.decodeArticleBytes(
      new Uint8Array(readFileSync(path.join(SEED_DIR, file))),
    );
    if (!decoded.ok) continue;
    const id = file.slice(0, -4);
    const parsed = anchoring.parseArticle(id, decoded.text);
    if (!parsed.ok) continue;
    seeds.push({ id, file, article: parsed.article, words: bodyWords(parsed.article) });
  }
  return seeds;
}

/** Words of body paragraphs: { start, end, paragraph } with offsets into `article.text`. */
export function bodyWords(article) {
  const words = [];
  article.paragraphs.forEach((p, paragraph) => {
    if (p.kind !== 'body') return;
    const slice = article.text.slice(p.start, p.end);
    for (const m of slice.matchAll(WORD)) {
      words.push({ start: p.start + m.index, end: p.start + m.index + m[0].length, paragraph });
    }
  });
  return words;
}

/**
 * `n` ranges of 1 to `maxWords` whole words inside one body paragraph each. `disjoint` keeps them
 * from touching each other or any range in `avoid` (one word of space between).
 */
export function wordRanges(
  words,
  n,
  { seed = 1, maxWords = 12, disjoint = false, avoid = [] } = {},
) {
  const rnd = prng(seed);
  const taken = [...avoid];
  const clashes = (s, e) => taken.some((r) => s <= r.end + 1 && e >= r.start - 1);
  const ranges = [];
  for (let tries = 0; ranges.length < n && tries < n * 200; tries++) {
    const i = rnd.int(0, words.length - 1);
    const len = rnd.int(1, maxWords);
    let j = i;
    while (
      j + 1 < words.length &&
      j - i + 1 < len &&
      words[j + 1].paragraph === words[i].paragraph
    ) {
      j++;
    }
    const range = { start: words[i].start, end: words[j].end };
    if (disjoint && clashes(range.start, range.end)) continue;
    ranges.push(range);
    if (disjoint) taken.push(range);
  }
  if (ranges.length < n) throw new Error(`Only ${ranges.length} of ${n} word ranges fit`);
  return ranges;
}

/** Highlight records as the app stores them (its `describeRange`, the text's SHA-256). */
export function highlightRecords(
  anchoring,
  article,
  textHash,
  ranges,
  { from = Date.parse('2025-03-01T08:00:00Z') } = {},
) {
  const normalized = anchoring.normalizeForMatch(article.text);
  return ranges.map((r, i) => {
    const { position, quote } = anchoring.describeRange(article.text, r.start, r.end, {
      normalized,
    });
    const at = new Date(from + i * 1000).toISOString();
    return {
      id: randomUUID(),
      articleId: article.id,
      target: { position, quote, textHash },
      note: '',
      tags: [],
      createdAt: at,
      updatedAt: at,
    };
  });
}

/** A word generator that follows the seed articles' word pairs (German news prose). */
export function proseModel(seeds) {
  const next = new Map();
  const starts = [];
  for (const { article } of seeds) {
    for (const p of article.paragraphs) {
      if (p.kind !== 'body') continue;
      const tokens = article.text.slice(p.start, p.end).split(/\s+/).filter(Boolean);
      tokens.forEach((t, i) => {
        if (i === 0 || /[.!?]$/.test(tokens[i - 1])) starts.push(t);
        const after = tokens[i + 1];
        if (after === undefined) return;
        if (!next.has(t)) next.set(t, []);
        next.get(t).push(after);
      });
    }
  }
  const vocabulary = [...next.keys()];
  return {
    vocabulary,
    /**
     * `count` tokens, walking word pairs; a dead end starts a new sentence. One word in four is
     * any word of the vocabulary instead, so that five articles' worth of pairs do not repeat
     * whole phrases far more often than real prose does.
     */
    words(rnd, count, previous) {
      const out = [];
      let word = previous;
      for (let i = 0; i < count; i++) {
        const options = word === undefined ? undefined : next.get(word);
        if (rnd.chance(0.25)) word = rnd.pick(vocabulary);
        else word = options && options.length > 0 ? rnd.pick(options) : rnd.pick(starts);
        out.push(word);
      }
      return out;
    },
  };
}

/** A synthetic library manifest of `n` articles (the format `src/domain/library/manifest.ts` reads). */
export function syntheticManifest(n, model, seed = 11) {
  const rnd = prng(seed);
  const articles = [];
  for (let i = 0; i < n; i++) {
    const id = `synthetic-${String(i).padStart(5, '0')}`;
    const title = model
      .words(rnd, rnd.int(5, 11))
      .join(' ')
      .replace(/[.,:;]$/, '');
    const excerpt = model.words(rnd, 32).join(' ').slice(0, 200);
    const wordCount = rnd.int(200, 3000);
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    articles.push({
      id,
      file: `${id}.txt`,
      size: wordCount * 7,
      sha256: (i.toString(16).padStart(8, '0') + 'ab').repeat(7).slice(0, 64),
      summary: {
        title: title.charAt(0).toUpperCase() + title.slice(1),
        titleSource: 'text',
        source: rnd.pick(['RT DE', 'WSWS.ORG', 'Telepolis', 'NachDenkSeiten', 'Overton']),
        date: { iso: `2024-${month}-${day}`, precision: 'day' },
        language: 'de',
        wordCount,
        readingMinutes: Math.max(1, Math.round(wordCount / 220)),
        excerpt,
      },
    });
  }
  return {
    format: 'sidenote-seed-manifest',
    version: 1,
    generatedAt: '2025-01-01T00:00:00.000Z',
    articles,
  };
}
