// The edit model of issue 11: news articles updated the way news sites update their pages. Every
// character of the article remembers where it was in the original (`o`: its offset; -1 new text;
// -2 whitespace added), so after the edits the ground truth of each highlight is known per
// character (news-truth.mjs).
//
// Edits, in random order and number: typo fixes (1–2 characters in a word), quote styles
// switched („“ ↔ "" ↔ «» ↔ “”), a sentence or a 1–3 sentence paragraph inserted, a sentence or a
// paragraph (or heading) deleted, a paragraph moved elsewhere, 1–3 words rewritten in a
// sentence, whitespace changes (a line break, a double space, a no-break space, a paragraph
// split or two joined), a correction note added at the top.
import { correctionNote, updateSentence } from './news-text.mjs';

const NEW = -1;
const ADDED_SPACE = -2;
/** Blocks before this index are title, byline and date line: the body starts after them. */
const BODY = 3;

const charsOf = (s, o) => s.split('').map((c) => ({ c, o }));

/** The article as tracked blocks, and its text (blocks by "\n\n", sentences by " "). */
export function tracked(article) {
  let text = '';
  const blocks = article.blocks.map((b, bi) => {
    if (bi > 0) text += '\n\n';
    const sentences = b.sentences.map((s, si) => {
      if (si > 0) text += ' ';
      const chars = s.split('').map((c, i) => ({ c, o: text.length + i }));
      text += s;
      return { chars, sep: ' ' };
    });
    return { kind: b.kind, sentences };
  });
  return { text, doc: { blocks } };
}

/** The text of a tracked document and, per character, its origin (-1 new, -2 whitespace). */
export function renderTracked(doc) {
  let text = '';
  const origin = [];
  const put = (c, o) => {
    text += c;
    origin.push(o);
  };
  doc.blocks.forEach((b, bi) => {
    if (bi > 0) for (const c of '\n\n') put(c, ADDED_SPACE);
    b.sentences.forEach((s, si) => {
      if (si > 0) put(s.sep, ADDED_SPACE);
      for (const ch of s.chars) put(ch.c, ch.o);
    });
  });
  return { text, origin: Int32Array.from(origin) };
}

const clone = (doc) => ({
  blocks: doc.blocks.map((b) => ({
    kind: b.kind,
    sentences: b.sentences.map((s) => ({ sep: s.sep, chars: s.chars.map((ch) => ({ ...ch })) })),
  })),
});

const LETTERS = 'abcdefghiklmnoprstuäöüß';
const isLetter = (c) => /\p{L}/u.test(c);
const QUOTE_STYLES = [
  ['„', '“'],
  ['"', '"'],
  ['«', '»'],
  ['“', '”'],
];
const DOUBLE_QUOTES = '„“”"«»';

/** Words of a sentence as [from, to) index ranges into its chars. */
function wordsIn(chars) {
  const words = [];
  let from = -1;
  chars.forEach((ch, i) => {
    const space = /\s/.test(ch.c);
    if (!space && from < 0) from = i;
    if (space && from >= 0) {
      words.push([from, i]);
      from = -1;
    }
  });
  if (from >= 0) words.push([from, chars.length]);
  return words;
}

/** One edit of `kind` on `doc` (in place); false when it did not apply. */
function edit(kind, doc, ctx) {
  const { rnd, cast, used } = ctx;
  const body = doc.blocks.map((b, i) => ({ b, i })).filter(({ i }) => i >= BODY);
  const paras = body.filter(({ b }) => b.kind === 'para');
  const anyPara = () => (paras.length ? rnd.pick(paras) : undefined);
  const newSentence = () => ({ sep: ' ', chars: charsOf(updateSentence(cast, rnd, used), NEW) });
  const p = anyPara();
  if (!p && kind !== 'insert-paragraph' && kind !== 'note') return false;
  if (body.length === 0 && kind === 'delete-paragraph') return false;
  const sentence = p && rnd.pick(p.b.sentences);
  switch (kind) {
    case 'typo': {
      const words = wordsIn(sentence.chars).filter(
        ([f, t]) => t - f >= 4 && sentence.chars.slice(f, t).every((ch) => isLetter(ch.c)),
      );
      if (!words.length) return false;
      const [f, t] = rnd.pick(words);
      const at = rnd.int(f + 1, t - 2);
      const letter = () => ({ c: rnd.pick([...LETTERS]), o: NEW });
      const roll = rnd();
      if (roll < 0.3) sentence.chars.splice(at, 1, letter());
      else if (roll < 0.55) sentence.chars.splice(at, 1);
      else if (roll < 0.8) sentence.chars.splice(at, 0, letter());
      else sentence.chars.splice(at, 2, letter(), letter());
      return true;
    }
    case 'quote': {
      const targets = rnd.chance(0.3) ? body.map(({ b }) => b) : [p.b];
      const style = rnd.pick(QUOTE_STYLES);
      let changed = false;
      for (const b of targets) {
        let open = true;
        for (const s of b.sentences) {
          for (const ch of s.chars) {
            if (!DOUBLE_QUOTES.includes(ch.c)) continue;
            ch.c = open ? style[0] : style[1];
            open = !open;
            changed = true;
          }
        }
      }
      return changed;
    }
    case 'rewrite': {
      const words = wordsIn(sentence.chars);
      if (words.length < 2) return false;
      const n = Math.min(words.length - 1, rnd.int(1, 3));
      const k = rnd.int(0, words.length - n);
      const from = words[k][0];
      const to = words[k + n - 1][1];
      const pool = updateSentence(cast, rnd).split(' ');
      const replacement = Array.from({ length: n }, () => rnd.pick(pool)).join(' ');
      sentence.chars.splice(from, to - from, ...charsOf(replacement, NEW));
      return true;
    }
    case 'insert-sentence':
      p.b.sentences.splice(rnd.int(0, p.b.sentences.length), 0, newSentence());
      return true;
    case 'insert-paragraph': {
      const sentences = Array.from({ length: rnd.int(1, 3) }, newSentence);
      doc.blocks.splice(rnd.int(BODY, doc.blocks.length), 0, { kind: 'para', sentences });
      return true;
    }
    case 'delete-sentence':
      p.b.sentences.splice(p.b.sentences.indexOf(sentence), 1);
      if (p.b.sentences.length === 0) doc.blocks.splice(p.i, 1);
      return true;
    case 'delete-paragraph':
      doc.blocks.splice(rnd.pick(body).i, 1);
      return true;
    case 'move-paragraph': {
      const [moved] = doc.blocks.splice(p.i, 1);
      doc.blocks.splice(rnd.int(BODY, doc.blocks.length), 0, moved);
      return true;
    }
    case 'whitespace':
      return whitespace(doc, p, sentence, rnd);
    case 'note': {
      if (doc.blocks.some((b) => b.kind === 'note')) return false;
      const chars = charsOf(correctionNote(cast, rnd), NEW);
      doc.blocks.splice(BODY, 0, { kind: 'note', sentences: [{ sep: ' ', chars }] });
      return true;
    }
    default:
      throw new Error(`unknown edit ${kind}`);
  }
}

/** A line break, a double space, a no-break space, a paragraph split or two paragraphs joined. */
function whitespace(doc, p, sentence, rnd) {
  const roll = rnd();
  const spaces = sentence.chars.flatMap((ch, i) => (ch.c === ' ' ? [i] : []));
  if (roll < 0.2) {
    if (p.b.sentences.length < 2) return false;
    rnd.pick(p.b.sentences.slice(1)).sep = '\n';
  } else if (roll < 0.4) {
    if (!spaces.length) return false;
    sentence.chars.splice(rnd.pick(spaces), 0, { c: ' ', o: ADDED_SPACE });
  } else if (roll < 0.6) {
    if (!spaces.length) return false;
    sentence.chars[rnd.pick(spaces)].c = '\u00A0';
  } else if (roll < 0.8) {
    if (p.b.sentences.length < 2) return false;
    const k = rnd.int(1, p.b.sentences.length - 1);
    const rest = p.b.sentences.splice(k);
    doc.blocks.splice(p.i + 1, 0, { kind: 'para', sentences: rest });
  } else {
    const next = doc.blocks[p.i + 1];
    if (!next || next.kind !== 'para') return false;
    p.b.sentences.push(...next.sentences);
    doc.blocks.splice(p.i + 1, 1);
  }
  return true;
}

/** Kinds of edit with their weights (how often each is drawn). */
export const NEWS_EDITS = [
  ['typo', 16],
  ['quote', 6],
  ['insert-sentence', 14],
  ['insert-paragraph', 8],
  ['delete-sentence', 10],
  ['delete-paragraph', 6],
  ['move-paragraph', 6],
  ['rewrite', 16],
  ['whitespace', 14],
  ['note', 4],
];

/**
 * `count` edits drawn by weight from NEWS_EDITS (one that does not apply is drawn again) on a
 * copy of `doc`. `article` gives the cast for new sentences and the sentences already used.
 */
export function applyNewsEdits(doc, article, rnd, count) {
  const d = clone(doc);
  const used = new Set(article.blocks.flatMap((b) => b.sentences));
  // Its own copy of the cast's bags: each scenario on an article draws the same new sentences.
  const bags = new Map([...(article.cast.bags ?? [])].map(([k, v]) => [k, [...v]]));
  const ctx = { rnd, cast: { ...article.cast, bags }, used };
  const weight = NEWS_EDITS.reduce((n, [, w]) => n + w, 0);
  const tally = {};
  for (let done = 0, tries = 0; done < count && tries < count * 20; tries++) {
    let roll = rnd() * weight;
    const kind = NEWS_EDITS.find(([, w]) => (roll -= w) < 0)?.[0] ?? 'typo';
    if (!edit(kind, d, ctx)) continue;
    tally[kind] = (tally[kind] ?? 0) + 1;
    done++;
  }
  return { doc: d, tally };
}
