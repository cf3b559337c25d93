/**
 * Who says a quotation, read from its sentence: after it ("…“, sagte Stoltenberg", "…“, so der
 * Generalsekretär", "…“, heißt es im Kommuniqué"), before it ("Macron sagte: „…“", "erklärte der
 * polnische Außenminister Radosław Sikorski, dass …: „…“", "laut X", "X zufolge"), by pronoun or
 * role through the cast (cast.ts).
 */
import type { Cast } from './cast';
import {
  CONJUNCTIONS,
  DETERMINERS,
  NOT_A_SPEAKER,
  PREPOSITIONS,
  SEPARABLE_SPEECH_VERBS,
  SPEECH_VERBS,
} from './lexicon';
import { isCapitalized, lower, readGroupPhrase } from './names';
import {
  fromGroup,
  fromMention,
  fromRole,
  groupAt,
  lastMentionIn,
  mentionFrom,
  speakerAfter,
  speakerBefore,
  type ParagraphView,
} from './speakers';
import type { Token } from './tokens';
import type { QuoteSpeaker } from './types';

/** Is token `i` a verb of saying in the sentence `[i, to)` (its particle, if any, follows)? */
export function isSpeechVerb(tokens: Token[], i: number, to: number): boolean {
  const w = lower(tokens[i]);
  if (!w) return false;
  if (SPEECH_VERBS.has(w)) return true;
  const particles = SEPARABLE_SPEECH_VERBS.get(w);
  if (!particles) return false;
  for (let k = i + 1; k < to; k++) {
    const t = tokens[k];
    if (!t) break;
    if (particles.includes(lower(t))) return true;
  }
  return false;
}

export interface Attribution {
  /** A verb of saying or a source phrase governs the quote. */
  cue: boolean;
  speaker?: QuoteSpeaker;
}

/** "…“, sagte er" / "…“, so der Generalsekretär" / "…“, heißt es in einer Erklärung der NATO". */
export function trailer(text: string, view: ParagraphView, q: number, to: number): Attribution {
  const tokens = view.tokens;
  let k = q + 1;
  // A trailer is set off by a comma or a dash ("„…“, sagte er", "“…,” Biden said", "„…“ – mit
  // diesen Worten kommentierte X"); without one the quote is the sentence's subject or object.
  const quoted = tokens[q]?.text ?? '';
  if (tokens[k]?.text === ',' || /^[\u2013\u2014-]$/u.test(tokens[k]?.text ?? '')) k++;
  else if (!/,$/u.test(quoted)) return { cue: false };
  if (
    hasWordsAt(tokens, k, ['mit', 'diesen', 'worten']) ||
    hasWordsAt(tokens, k, ['mit', 'den', 'worten'])
  )
    k += 3;
  const w = lower(tokens[k]);
  if (!w) return { cue: false };
  if ((w === 'heißt' || w === 'hieß') && lower(tokens[k + 1]) === 'es') {
    let j = k + 2;
    if (['in', 'im', 'laut', 'bei', 'beim', 'aus', 'von', 'vom'].includes(lower(tokens[j]))) j++;
    const m = mentionFrom(view, j, j + 2);
    if (m) return { cue: true, speaker: fromMention(m) };
    if (/^(ein|eine|einer|einem|einen|der|dem|den|des)$/u.test(lower(tokens[j]))) j++;
    return { cue: true, speaker: groupAt(text, view, j, to) };
  }
  if (w === 'so' || w === 'laut' || isSpeechVerb(tokens, k, to)) {
    return { cue: true, speaker: speakerAfter(text, view, k + 1, to) };
  }
  // subject before the verb: "“…,” Biden said", "„…“, Stoltenberg zufolge"
  const m = mentionFrom(view, k, k + 1);
  if (m && (isSpeechVerb(tokens, m.to, to) || lower(tokens[m.to]) === 'zufolge')) {
    return { cue: true, speaker: fromMention(m) };
  }
  const g = readGroupPhrase(tokens, k);
  if (g && (isSpeechVerb(tokens, g.to, to) || lower(tokens[g.to]) === 'zufolge')) {
    return { cue: true, speaker: fromGroup(text, tokens, g) };
  }
  return { cue: false };
}

function hasWordsAt(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => lower(tokens[i + k]) === w);
}

/** "nach Angaben des Ministeriums", "nach Ansicht des Ökonomen X": a source, like "laut". */
const SOURCE_NOUNS = new Set([
  'angaben',
  'ansicht',
  'auffassung',
  'meinung',
  'einschätzung',
  'darstellung',
  'aussage',
  'aussagen',
  'worten',
  'informationen',
]);

function sourceNounAt(tokens: Token[], v: number): boolean {
  return lower(tokens[v]) === 'nach' && SOURCE_NOUNS.has(lower(tokens[v + 1]));
}

/** The source after "nach Angaben": "des Ökonomen Marcel Fratzscher", "von Diplomaten", "des Ministeriums". */
function sourceAfterNoun(
  text: string,
  view: ParagraphView,
  v: number,
  limit: number,
): QuoteSpeaker | undefined {
  let k = v + 2;
  if (lower(view.tokens[k]) === 'von') k++;
  return speakerAfter(text, view, k, limit);
}

export interface LeadInContext {
  /** The speaker of the last speech quote in this paragraph or the one before, for "es". */
  previous?: QuoteSpeaker;
}

/**
 * The last verb of saying before the quote in its sentence, and its subject: named right after
 * the verb (inverted: "erklärte der polnische Außenminister …"), else the last person named
 * before the verb in the sentence ("Macron sagte", "wie er warnte"), else the sentence's first
 * phrase ("Das Kommuniqué von Sofia rief dazu auf"). "laut X" and "X zufolge" name a source.
 */
export function leadIn(
  text: string,
  view: ParagraphView,
  from: number,
  q: number,
  ctx: LeadInContext,
  to = q,
): Attribution {
  const tokens = view.tokens;
  for (let v = q - 1; v >= from; v--) {
    const t = tokens[v];
    if (!t || t.kind === 'quote') continue;
    const w = lower(t);
    if (w === 'laut') return { cue: true, speaker: speakerAfter(text, view, v + 1, q) };
    if (w === 'zufolge') return { cue: true, speaker: speakerBefore(text, view, from, v) };
    if (sourceNounAt(tokens, v)) return { cue: true, speaker: sourceAfterNoun(text, view, v, q) };
    if (!isSpeechVerb(tokens, v, to)) continue;
    // "zitierte einen Diplomaten mit den Worten: „…“": the one quoted is the object
    if (w.startsWith('zitiert') && hasWords(tokens, v, q, ['mit', 'den', 'worten'])) {
      const quoted = speakerAfter(text, view, v + 1, q);
      if (quoted) return { cue: true, speaker: quoted };
    }
    // subject first: a person named right before the verb ("Macron sagte", "Biden nannte Putin …")
    const adjacent = view.mentions.find(
      (m) => m.from >= from && (m.to === v || (m.to === v - 1 && tokens[v - 1]?.text === ',')),
    );
    if (adjacent) return { cue: true, speaker: fromMention(adjacent) };
    const after = mentionFrom(view, v + 1, Math.min(v + 3, q));
    if (after) return { cue: true, speaker: fromMention(after) };
    const before = lastMentionIn(view, from, v);
    if (before) return { cue: true, speaker: fromMention(before) };
    if (lower(tokens[v - 1]) === 'es') return { cue: true, speaker: ctx.previous };
    // subject first: "Das Kommuniqué von Sofia rief dazu auf", "Die Opposition kritisierte …"
    let s = from;
    while (CONJUNCTIONS.has(lower(tokens[s]))) s++;
    const first = lower(tokens[s]);
    if (
      (DETERMINERS.has(first) &&
        !['dem', 'den', 'des', 'im', 'ins', 'vom', 'zum', 'zur'].includes(first)) ||
      (isCapitalized(tokens[s]) &&
        !DETERMINERS.has(first) &&
        !PREPOSITIONS.has(first) &&
        !NOT_A_SPEAKER.has(first))
    ) {
      const head = readGroupPhrase(tokens, s);
      if (head && head.to <= v && v - head.to <= 1) {
        return { cue: true, speaker: fromGroup(text, tokens, head) };
      }
      const role = fromRole(text, tokens, s, v);
      if (role) return { cue: true, speaker: role };
    }
    // inverted: "meldete das Wall Street Journal", "berichtet RT DE", "sagte ein Sprecher"
    const inverted = lower(tokens[v + 1]);
    if (inverted !== 'sich' && inverted !== 'es') {
      const g = speakerAfter(text, view, v + 1, q);
      if (g) return { cue: true, speaker: g };
    }
    return { cue: true };
  }
  return { cue: false };
}

function hasWords(tokens: Token[], from: number, to: number, words: string[]): boolean {
  for (let i = from; i + words.length <= to; i++) {
    if (words.every((w, k) => lower(tokens[i + k]) === w)) return true;
  }
  return false;
}

/** "laut X" or "X zufolge" anywhere in the sentence, after the quote too. */
export function sourcePhrase(
  text: string,
  view: ParagraphView,
  from: number,
  to: number,
): Attribution {
  for (let v = from; v < to; v++) {
    const w = lower(view.tokens[v]);
    if (w === 'laut') return { cue: true, speaker: speakerAfter(text, view, v + 1, to) };
    if (w === 'zufolge') return { cue: true, speaker: speakerBefore(text, view, from, v) };
    if (sourceNounAt(view.tokens, v))
      return { cue: true, speaker: sourceAfterNoun(text, view, v, to) };
  }
  return { cue: false };
}

export function sentenceHasSpeechVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (tokens[i]?.kind === 'word' && isSpeechVerb(tokens, i, to)) return true;
  return false;
}

export type { Cast, ParagraphView };
