// The baseline for anchoring: Hypothesis's client (https://github.com/hypothesis/client,
// BSD-2-Clause), `src/annotator/anchoring/match-quote.ts` `matchQuote`, ported to plain
// JavaScript unchanged in behaviour, plus the order in which its `html.ts` `anchor()` tries the
// selectors: the TextPositionSelector when the text there equals the quote, else `matchQuote`
// with the old start as the position hint. No normalisation, no threshold: a match with at most
// len/2 errors is taken.
import approxSearch from 'approx-string-match';

function search(text, str, maxErrors) {
  // Exact matches first; approx-string-match does not do this itself.
  let matchPos = 0;
  const exactMatches = [];
  while (matchPos !== -1) {
    matchPos = text.indexOf(str, matchPos);
    if (matchPos !== -1) {
      exactMatches.push({ start: matchPos, end: matchPos + str.length, errors: 0 });
      matchPos += 1;
    }
  }
  if (exactMatches.length > 0) return exactMatches;
  return approxSearch(text, str, maxErrors);
}

function textMatchScore(text, str) {
  if (str.length === 0 || text.length === 0) return 0.0;
  const matches = search(text, str, str.length);
  return 1 - matches[0].errors / str.length;
}

export function matchQuote(text, quote, context = {}) {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, quote.length / 2);
  const matches = search(text, quote, maxErrors);
  if (matches.length === 0) return null;

  const scoreMatch = (match) => {
    const quoteWeight = 50;
    const prefixWeight = 20;
    const suffixWeight = 20;
    const posWeight = 2;
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = context.prefix
      ? textMatchScore(
          text.slice(Math.max(0, match.start - context.prefix.length), match.start),
          context.prefix,
        )
      : 1.0;
    const suffixScore = context.suffix
      ? textMatchScore(text.slice(match.end, match.end + context.suffix.length), context.suffix)
      : 1.0;
    let posScore = 1.0;
    if (typeof context.hint === 'number') {
      const offset = Math.abs(match.start - context.hint);
      posScore = 1.0 - offset / text.length;
    }
    const rawScore =
      quoteWeight * quoteScore +
      prefixWeight * prefixScore +
      suffixWeight * suffixScore +
      posWeight * posScore;
    return rawScore / (quoteWeight + prefixWeight + suffixWeight + posWeight);
  };

  const scored = matches.map((m) => ({ start: m.start, end: m.end, score: scoreMatch(m) }));
  scored.sort((a, b) => b.score - a.score);
  return scored[0];
}

/** Hypothesis's `anchor()` for one highlight, on a plain string: { start, end } or null. */
export function hypothesisAnchor(text, target) {
  const { position, quote } = target;
  if (position && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end };
  }
  const match = matchQuote(text, quote.exact, {
    prefix: quote.prefix,
    suffix: quote.suffix,
    hint: position?.start,
  });
  return match ? { start: match.start, end: match.end } : null;
}
