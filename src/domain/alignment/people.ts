/**
 * People named with their role, found in the article itself, so that a later "der
 * Generalsekretär" counts as the person it stands for: "NATO-Generalsekretär Jens Stoltenberg"
 * (role before the name) and "der Generalsekretär der Atlantischen Allianz, Jens Stoltenberg,"
 * (role, then the name as an apposition). A role word that the article gives to exactly one
 * surname stands for that surname (`vectors.ts` adds the surname's term where the role is
 * written and the name is not); a role given to two people stands for neither.
 *
 * Deliberately lighter than `src/domain/quotes/cast.ts` (which also follows pronouns and
 * reads speech): this runs on two 10,000-word articles within bench row 13's budget.
 */
import { isStopWord } from '../search/stop-words';
import { foldMarked, unmark } from '../text/fold';
import { stem } from './terms';

/** Role nouns, as the end of a folded dotless word ("natogeneralsekretar", "regierungschef"). */
const ROLE =
  /(?:sekretar|prasident|minister|kanzler|chef|sprecher|burgermeister|botschafter|vorsitzende|kommissar|general|admiral|premier|konig)(?:in|en|s|r|n)?$/;
const INITIAL = /^\p{Lu}$/u;
const CAPITALISED = /^\p{Lu}[\p{L}'’]+$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[,.;:!?()„“”"»«]/gu;

const folded = (w: string): string => unmark(foldMarked(w), '');
/** Where a role word ends in the original text (a cheap first pass before `ROLE`). */
const ROLE_END =
  /(?:[Ss]ekretär|[Pp]räsident|[Mm]inister|[Kk]anzler|[Cc]hef|[Ss]precher|[Bb]ürgermeister|[Bb]otschafter|[Vv]orsitzende|[Kk]ommissar|[Gg]eneral|[Aa]dmiral|[Pp]remier|[Kk]önig)(?:in|en|s|r|n)?(?!\p{L})/gu;
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
/** Characters after a role word's start that are read: the role and a dozen words. */
const WINDOW = 160;
/** Whether a folded dotless word is a role noun ("generalsekretar", not "sprechen"). */
export const isRoleWord = (surface: string): boolean => ROLE.test(surface);

const roleMemo = new Map<string, string | null>();
const UPPER_FIRST = /^\p{Lu}/u;

/** The stem of a (possibly hyphenated) token's role word, or undefined if it is no role. */
export function roleOf(token: string): string | undefined {
  let r = roleMemo.get(token);
  if (r === undefined) {
    const last = folded(token.split('-').at(-1) ?? token);
    r = ROLE.test(last) ? stem(last) : null;
    if (roleMemo.size > 50_000) roleMemo.clear();
    roleMemo.set(token, r);
  }
  return r ?? undefined;
}

const isName = (w: string | undefined): w is string =>
  !!w && CAPITALISED.test(w) && !isStopWord(folded(w)) && roleOf(w) === undefined;

/**
 * `roles`: role stem ("generalsekretar") → the stem of the surname it stands for
 * ("stoltenberg") in `text`'s `ranges` (body paragraphs), for the roles given to exactly one
 * surname; `surnames`: the stems of every surname seen with a role (the article's people).
 */
export function rolesOfPeople(
  text: string,
  ranges: readonly [number, number][],
): { roles: Map<string, string>; surnames: Set<string> } {
  const seen = new Map<string, Set<string>>();
  const note = (role: string, surname: string): void => {
    const set = seen.get(role) ?? new Set<string>();
    set.add(stem(folded(surname)));
    seen.set(role, set);
  };
  for (const [from, to] of ranges) {
    // Only the few places a role word ends are read word by word (a long article has
    // thousands of other words), each with the dozen words that follow it.
    const paragraph = text.slice(from, to);
    ROLE_END.lastIndex = 0;
    for (let m = ROLE_END.exec(paragraph); m; m = ROLE_END.exec(paragraph)) {
      let at = m.index;
      while (at > 0 && WORD_CHAR.test(paragraph.charAt(at - 1))) at--;
      const stop = paragraph.indexOf(' ', at + WINDOW); // a whole last word
      const words = paragraph.slice(at, stop < 0 ? undefined : stop).match(WORD) ?? [];
      const word = words[0] ?? '';
      // Roles are nouns, written with a capital (or "NATO-Generalsekretär").
      if (!UPPER_FIRST.test(word)) continue;
      const role = roleOf(word);
      if (!role || !CAPITALISED.test(word.split('-').at(-1) ?? '')) continue;
      // "Generalsekretär Jens Stoltenberg", "Präsident Selenskyj": one or two names right after
      // the role (German nouns are capitalised too, so a third is more often a noun: "Jens
      // Stoltenberg China"), an initial between them skipped ("Wladimir V. Putin").
      const names: string[] = [];
      for (let j = 1; j < words.length && names.length < 2; j++) {
        const w = words[j] ?? '';
        if (INITIAL.test(w) && words[j + 1] === '.' && names.length === 1) {
          j++;
          continue;
        }
        if (!isName(w)) break;
        names.push(w);
      }
      if (names.length > 0) {
        note(role, names.at(-1) ?? '');
        continue;
      }
      // "der Generalsekretär der Atlantischen Allianz, Jens Stoltenberg,": the first comma
      // within eight words, then one or two names, then a comma or a full stop.
      for (let k = 1; k < words.length && k <= 8; k++) {
        const w = words[k];
        if (w === '.' || w === ';' || w === ':') break;
        if (w !== ',') continue;
        let n = k + 1;
        while (n < words.length && n <= k + 2 && isName(words[n])) n++;
        if (n > k + 1 && (words[n] === ',' || words[n] === '.')) note(role, words[n - 1] ?? '');
        break;
      }
    }
  }
  const roles = new Map<string, string>();
  const surnames = new Set<string>();
  for (const [role, names] of seen) {
    if (names.size === 1) roles.set(role, [...names][0] ?? '');
    for (const n of names) surnames.add(n);
  }
  return { roles, surnames };
}
