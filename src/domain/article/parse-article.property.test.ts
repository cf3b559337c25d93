/**
 * Property tests: for random text and for real seeds with random damage, the parser returns a
 * result (never `unreadable`, which is what an internal exception turns into), the text model
 * holds, and no word of the input disappears: every word of every line is found in `text`,
 * a metadata field, `sourceLines` or `removed`.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticleInvariants } from './article-invariants';
import { parseDateLine, parseDateMarker } from './date';
import { normalizeInline, normalizeText } from './normalize-text';
import { parseArticle } from './parse-article';
import type { Article } from './types';

const SEED_DIR = path.resolve(import.meta.dirname, '../../../public/seeds');
const SEEDS = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(SEED_DIR, f), 'utf8'));
const SEED_LINES = SEEDS.flatMap((s) => s.split('\n')).filter((l) => l.trim());

const FURNITURE = [
  'Guardar',
  'Leave a Reply',
  'source site',
  'Lesen Sie weiter:',
  'Share:Share on WhatsAppShare on FacebookShare on X (Twitter)',
  'Teilen',
  'Kommentare',
  'Weiterlesen',
  'Quelle: RT DE',
  'Übersetzt mit deepl.com',
  'von Alex Lantier',
  '29. Mai 2024',
  ' date 2024-05 ',
];
const WORDS =
  'die NATO the Russland war und of Ukraine sagte. said „Zitat“ – 12.000 Share on Facebook'.split(
    ' ',
  );

const line = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'binary-ascii', maxLength: 60 }),
  fc.constantFrom(...FURNITURE),
  fc.constantFrom(...SEED_LINES),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((w) => w.join(' ')),
);

const randomText = fc
  .array(fc.oneof(line, fc.constant('')), { maxLength: 40 })
  .map((l) => l.join('\n'));

type Mutation =
  | { op: 'delete' | 'duplicate' | 'glue' | 'blank' | 'crlf'; at: number }
  | { op: 'insert'; at: number; line: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete', 'duplicate', 'glue', 'blank', 'crlf'), at: fc.nat() }),
  fc.record({ op: fc.constant('insert'), at: fc.nat(), line }),
) as fc.Arbitrary<Mutation>;

function mutate(text: string, mutations: readonly Mutation[]): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    const at = m.at % (lines.length + 1);
    if (m.op === 'insert') lines.splice(at, 0, m.line);
    else if (m.op === 'blank') lines.splice(at, 0, '');
    else if (at >= lines.length) continue;
    else if (m.op === 'delete') lines.splice(at, 1);
    else if (m.op === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
    else if (m.op === 'crlf') lines[at] = `${lines[at] ?? ''}\r`;
    else if (m.op === 'glue' && at + 1 < lines.length)
      lines.splice(at, 2, `${lines[at]}${lines[at + 1]}`);
  }
  return lines.join('\n');
}

const mutatedSeed = fc
  .record({ seed: fc.constantFrom(...SEEDS), mutations: fc.array(mutation, { maxLength: 12 }) })
  .map(({ seed, mutations }) => mutate(seed, mutations));

/** Letters/digits, split where a lower-case letter meets an upper-case one ("EmailAs"). */
function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu))
    out.push(...m[0].split(/(?<=\p{Ll})(?=\p{Lu})/u));
  return out;
}

/** Words the parser may legitimately turn into structure: byline prefixes and the date marker. */
const STRUCTURAL = new Set([
  'von',
  'Von',
  'VON',
  'by',
  'By',
  'BY',
  'Autor',
  'Autorin',
  'Author',
  'Text',
]);

function lostWords(input: string, article: Article): string[] {
  const haystack = [
    article.text,
    article.titleSource === 'text' ? article.title : '',
    article.subtitle ?? '',
    article.byline ?? '',
    ...article.sourceLines,
    ...article.removed,
  ].join('\n');
  const lines = normalizeText(input).split('\n');
  const marker = parseDateMarker(lines.find((l) => l.trim()) ?? '');
  const lost: string[] = [];
  lines.forEach((raw, i) => {
    let text = normalizeInline(raw);
    if (i === lines.findIndex((l) => l.trim()) && marker) text = marker.rest;
    if (parseDateLine(text)) return; // a standalone date line becomes `Article.date`
    for (const word of words(text)) {
      if (!STRUCTURAL.has(word) && !haystack.includes(word)) lost.push(word);
    }
  });
  return lost;
}

/** A prose line appended to an input that parsed as "empty", to see where its words went. */
const SENTINEL = 'Diese Zeile ist ein ganzer Satz mit genug Wörtern für einen Absatz.';

function checkParse(input: string): void {
  const result = parseArticle('prop', input);
  if (!result.ok) {
    // Only "empty" is allowed: blank input, or nothing but furniture. With one prose line
    // added, the same input must parse and every one of its words must be accounted for.
    expect(result.error.code).toBe('empty');
    const withProse = parseArticle('prop', `${input}\n\n${SENTINEL}`);
    expect(withProse.ok).toBe(true);
    if (withProse.ok) {
      expect(withProse.article.paragraphs).toHaveLength(1);
      expect(lostWords(input, withProse.article)).toEqual([]);
    }
    return;
  }
  expect(checkArticleInvariants(result.article)).toEqual([]);
  expect(lostWords(input, result.article)).toEqual([]);
}

describe('parseArticle properties', () => {
  it('random text: a result, valid ranges, no lost words', () => {
    fc.assert(fc.property(randomText, checkParse), { numRuns: 400 });
  });

  it('damaged seeds: a result, valid ranges, no lost words', () => {
    fc.assert(fc.property(mutatedSeed, checkParse), { numRuns: 300 });
  });

  it('any single string, including control characters and lone surrogates', () => {
    const anything = fc.oneof(
      fc.string({ unit: 'binary-ascii' }),
      fc.string({ unit: 'binary' }),
      fc.string(),
    );
    const withSurrogates = fc
      .tuple(anything, fc.constantFrom('\uD800', '\uDFFF', '\u0301', '\u00AD', '\u2028'))
      .map(([s, odd]) => s + odd + s);
    fc.assert(fc.property(fc.oneof(anything, withSurrogates), checkParse), { numRuns: 300 });
  });
});

describe('large and adversarial input', () => {
  it('parses a 5 MB file made of the seeds', () => {
    const chunks: string[] = [];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const seed = SEEDS[i % SEEDS.length] ?? '';
      chunks.push(seed);
      size += seed.length;
    }
    const result = parseArticle('big', chunks.join('\n\n'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.paragraphs.length).toBeGreaterThan(10_000);
    expect(checkArticleInvariants(result.article)).toEqual([]);
  });

  it.each([
    ['one 5 MB line of quotation marks', '„'.repeat(5_000_000)],
    ['one line of dots and spaces', '. '.repeat(2_000_000)],
    ['a share bar repeated forever', 'Share on '.repeat(400_000)],
    [
      'hard-wrapped lines',
      'Die Außenminister der Allianz berieten am Freitag über die Lage in der\n'.repeat(60_000),
    ],
    ['very many short lines', 'Guardar\nvon Alex Lantier\n29. Mai 2024\n'.repeat(100_000)],
  ])('survives %s', (_, input) => {
    const result = parseArticle('adversarial', input);
    expect(result.ok ? 'ok' : result.error.code).not.toBe('unreadable');
    if (result.ok) expect(checkArticleInvariants(result.article)).toEqual([]);
  });
});
