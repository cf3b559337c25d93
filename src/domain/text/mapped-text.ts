/**
 * A folded or normalised string that remembers, for every character, which original characters
 * it came from, so a match in it maps back to exact offsets in the original text.
 */
export interface MappedText {
  /** The folded string. */
  text: string;
  /**
   * `starts[i]`: original offset of the first character that produced character `i`. May hold
   * one more entry, `starts[text.length]`: the original length.
   */
  starts: Int32Array;
  /** `ends[i]`: original offset one past the last character that produced character `i`. */
  ends: Int32Array;
}

/** Maps a folded `[start, end)` back to the original range of the characters it came from. */
export function toOriginalRange(
  mapped: MappedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const from =
    mapped.starts[start] ??
    mapped.starts[mapped.text.length] ??
    mapped.ends[mapped.ends.length - 1] ??
    0;
  if (end <= start) return { start: from, end: from };
  return { start: from, end: mapped.ends[end - 1] ?? from };
}
