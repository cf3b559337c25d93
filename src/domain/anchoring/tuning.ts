/**
 * Every tuning constant of anchoring, in one place, each with why it has its value. Measured
 * figures come from the issue-11 sweep (`npx tsx bench/sweep-reanchor.mjs`: German news
 * articles updated as news sites do) and bench row 5; README.md in this folder says which rule
 * uses which.
 */
import type { AnchorThresholds } from './types';

// ── Describing a highlight (describe.ts) ──────────────────────────────────────────────────────

/** Context taken on each side of a quote: about five German words, the W3C/Hypothesis habit. */
export const CONTEXT_LENGTH = 32;
/** The most context taken while looking for a unique quote + context. */
export const MAX_CONTEXT_LENGTH = 128;
/** Context grows by this much per step while quote + context is not unique. */
export const CONTEXT_STEP = 16;

// ── Finding candidates (piece-index.ts, pieces.ts, candidates.ts, approximate.ts) ─────────────

/** Length of the indexed pieces of the text: about a word, rarely found by chance. */
export const PIECE_LENGTH = 8;
/** Characters either side of the old position searched before the whole text. */
export const NEAR_WINDOW = 2048;
/**
 * A match near the old position that agrees with quote + context on this share of characters is
 * taken without searching the whole text: only a near-copy of the whole passage could beat it.
 */
export const SETTLED_EVIDENCE = 0.9;
/** Away from the old position, a piece found more often than this ("en und d") is not looked at. */
export const FAR_MAX_HITS = 16;
/** Away from the old position, this share of the pattern's pieces must stand together. */
export const FAR_SHARE = 0.25;
/** At most this many places found by pieces are searched for the quote. */
export const MAX_SEARCHED_PLACES = 4;
/** Characters a searched window reaches beyond where a place puts the quote. */
export const WINDOW_SLACK = 16;
/** At most this many exact occurrences are scored in full (the rest are pre-ranked cheaply). */
export const MAX_SCORED_OCCURRENCES = 32;
/** At most this many approximate matches are scored. */
export const MAX_SCORED_MATCHES = 64;
/** Hypothesis's error budget for its search is half the quote, at most this many errors. */
export const MAX_SEARCH_ERRORS = 256;
/**
 * Exact occurrences whose context errors are within this share of the context (at least 2) of
 * the best count as tied; the one nearest the old position wins.
 */
export const TIED_CONTEXT = 0.1;
/**
 * Characters of context next to the quote looked for inside a candidate (overlapsContext): the
 * quote's text turning up in a doubled word next to where it was is not the quote.
 */
export const OVERLAP_PIN = 12;
/** Such a pin lying inside the candidate but for fewer characters than this says nothing. */
export const OUTSIDE_PIN = 3;

// ── Scoring and borders (score.ts, align.ts) ──────────────────────────────────────────────────

/** Hypothesis's matchQuote weights: quote, prefix, suffix, nearness to the old position. */
export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
/** Quotes longer than this are not re-aligned (the context costs are quadratic). */
export const MAX_ALIGN_LENGTH = 1000;
/**
 * Characters of context that must agree exactly next to a fuzzy match to pin its border there
 * (align.ts): longer than OVERLAP_PIN, because a border placed wrongly moves the highlight.
 */
export const BORDER_PIN = 16;
/**
 * How far from a fuzzy match's border its pin is looked for: its errors plus the quote's error
 * budget plus this slack (the fewest edits may cut off the quote's last words rather than take
 * in words inserted before them), at most MAX_BORDER_REACH.
 */
export const BORDER_REACH_SLACK = 8;
export const MAX_BORDER_REACH = 256;
/**
 * Borders are placed by insertions and deletions only (a substitution counts as two): with
 * substitutions at 1, unrelated words after a quote whose last words were deleted "match" them
 * about as cheaply as leaving them out, and the border runs on into the next words.
 */
export const SUBSTITUTION = 2;
/** Characters that must agree in a row for text at a match's edge to count as the quote's. */
export const TRIM_RUN = 5;
/** Fewer agree in a row where a typo changed a word: then at (about) the same offset. */
export const TRIM_SHORT_RUN = 3;
export const TRIM_OFFSET = 2;
/**
 * Right at a match's edge, its first (last) characters count as the quote's with one typo among
 * this many ("daan" for "dann"); with three, a new word's ending passed ("erinnen" for "Frist").
 */
export const TRIM_TYPO_RUN = 4;
/** How far the verbatim quote is looked for around a mapped range (anchor.ts refine). */
export const REFINE_SLACK = 4;

// ── Acceptance (accept.ts, sides.ts, boundaries.ts) ───────────────────────────────────────────

/**
 * minQuoteSimilarity 0.75: at most one edit per four characters of the quote (Hypothesis
 * searches with up to one in two but keeps whatever scores best). For the exact quote away from
 * its position: strongContext 0.8 (context agrees on 80%: taken anywhere); intactSide 0.9 (one
 * side of at least MIN_INTACT_SIDE characters all but unchanged); minEvidence 0.7 (quote +
 * context agree on 70% of their characters, only near the old position). In German test text,
 * unrelated 32-character contexts agree on 20–40% and repeated stock phrases on up to ~60%.
 */
export const DEFAULT_THRESHOLDS: AnchorThresholds = {
  minQuoteSimilarity: 0.75,
  strongContext: 0.8,
  intactSide: 0.9,
  minEvidence: 0.7,
};
/** A side of context shorter than this is too little to vouch for a quote on its own. */
export const MIN_INTACT_SIDE = 16;
/**
 * A quote found once and at least this long is distinctive: it stands by one intact side, and
 * with both sides rewritten near its old place. A short phrase found once ("Nach Angaben") may
 * be the copy of one that was deleted.
 */
export const DISTINCT_QUOTE = 24;
/** "Near the old position": within this many characters (or a share of the text, by rule). */
export const NEAR_CHARS = 256;
/**
 * A quote found once with both sides of its context rewritten right next to it is taken within
 * this share of the text (or NEAR_CHARS) of its old place, from UNIQUE_ALONE characters. On
 * bench row 5 at 100 edits, 2% orphaned three verbatim unique passages (words rewritten on both
 * sides, far moved) and 25% none, for 4 more placements on copies of deleted passages (of 5,805
 * highlights); a quote of 47 characters pasted at the far end of the text stays an orphan
 * (border-edits.test.ts).
 */
export const NEAR_UNIQUE = 0.25;
export const UNIQUE_ALONE = 16;
/** A distinctive quote with one intact side found elsewhere too: within 5% of the text. */
export const NEAR_DISTINCT = 0.05;
/** A repeated quote by a unique intact side: within 3% of the text. */
export const NEAR_BY_SIDE = 0.03;
/** Old context turning up just beyond a quote changed on both sides: within 10% of the text. */
export const NEAR_CONTEXT_BEYOND = 0.1;
/**
 * How far from the quote the other side's old context is looked for, and how many of its
 * characters must turn up there verbatim (words were inserted between quote and context).
 */
export const DISPLACED_WINDOW = 256;
export const DISPLACED_RUN = 8;
/**
 * How much of an edited quote must agree (1 - errors / length) where its place is evidence of
 * its own: between both sides of its old context verbatim (one found nowhere else), or next to
 * one intact side found nowhere else. Whole sentences deleted at a quote's end cost a quarter
 * of it and more; a passage that lost that much is still the passage where its place says so.
 */
export const BETWEEN_SIDES = 0.5;
export const BY_UNIQUE_SIDE = 0.6;
/** How much of an edited quote must go on verbatim from an intact side: about three words. */
export const MIN_VERBATIM_QUOTE = 24;
/**
 * An edited quote is placed by one side alone only from this length (two short sentences):
 * shorter, property (d) of anchor.property.test.ts put removed quotes on near-copies in its
 * small-vocabulary text twice as often (8 against 4 in 57,000 cases).
 */
export const LONG_QUOTE = 48;
/** Errors a typo fix makes in a quote, and the shortest quote where that is still a typo. */
export const TYPO = 2;
export const MIN_TYPO_QUOTE = 8;
/** Characters at each end of a match that must be the quote's for a typo fix. */
export const TYPO_EDGE = 2;
/** Characters of the other side looked for where a cut would have left the two side by side. */
export const JUNCTION = 8;
/**
 * Issue 11's ground truth for a passage still there: at least SURVIVES of its characters in the
 * match and at most MAX_NEW of the match other text (survival.ts). Characters agree only in runs
 * of PIECE_RUN or more: letter by letter, two unrelated German sentences agree on half of them.
 */
export const SURVIVES = 0.7;
export const MAX_NEW = 0.3;
export const PIECE_RUN = 3;
/**
 * A quote that agrees on this share (typos only) may have moved next to a side shorter than
 * MIN_INTACT_SIDE where its old context closed up at a boundary (accept.ts, cut.ts): the last
 * paragraph of a text moved up, its typos fixed.
 */
export const NEAR_VERBATIM = 0.9;
/** Characters at each end of an edited quote that must be its own unless both sides are intact. */
export const PIECE_EDGE = 5;
/**
 * An edited quote next to an intact side found once may also stand when it goes on verbatim
 * from that side for SURVIVES of its length, from this many characters (about two words): a
 * short quote whose last word was rewritten (issue 11's row 5, 100 edits).
 */
export const MIN_SHORT_PIECE = 12;
/**
 * Places of a suffix's first characters looked at for a cut (cut.ts): the old context closing up
 * where the quote was. Its first MIN_INTACT_SIDE characters are rarely found more often.
 */
export const MAX_CUT_PLACES = 8;
/**
 * A candidate that is not acceptable as found is tried without up to this many whole sentences
 * at each edge (narrow.ts): a sentence inserted next to an edited passage, taken in by the
 * border that reached for the old context beyond it. On bench row 5 (100 edits) the passages
 * orphaned that way had one or two such sentences.
 */
export const MAX_NARROWED = 3;
/**
 * What a narrowed candidate may lose of the quote's characters (survival.ts `kept`): a
 * sentence left out must be new text, but the LCS finds a few scattered runs in any German
 * sentence. Without this limit the quote's own first sentence was cut off with an inserted one.
 */
export const NARROW_LOSS = 0.05;

/**
 * Realigning the old window (realign.ts), the last try before an orphan. Leaving out one of its
 * characters costs REALIGN_DELETE; text inserted costs REALIGN_GAP_OPEN once and
 * REALIGN_GAP_EXTEND per character. A sentence of 60 characters inserted into a
 * passage then costs 72, less than leaving out the 32 characters of the passage beyond it
 * (realign.test.ts). With inserted text costing as much as left-out text (0 and 4), bench row 5
 * (100 edits) had 2 more passages orphaned and 1 more on a wrong passage. A higher cost for
 * leaving out the quote's characters than the context's (6) changed no figure on row 5 or the
 * sweep.
 */
export const REALIGN_DELETE = 4;
export const REALIGN_GAP_OPEN = 12;
export const REALIGN_GAP_EXTEND = 1;
/**
 * Places realigned, near the old position and anywhere, each (the most pieces first). With one
 * each, 4 more passages stayed orphans on the sweep (100 edits).
 */
export const REALIGN_PLACES = 2;
/**
 * Share of the quote's PIECE_LENGTH pieces (at every PIECE_LENGTH-th character) that must stand
 * verbatim in a place before it is realigned: most orphans' passages are gone and their places
 * hold only context, and the alignment is quadratic. A quote that keeps SURVIVES of its
 * characters in runs keeps most of its pieces; 0.3 and 0.5 gave the same figures on the sweep
 * and row 5, 0.5 realigns fewer places.
 */
export const REALIGN_PIECES = 0.5;
/**
 * Share of prefix + quote + suffix that must be matched, in runs of PIECE_LENGTH or more, where
 * the realigned quote is taken (scattered stock words do not vouch: realign.test.ts). In the
 * analysis that chose it (with the two-sentence limit and, then, a unique run of context), 0.5
 * put 4 gone passages on copies on the sweep (100 edits) and 0.7 left 2 more passages orphans
 * on row 5 and 14 on the sweep.
 */
export const WINDOW_EVIDENCE = 0.6;

// ── Between both sides of the old context (between-sides.ts) ─────────────────────────────────

/**
 * The text between the ends of both sides is looked at up to FRAMED_GAP times the quote's length
 * (plus PIECE_LENGTH): a word replaced at the passage's edge ("Geld" by "Nachmittag") makes it
 * longer, and is left out as the passage is drawn. 1.5 and 3 gave the same figures on bench
 * row 5 and the sweep (25 and 100 edits).
 */
export const FRAMED_GAP = 2;

// ── A repeated quote placed by its old position (nearest-copy.ts) ────────────────────────────

/**
 * The nearest of a distinctive quote's verbatim places, one side of its context intact there,
 * is taken within NEAR_COPY characters of the old position when every other place is
 * FAR_COPIES times as far (and NEAR_WINDOW at least). On bench row 5 (100 edits) the passages
 * it brings back lay 18–454 characters from their old place and their copies 6,690 or more;
 * without the length limit (DISTINCT_QUOTE), "sagte: „Ich" after an intact speaker's name was
 * put on the speaker's next quotation 485 characters on (the sweep, 100 edits).
 */
export const NEAR_COPY = 512;
export const FAR_COPIES = 10;

// ── Orphans (places.ts) ───────────────────────────────────────────────────────────────────────

/** Places offered on an orphan's card at most; the card says how many there are in all. */
export const MAX_OFFERED_PLACES = 10;
/** A close match is offered only with at most one edit per this many characters of the quote. */
export const CHARS_PER_EDIT = 8;
