/**
 * Turning what the text says into a `QuoteSpeaker`: a mention from the cast, a group phrase
 * ("das Wall Street Journal"), or a role nobody is named for ("ein Sprecher des Pentagons"), and
 * the lookups the attribution rules make around a verb of saying.
 */
import type { Mention } from './cast';
import { isCapitalized, lower, readGroupPhrase, readRolePhrase, type GroupPhrase } from './names';
import type { Token } from './tokens';
import type { QuoteSpeaker } from './types';

/** A paragraph as the attribution rules read it: its tokens and the cast's mentions in it. */
export interface ParagraphView {
  index: number;
  tokens: Token[];
  /** Mentions in this paragraph, in order. */
  mentions: Mention[];
}

/** The speaker a cast mention names (for a pronoun: its antecedent). */
export function fromMention(m: Mention): QuoteSpeaker {
  const role = m.role ?? m.person.roles[m.person.roles.length - 1];
  return {
    name: m.person.name,
    ...(role ? { role } : {}),
    kind: 'person',
    start: m.nameStart,
    end: m.nameEnd,
    source: m.source,
  };
}

/** The speaker a group phrase names: a document, an outlet, an institution. */
export function fromGroup(text: string, tokens: Token[], g: GroupPhrase): QuoteSpeaker | undefined {
  const a = tokens[g.nameFrom];
  const b = tokens[g.nameTo - 1];
  if (!a || !b) return undefined;
  return {
    name: text.slice(a.start, b.end),
    ...(g.role ? { role: g.role } : {}),
    kind: 'group',
    start: a.start,
    end: b.end,
    source: 'named',
  };
}

/**
 * Somebody the text describes by role only and does not name: "ein Sprecher des Pentagons",
 * "einen Diplomaten". The role words are the name.
 */
export function fromRole(
  text: string,
  tokens: Token[],
  i: number,
  limit: number,
): QuoteSpeaker | undefined {
  const r = readRolePhrase(tokens, i);
  if (!r || r.nameFrom !== undefined) return undefined;
  let end = r.roleTo;
  // "des Pentagons", "der Regierung": a short genitive says whose
  if (['des', 'der'].includes(lower(tokens[end])) && isCapitalized(tokens[end + 1])) end += 2;
  if (end > limit) return undefined;
  const a = tokens[r.roleTo - 1];
  const b = tokens[end - 1];
  if (!a || !b) return undefined;
  return {
    name: text.slice(a.start, b.end),
    kind: 'person',
    start: a.start,
    end: b.end,
    source: 'role',
  };
}

/** The first mention starting in tokens `[from, to)`. */
export function mentionFrom(view: ParagraphView, from: number, to: number): Mention | undefined {
  return view.mentions.find((m) => m.from >= from && m.from < to);
}

/** The last mention starting in tokens `[from, to)`. */
export function lastMentionIn(view: ParagraphView, from: number, to: number): Mention | undefined {
  let found: Mention | undefined;
  for (const m of view.mentions) if (m.from >= from && m.from < to) found = m;
  return found;
}

/** A group named at token `i`, ending by `limit`. */
export function groupAt(
  text: string,
  view: ParagraphView,
  i: number,
  limit: number,
): QuoteSpeaker | undefined {
  const g = readGroupPhrase(view.tokens, i);
  if (!g || g.to > limit) return undefined;
  return fromGroup(text, view.tokens, g);
}

/** The speaker named right after a verb of saying (or "so", "laut") at token `k`. */
export function speakerAfter(
  text: string,
  view: ParagraphView,
  k: number,
  limit: number,
): QuoteSpeaker | undefined {
  const m = mentionFrom(view, k, Math.min(k + 2, limit));
  if (m) return fromMention(m);
  if (lower(view.tokens[k]) === 'es') return undefined;
  return groupAt(text, view, k, limit) ?? fromRole(text, view.tokens, k, limit);
}

/** "Stoltenberg zufolge", "dem Kreml zufolge": the person or group just before token `v`. */
export function speakerBefore(
  text: string,
  view: ParagraphView,
  from: number,
  v: number,
): QuoteSpeaker | undefined {
  const m = view.mentions.find((x) => x.to === v);
  if (m) return fromMention(m);
  for (let s = Math.max(from, v - 6); s < v; s++) {
    const g = readGroupPhrase(view.tokens, s);
    if (g && g.to === v) return fromGroup(text, view.tokens, g);
  }
  return undefined;
}
