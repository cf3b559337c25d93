/**
 * Where direct quotations are in a paragraph: „…“, “…”, "…", »…« and «…», in whatever mix a
 * news site or a translation left behind. A quotation still open at the paragraph's end runs to
 * it (German news often closes a multi-sentence quote only at the last sentence).
 */

/** For each opening mark, the marks that may close it. */
const CLOSERS: Record<string, string> = {
  '\u201E': '\u201C\u201D"', // „ … “ (also ” and ")
  '\u201C': '\u201D\u201C"', // “ … ” (also “ as German sites misuse it, and ")
  '\u201D': '\u201D\u201C"', // ” … ” (Swedish style)
  '"': '"\u201C\u201D',
  '\u00BB': '\u00AB', // » … «
  '\u00AB': '\u00BB', // « … »
};

const MARKS = /[\u201E\u201C\u201D"\u00BB\u00AB]/g;

/** Ranges `[start, end)` (offsets into `text`) inside quotation marks within `[from, to)`. */
export function quoteRanges(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let open: string | undefined;
  let openAt = 0;
  // Searched in the paragraph alone: a search in the whole text would run on to its end
  // for every paragraph without a quotation mark.
  for (const m of text.slice(from, to).matchAll(MARKS)) {
    const i = from + m.index;
    const ch = m[0];
    if (open === undefined) {
      if (CLOSERS[ch] !== undefined) {
        open = ch;
        openAt = i + 1;
      }
      continue;
    }
    // A „ right before punctuation closes too ("… wollen „, sagte er"): a typing slip.
    const slip = ch === '\u201E' && /^\s?[,.;:]/.test(text.slice(i + 1, i + 3));
    if ((CLOSERS[open] ?? '').includes(ch) || slip) {
      if (i > openAt) out.push([openAt, i]);
      open = undefined;
    }
  }
  if (open !== undefined && to > openAt) out.push([openAt, to]);
  return out;
}
