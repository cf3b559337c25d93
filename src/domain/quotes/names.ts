/**
 * Reading names and roles off the token stream: "der russische Außenminister Sergej Lawrow",
 * "Der Sprecher des nationalen Sicherheitsrats des Weißen Hauses, John Kirby,", "Sergej Lawrow,
 * russischer Außenminister", "die Denkfabrik European Council on Foreign Affairs",
 * "einer Erklärung der NATO".
 */
import {
  DETERMINERS,
  SEPARABLE_SPEECH_VERBS,
  SPEECH_VERBS,
  DOCUMENT_NOUNS,
  NAME_CONNECTORS,
  NOT_A_SPEAKER,
  NOT_NAMES,
  PREPOSITIONS,
  groupRole,
  personRole,
} from './lexicon';
import type { Token } from './tokens';

export function lower(t: Token | undefined): string {
  return t ? t.lower : '';
}

export function isCapitalized(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const c = t.text[0] ?? '';
  return c !== c.toLowerCase();
}

function isAllCaps(t: Token): boolean {
  return t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text);
}

const ADJECTIVE = /^\p{Ll}[\p{L}-]*(?:e|en|er|es|em)$/u;

export function isAdjective(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !ADJECTIVE.test(t.text)) return false;
  const w = t.text.toLowerCase();
  return !DETERMINERS.has(w) && !SPEECH_VERBS.has(w) && !SEPARABLE_SPEECH_VERBS.has(w);
}

export function isPersonRole(t: Token | undefined): boolean {
  return isCapitalized(t) && personRole(t?.text ?? '') !== undefined;
}

/**
 * The words of a person's name starting at token `i`: capitalised words (not places, months or
 * roles), initials ("Antony J. Blinken") and connectors between them ("von der Leyen").
 * Returns the index one past the name, or `i` when there is none.
 */
export function readName(tokens: Token[], i: number, max = 4): number {
  let j = i;
  let parts = 0;
  while (j < tokens.length && parts < max) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') break;
    if (isCapitalized(t)) {
      const lw = t.text.toLowerCase();
      if (NOT_NAMES.has(lw) || DETERMINERS.has(lw) || PREPOSITIONS.has(lw)) break;
      if (NOT_A_SPEAKER.has(lw) || personRole(t.text) || groupRole(t.text)) break;
      if (isAllCaps(t) && t.text.length > 2) break;
      // an initial: "J."
      if (t.text.length === 1 && tokens[j + 1]?.text === '.' && parts > 0) {
        j += 2;
        continue;
      }
      j++;
      parts++;
      continue;
    }
    if (
      parts > 0 &&
      NAME_CONNECTORS.has(t.text) &&
      !['on', 'of', 'for', 'and', 'the', 'der'].includes(t.text)
    ) {
      let k = j;
      while (k < tokens.length && NAME_CONNECTORS.has(tokens[k]?.text ?? '')) k++;
      if (k > j && k - j <= 2 && isCapitalized(tokens[k]) && !NOT_NAMES.has(lower(tokens[k]))) {
        j = k;
        continue;
      }
    }
    break;
  }
  return parts > 0 ? j : i;
}

export interface RolePhrase {
  /** First token (a determiner, an adjective or the role word). */
  from: number;
  /** One past the last token of the phrase, name included. */
  to: number;
  /** The role's words as written ("russische Außenminister", "Generalsekretär der Atlantischen Allianz"). */
  roleFrom: number;
  roleTo: number;
  /** The role word's stem ("außenminister"). */
  stem: string;
  adjectives: string[];
  determiner?: string;
  /** The person's name, `[nameFrom, nameTo)` in tokens, when the text gives it. */
  nameFrom?: number;
  nameTo?: number;
}

/** A role phrase starting at token `i`, with the name that follows it if there is one. */
export function readRolePhrase(tokens: Token[], i: number): RolePhrase | null {
  let j = i;
  let determiner: string | undefined;
  if (DETERMINERS.has(lower(tokens[j]))) {
    determiner = lower(tokens[j]);
    j++;
  }
  const adjectives: string[] = [];
  while (adjectives.length < 4 && isAdjective(tokens[j])) {
    adjectives.push(lower(tokens[j]));
    j++;
  }
  const roleToken = tokens[j];
  if (!roleToken || !isPersonRole(roleToken)) return null;
  const stem = personRole(roleToken.text) ?? '';
  const roleFrom = adjectives.length ? j - adjectives.length : j;
  let roleTo = j + 1;
  const k = j + 1;
  const phrase: RolePhrase = { from: i, to: k, roleFrom, roleTo, stem, adjectives, determiner };
  let end = readName(tokens, k);
  if (end > k) {
    return { ...phrase, to: end, nameFrom: k, nameTo: end };
  }
  // "der Generalsekretär der Militärallianz, Jens Stoltenberg," / "des Weißen Hauses, John Kirby,"
  if (['des', 'der', 'von', 'vom'].includes(lower(tokens[k])) || tokens[k]?.text === ',') {
    let c = k;
    while (c < tokens.length && c - k <= 10 && tokens[c]?.text !== ',') {
      const t = tokens[c];
      if (!t || t.kind === 'quote' || /[.:;!?]/u.test(t.text)) break;
      c++;
    }
    if (tokens[c]?.text === ',') {
      end = readName(tokens, c + 1);
      if (end - (c + 1) >= 2 || (end > c + 1 && tokens[end]?.text === ',')) {
        roleTo = c;
        return { ...phrase, roleTo, to: end, nameFrom: c + 1, nameTo: end };
      }
    }
  }
  return { ...phrase, roleTo };
}

/**
 * A name followed by its role in apposition: "Sergej Lawrow, russischer Außenminister",
 * "Andrij Kowalenko, der oberste ukrainische Beamte". Returns the role phrase (name first).
 */
export function readNameThenRole(tokens: Token[], i: number): RolePhrase | null {
  const end = readName(tokens, i);
  if (end - i < 2 || tokens[end]?.text !== ',') return null;
  const role = readRolePhrase(tokens, end + 1);
  if (!role || role.nameFrom !== undefined) return null;
  return { ...role, from: i, nameFrom: i, nameTo: end, to: role.roleTo };
}

export interface GroupPhrase {
  from: number;
  to: number;
  /** The group's name ("Kommuniqué von Sofia", "European Council on Foreign Affairs", "NATO"). */
  nameFrom: number;
  nameTo: number;
  /** "Denkfabrik", "Erklärung", when the name follows such a word. */
  role?: string;
}

/**
 * A group, document or outlet named at token `i`: "das Wall Street Journal", "RT DE", "Das
 * Kommuniqué von Sofia", "die Denkfabrik European Council on Foreign Affairs", "einer
 * Erklärung der NATO" (the NATO speaks). Needs a definite determiner or none.
 */
export function readGroupPhrase(tokens: Token[], i: number): GroupPhrase | null {
  let j = i;
  const det = lower(tokens[j]);
  if (DETERMINERS.has(det)) {
    if (det.startsWith('ein')) return null;
    j++;
  }
  while (isAdjective(tokens[j])) j++;
  const first = j;
  const head = tokens[first];
  if (!head || !isCapitalized(head)) return null;
  // a document of someone: "Erklärung der NATO"
  const of = lower(tokens[first + 1]);
  if (
    DOCUMENT_NOUNS.has(head.text.toLowerCase()) &&
    (of === 'der' || of === 'des') &&
    isCapitalized(tokens[first + 2])
  ) {
    let e = first + 2;
    while (isCapitalized(tokens[e]) && e - first < 7) e++;
    return { from: i, to: e, nameFrom: first + 2, nameTo: e, role: head.text };
  }
  let k = j;
  let caps = 0;
  while (k < tokens.length && caps < 7) {
    const t = tokens[k];
    if (isCapitalized(t)) {
      if (personRole(t?.text ?? '') && caps > 0) break;
      caps++;
      k++;
      continue;
    }
    if (caps > 0 && NAME_CONNECTORS.has(t?.text ?? '') && isCapitalized(tokens[k + 1])) {
      k++;
      continue;
    }
    break;
  }
  if (caps === 0) return null;
  if (groupRole(head.text) && k > first + 1) {
    return { from: i, to: k, nameFrom: first + 1, nameTo: k, role: head.text };
  }
  if (personRole(head.text)) return null;
  return { from: i, to: k, nameFrom: first, nameTo: k };
}
