/**
 * Hard limits for imported files. They sit far above anything Sidenote itself writes, and low
 * enough that a broken or hostile file cannot make the tab run out of memory while we check it.
 */
export const IMPORT_LIMITS = Object.freeze({
  /** Characters of JSON text (≤ its size in bytes as UTF-8). Checked before parsing. */
  fileChars: 50 * 1024 * 1024,
  /** Objects and arrays nested deeper than this are refused (a backup needs 6 levels). */
  depth: 20,
  /** Records in one table. */
  items: 1_000_000,
  id: 200,
  note: 100_000,
  quote: 50_000,
  /** Prefix and suffix of a quote selector. */
  context: 50_000,
  /** Tag names, colour labels, article titles. */
  name: 200,
  description: 10_000,
  fileName: 500,
  /** The raw text of one article the user added (the same cap as adding one in the library). */
  articleRaw: 5_000_000,
  /** Title, subtitle, byline and source of an added article. */
  articleLine: 2_000,
  excerpt: 10_000,
  textHash: 200,
  /** Tag ids on one highlight or article. */
  tagsPerRecord: 1_000,
  /** Errors reported for one file; the rest are counted, not listed. */
  errors: 20,
});

/** A size in the megabytes people see in their file manager: 50, 63, 1.5 (worded "50 MB"). */
export function megabytes(chars: number): number {
  const mb = chars / (1024 * 1024);
  return mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10;
}
