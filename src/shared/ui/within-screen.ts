/** The least room kept between a floating panel and the screen's edge, in CSS pixels. */
export const SCREEN_MARGIN = 8;

/**
 * Where a panel `width` wide that would start at `left` starts instead so that it stays on a
 * screen `screenWidth` wide, `margin` from either edge; one wider than that starts at the left
 * margin (its start, where a reader begins, stays on screen).
 */
export function leftWithinScreen(
  left: number,
  width: number,
  screenWidth: number,
  margin = SCREEN_MARGIN,
): number {
  return Math.max(margin, Math.min(left, screenWidth - width - margin));
}
