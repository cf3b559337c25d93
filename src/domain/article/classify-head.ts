/**
 * The head of an article: everything before the first prose paragraph in the article's
 * language. Title, subtitle (dek), byline and date are looked for only here (and bylines and
 * dates also at the very end, see `classify-units.ts`), so a short line in the middle of the
 * body is never mistaken for metadata.
 *
 * Rules:
 * - The head ends at the first unit that is prose (`isSentenceLike`) in the article language,
 *   except a prose dek directly followed by a byline or date and then prose (see `isDek`).
 * - Title: the first headline-like unit in the article language; if there is none, the first
 *   headline-like unit in any language. A one-to-three-word line followed by a longer headline
 *   is a kicker ("Ukraine-Krieg"), not the title.
 * - Subtitle: the first unit after the title in the article language, when a body start was
 *   found or a byline/date follows it.
 * - Units before the title, and foreign-language units anywhere in the head, are `meta`
 *   (teasers, kickers, an original-language headline and lead). Other units after the title
 *   are left for the body.
 */
import { parseDateLine } from './date';
import { foreignLanguage } from './language';
import { isSentenceLike, isTitleLike, parseByline } from './line-features';
import { paragraphRole, type Roles } from './roles';
import type { Unit } from './units';
import { countWords } from './word-count';

/** How many undecided units the head may span before we stop looking for the body. */
const HEAD_CAP = 15;
const MAX_SUBTITLE = 400;

const isField = (text: string) =>
  parseByline(text) !== undefined || parseDateLine(text) !== undefined;

function followedByField(units: readonly Unit[], open: readonly number[], k: number): boolean {
  return isField(units[open[k + 1] ?? -1]?.text ?? '');
}

/**
 * A prose unit right after the title is a dek, not the first paragraph, when a byline or date
 * follows it directly and prose in the article language follows those: title, dek, byline,
 * body. Without the body after it, a trailing byline would swallow a one-paragraph article.
 */
function isDek(
  units: readonly Unit[],
  open: readonly number[],
  k: number,
  language: string,
): boolean {
  if (!followedByField(units, open, k)) return false;
  let j = k + 1;
  while (j < open.length && j <= k + 3 && isField(units[open[j] ?? -1]?.text ?? '')) j++;
  const next = units[open[j] ?? -1]?.text;
  return next !== undefined && isSentenceLike(next) && !foreignLanguage(next, language);
}

interface HeadExtent {
  /** Undecided unit indices in the head, in order. */
  head: number[];
  /** True when a prose unit in the article language ends the head. */
  bodyFound: boolean;
}

function findHead(units: readonly Unit[], open: readonly number[], language: string): HeadExtent {
  let sawTitle = false;
  const limit = Math.min(open.length, HEAD_CAP);
  for (let k = 0; k < limit; k++) {
    const text = units[open[k] ?? -1]?.text ?? '';
    if (isField(text)) continue;
    const foreign = foreignLanguage(text, language) !== undefined;
    if (!foreign && isSentenceLike(text)) {
      const dek = sawTitle && text.length <= MAX_SUBTITLE && isDek(units, open, k, language);
      if (!dek) return { head: open.slice(0, k), bodyFound: true };
    }
    if (isTitleLike(text)) sawTitle = true;
  }
  return { head: open.slice(0, limit), bodyFound: false };
}

/** `rest`: head units that are not byline or date, in order. */
function pickTitle(units: readonly Unit[], rest: readonly number[], language: string) {
  const candidates = rest.filter((i) => isTitleLike(units[i]?.text ?? ''));
  const own = candidates.filter((i) => !foreignLanguage(units[i]?.text ?? '', language));
  const pool = own.length > 0 ? own : candidates;
  const [first, second] = pool;
  if (first === undefined) return undefined;
  const kicker =
    second !== undefined &&
    second === rest[rest.indexOf(first) + 1] &&
    countWords(units[first]?.text ?? '') <= 3 &&
    (units[second]?.text.length ?? 0) > (units[first]?.text.length ?? 0);
  return kicker ? second : first;
}

/** Assigns head roles in place. `roles` holds decisions made so far (captions, widgets, …). */
export function classifyHead(units: readonly Unit[], roles: Roles, language: string): void {
  const open: number[] = [];
  for (let i = 0; i < units.length; i++) if (roles[i] === undefined) open.push(i);
  const { head, bodyFound } = findHead(units, open, language);

  let hasByline = false;
  let hasDate = false;
  const rest: number[] = [];
  for (const i of head) {
    const text = units[i]?.text ?? '';
    const byline = hasByline ? undefined : parseByline(text);
    if (byline) {
      roles[i] = { kind: 'byline', ...byline };
      hasByline = true;
      hasDate ||= byline.date !== undefined;
      continue;
    }
    const date = hasDate ? undefined : parseDateLine(text);
    if (date) {
      roles[i] = { kind: 'date', date };
      hasDate = true;
      continue;
    }
    rest.push(i);
  }

  const title = pickTitle(units, rest, language);
  if (title !== undefined) roles[title] = { kind: 'title' };
  const titlePos = title === undefined ? -1 : rest.indexOf(title);

  let subtitleDone = title === undefined;
  for (let k = 0; k < rest.length; k++) {
    const i = rest[k] ?? -1;
    if (i === title) continue;
    const text = units[i]?.text ?? '';
    const lang = foreignLanguage(text, language);
    if (k < titlePos || lang) {
      roles[i] = paragraphRole('meta', lang);
      continue;
    }
    if (!subtitleDone) {
      subtitleDone = true;
      const after = open.indexOf(i);
      if (text.length <= MAX_SUBTITLE && (bodyFound || followedByField(units, open, after))) {
        roles[i] = { kind: 'subtitle' };
      }
    }
  }
}

/**
 * Bylines and dates that close an article: after the last prose unit, the first byline and the
 * first date line (when the head had none) become fields.
 */
export function classifyTail(units: readonly Unit[], roles: Roles): void {
  let hasByline = roles.some((r) => r?.kind === 'byline');
  let hasDate = roles.some((r) => r?.kind === 'date' || (r?.kind === 'byline' && r.date));
  let lastProse = -1;
  for (let i = units.length - 1; i >= 0; i--) {
    if (roles[i] === undefined && isSentenceLike(units[i]?.text ?? '')) {
      lastProse = i;
      break;
    }
  }
  if (lastProse < 0) return;
  for (let i = lastProse + 1; i < units.length; i++) {
    if (roles[i] !== undefined) continue;
    const text = units[i]?.text ?? '';
    const byline = hasByline ? undefined : parseByline(text);
    if (byline) {
      roles[i] = { kind: 'byline', ...byline };
      hasByline = true;
      continue;
    }
    const date = hasDate ? undefined : parseDateLine(text);
    if (date) {
      roles[i] = { kind: 'date', date };
      hasDate = true;
    }
  }
}
