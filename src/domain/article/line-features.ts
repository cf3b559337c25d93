/**
 * What a single line looks like: a sentence, a headline, a byline, a photo caption. These are
 * pure tests on one normalised line; the decisions that depend on neighbours and position are
 * in `classify-units.ts` and `classify-head.ts`. Every test bounds the length it looks at.
 */
import { parseDateLine } from './date';
import type { ArticleDate } from './types';
import { countWords } from './word-count';

const CLOSERS = new Set(['"', "'", '”', '“', '’', '‘', '»', '«', '›', '‹', ')', ']', '*', ' ']);
const SENTENCE_END = new Set(['.', '!', '?', '…']);

/** The last character that is not a closing quote, bracket or space ("" if none). */
export function lastMeaningfulChar(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i] ?? '')) i--;
  return i >= 0 ? (text[i] ?? '') : '';
}

/** True when the text ends like a sentence: . ! ? … possibly followed by quotes or brackets. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.has(lastMeaningfulChar(text));
}

/**
 * Prose: at least six words ending like a sentence (or with a colon introducing a quote),
 * or any line of thirty words or more.
 */
export function isSentenceLike(text: string): boolean {
  const words = countWords(text, 30);
  if (words >= 30) return true;
  return words >= 6 && (endsSentence(text) || lastMeaningfulChar(text) === ':');
}

const MAX_TITLE = 180;
const TITLE_START = /^[\p{Lu}\p{N}„"«»‚'‘“]/u;
const TITLE_BAD_END = new Set(['.', ',', ';', ':', '-', '–']);

/** A headline: short, starts with a capital, digit or quote, and does not end like a statement. */
export function isTitleLike(text: string): boolean {
  if (text.length < 3 || text.length > MAX_TITLE) return false;
  if (!TITLE_START.test(text)) return false;
  const words = countWords(text, 26);
  if (words < 1 || words > 25) return false;
  return !TITLE_BAD_END.has(lastMeaningfulChar(text));
}

const BYLINE = /^(?:(?:von|by)\s+|(?:autor(?:in)?|author|text)\s*:\s*)(.+)$/iu;
const NAME_CONNECTORS = new Set(
  'und and & von van der den de del della di da du le la al el bin ibn y zu ter ten u.'.split(' '),
);
const NAME_TOKEN = /^[("]?\p{Lu}[\p{L}.'’-]*[)",]?$/u;

function looksLikeNames(text: string): boolean {
  if (!text || /\d/.test(text) || /[!?:;]$/.test(text)) return false;
  const tokens = text.split(' ');
  if (tokens.length > 12) return false;
  let capitalised = 0;
  for (const token of tokens) {
    const bare = token.replace(/,$/, '');
    if (NAME_CONNECTORS.has(bare.toLowerCase())) continue;
    if (!NAME_TOKEN.test(token)) return false;
    capitalised++;
  }
  return capitalised > 0;
}

export interface Byline {
  /** The author(s) without the leading "von"/"by". */
  byline: string;
  /** A date that followed the names after a comma ("von X, 29. Mai 2024"). */
  date?: ArticleDate;
  /** The text after "von"/"by" exactly, names and date together. */
  full: string;
}

/** Parses "von Alex Lantier", "Von X und Y", "By Jane Doe", "Autorin: …". */
export function parseByline(line: string): Byline | undefined {
  if (line.length > 120) return undefined;
  const m = BYLINE.exec(line);
  if (!m) return undefined;
  const full = (m[1] ?? '').trim();
  let names = full;
  let date: ArticleDate | undefined;
  const cut = Math.max(full.lastIndexOf(','), full.lastIndexOf('|'));
  if (cut > 0) {
    date = parseDateLine(full.slice(cut + 1).trim());
    if (date) names = full.slice(0, cut).trim();
  }
  if (!looksLikeNames(names)) return undefined;
  return date ? { byline: names, date, full } : { byline: names, full };
}

const MAX_CAPTION = 500;
const TAIL = 120;
/** "(Kredit: US-Marines)", "[Foto: US-Marines]", "(Bild: dpa)" at the end of the line. */
const BRACKET_CREDIT =
  /[([]\s*(?:fotos?|bild(?:er|quelle)?|kredit|credits?|photos?|image|grafik|illustration|©)\s*:?[^()[\]]{1,80}[)\]]$/iu;
/** "REUTERS/Gonzalo Fuentes", "(Reuters/Evgenia Novozhenina)", "AP Photo/…" at the end. */
const AGENCY_CREDIT =
  /(?:^|[\s([])(?:reuters|ap(?: photo)?|afp|efe|dpa|epa(?:-efe)?|getty images|imago|picture[ -]alliance|europa press|ansa|xinhua|tass|sputnik|anadolu|bloomberg|nurphoto|shutterstock|keystone)\s*\/\s*[^()[\]/]{1,60}[)\]]?$/iu;
/** "Foto: Michael Kappeler/dpa" at the start. */
const LEADING_CREDIT =
  /^(?:fotos?|bild|bildquelle|titelbild|symbolbild|archivbild|photo|image|credit|kredit)\s*:\s*\S/iu;
const COPYRIGHT = /©\s*[^©]{1,80}$/u;

/** A photo caption or credit line: it carries a photo credit at its end or starts with one. */
export function isCaptionLine(line: string): boolean {
  if (line.length > MAX_CAPTION) return false;
  const tail = line.slice(-TAIL);
  return (
    BRACKET_CREDIT.test(tail) ||
    AGENCY_CREDIT.test(tail) ||
    COPYRIGHT.test(tail) ||
    (line.length <= 300 && LEADING_CREDIT.test(line))
  );
}

/** A label that sits on an image: one to three words, no sentence punctuation ("Infobae"). */
export function isImageLabel(line: string): boolean {
  return line.length <= 40 && countWords(line, 4) <= 3 && !/[.!?:;,]$/.test(line);
}

/** "analysiert David North die …", "In seinem Buch … beschreibt Jane Doe": a verb of authorship before a name. */
const AUTHOR_BLURB =
  /\b(?:analysiert|analysieren|untersucht|beschreibt|schildert|dokumentiert|erläutert|zeichnet|analyses|analyzes|examines|traces|explains)\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?\s\p{Lu}\p{Ll}+)\s+(?:die|den|das|in|wie|warum|the|how|why)\b/u;
/** Words that only a promotion uses. */
const PROMOTION_WORDS =
  /\b(?:ISBN|jetzt bestellen|im Buchhandel|erhältlich|order now|available now)\b/iu;

/**
 * The author a short blurb promotes ("… analysiert David North die …"), or undefined. Only one or
 * two sentences without quotations qualify; the caller checks the name appears nowhere else.
 */
export function promotedAuthor(text: string): string | undefined {
  if (text.length > 450 || /[„“"«»]/.test(text)) return undefined;
  const sentences = text.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '');
  if (sentences.length > 2) return undefined;
  const name = AUTHOR_BLURB.exec(text)?.[1];
  if (name) return name;
  return PROMOTION_WORDS.test(text)
    ? (/\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+/u.exec(text)?.[0] ?? text)
    : undefined;
}
