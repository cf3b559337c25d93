// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { anchor, anchorMany, prepareText } from './anchor';
import { describeRange } from './describe';
import { longGermanText } from './german-text.fixture';
import { hashText } from './hash';
import { normalizeForMatch } from '../text/normalize';
import type { AnchorTarget } from './types';

function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

function makeHighlights(text: string, count: number, random: () => number): AnchorTarget[] {
  const normalized = normalizeForMatch(text);
  return Array.from({ length: count }, () => {
    const length = 5 + Math.floor(random() * 76);
    const start = Math.floor(random() * (text.length - length));
    return describeRange(text, start, start + length, { normalized });
  });
}

/** `count` random small edits (insert, delete or replace up to 20 characters). */
function randomEdits(text: string, count: number, random: () => number): string {
  let out = text;
  for (let i = 0; i < count; i++) {
    const at = Math.floor(random() * out.length);
    const length = 1 + Math.floor(random() * 20);
    const insert = random() < 0.33 ? '' : 'neu eingefügter Text '.slice(0, length);
    const remove = random() < 0.33 ? 0 : length;
    out = out.slice(0, at) + insert + out.slice(at + remove);
  }
  return out;
}

describe('anchorMany', () => {
  it('returns one result per target, in order, like anchor()', () => {
    const text = longGermanText(800, 5);
    const random = seeded(11);
    const targets = makeHighlights(text, 40, random);
    const edited = randomEdits(text, 5, random);
    const prepared = prepareText(edited);
    const many = anchorMany(edited, targets);
    expect(many).toHaveLength(40);
    expect(many).toEqual(targets.map((t) => anchor(edited, t, { prepared })));
  });

  it('trusts verified positions when the text hash matches', async () => {
    const text = longGermanText(500, 9);
    const textHash = await hashText(text);
    const targets = makeHighlights(text, 20, seeded(3)).map((t) => ({ ...t, textHash }));
    const results = anchorMany(text, targets, { textHash });
    expect(results.every((r) => r.status === 'exact' && r.score === 1)).toBe(true);
  });

  // Speed is measured by `npm run bench`; this checks the outcome at that size.
  it('re-anchors 1,000 highlights on a 10,000-word text after edits', () => {
    const text = longGermanText(10_000, 42);
    const random = seeded(2024);
    const targets = makeHighlights(text, 1000, random);
    const edited = randomEdits(text, 30, random);
    const results = anchorMany(edited, targets);
    const counts: Record<string, number> = {};
    for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
    expect((counts.exact ?? 0) + (counts.moved ?? 0)).toBeGreaterThan(900);
  });
});
